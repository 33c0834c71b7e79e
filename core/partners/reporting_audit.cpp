#include "partners/reporting_audit.h"

#include "engine/text_util.h"
#include "workflow/dates.h"

namespace sc::partners {

ReportingAudit auditReports(const std::vector<const ReportSubmission*>& reports) {
    ReportingAudit audit;
    for (const ReportSubmission* submission : reports) {
        const ReportSubmission& report = *submission;
        ++audit.reports;
        bool ok = true;
        auto problem = [&](const std::string& kind, const std::string& reason) {
            audit.problems.push_back({report.id, kind, reason});
            ok = false;
        };
        if (report.submittedOn.empty()) {
            problem("missing", "not submitted (due " + report.dueOn + ")");
        } else if (const auto late = daysBetween(report.dueOn, report.submittedOn)) {
            // On the due date is on time.
            if (*late > 0)
                problem("late", "submitted " + report.submittedOn + ", " + std::to_string(*late) +
                                    (*late == 1 ? " day" : " days") + " after the due date " + report.dueOn);
        } else {
            problem("undated", "cannot tell whether it was on time: due '" + report.dueOn + "', submitted '" +
                                   report.submittedOn + "'");
        }
        if (!report.submittedOn.empty() && !report.formatOk) problem("malformed", "not in the agreed format");
        if (ok) ++audit.compliant;
    }
    if (audit.reports > 0)
        audit.complianceBp = engine::rateBp(static_cast<std::int64_t>(audit.compliant),
                                            static_cast<std::int64_t>(audit.reports));
    return audit;
}

ReportingAudit auditReporting(const Document& doc, const std::string& partnerId, const std::string& period) {
    std::vector<const ReportSubmission*> reports;
    for (const auto& report : doc.reportSubmissions)
        if (report.partnerId == partnerId && report.period == period) reports.push_back(&report);
    return auditReports(reports);
}

}  // namespace sc::partners
