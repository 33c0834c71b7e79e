// Every finding of every partner audit in one list (`scorecard audit`): pricing, reporting,
// channel conflicts, unanswered feedback, incidents — each with partner, period, rule and why,
// so a partner manager sees at once what needs a conversation. docs/PARTNERS.md "audit".
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

struct AuditFinding {
    std::string audit;  // "pricing" | "reporting" | "conflicts" | "feedback" | "incidents"
    std::string partnerId;
    std::string partnerName;
    std::string period;   // "YYYY-MM" the finding belongs to; "" when undated
    std::string rule;     // e.g. "price_point", "late", "same_account", "unanswered", "response_does_not_fit"
    std::string subject;  // the deal, report, registrations, feedback item or incident it is about
    std::string why;
};

struct AuditFilter {
    std::string partnerId;  // "" = every partner
    std::string period;     // "" = every period
};

// In this order: by audit (the order above), then as each audit lists them. `today` ages
// unanswered feedback (see feedback_loop.h).
std::vector<AuditFinding> collectAuditFindings(const Document& doc, const std::string& today,
                                               const AuditFilter& filter = {});

Json auditFindingsToJson(const std::vector<AuditFinding>& findings);
std::string auditFindingsToText(const std::vector<AuditFinding>& findings);

}  // namespace sc::partners
