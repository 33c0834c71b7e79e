// Every finding of every partner audit in one list (`scorecard audit`): pricing, reporting,
// channel conflicts, unanswered feedback, incidents, outdated material in use, the copy
// samples' flagged passages — each with partner, period, rule and why, so a partner manager
// sees at once what needs a conversation. docs/PARTNERS.md "audit".
#pragma once

#include <string>
#include <vector>

#include "model/document.h"
#include "partners/message_audit.h"

namespace sc::partners {

struct AuditFinding {
    std::string audit;  // "pricing" | "reporting" | "conflicts" | "feedback" | "incidents" |
                        // "materials" | "copy"
    std::string partnerId;
    std::string partnerName;
    std::string period;  // "YYYY-MM" the finding belongs to; "" when undated
    std::string rule;    // e.g. "price_point", "late", "same_account", "unanswered", "response_does_not_fit",
                         // "outdated_material", a forbidden rule's category
    std::string subject;  // the deal, report, registrations, feedback item, incident or copy sample
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

// The `why` of a flagged passage: "'Webinar slide' line 1, column 12: \"carbon credits\" breaks
// 'Carbon and certification claims' (carbon credits)"; `where` names the copy ("" for none).
std::string copyFlagWhy(const std::string& where, const CopyFlag& flag);

Json auditFindingsToJson(const std::vector<AuditFinding>& findings);
std::string auditFindingsToText(const std::vector<AuditFinding>& findings);

}  // namespace sc::partners
