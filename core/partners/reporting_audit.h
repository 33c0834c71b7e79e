// Reporting compliance (seed 000: "percentage of reports submitted on time and in the correct
// format"): a partner's report submissions for one period. Rules in docs/PARTNERS.md.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

struct ReportProblem {
    std::string reportId;
    std::string kind;    // "missing" | "late" | "malformed" | "undated"
    std::string reason;  // "submitted 2026-07-19, 9 days after the due date 2026-07-10"
};

struct ReportingAudit {
    std::size_t reports = 0;
    std::size_t compliant = 0;                // on time and in the right format
    std::optional<BasisPoints> complianceBp;  // nullopt when no report is due in the period
    std::vector<ReportProblem> problems;      // a report may have two (late and malformed)
};

// The given submissions (one partner's for one period).
ReportingAudit auditReports(const std::vector<const ReportSubmission*>& reports);

ReportingAudit auditReporting(const Document& doc, const std::string& partnerId, const std::string& period);

}  // namespace sc::partners
