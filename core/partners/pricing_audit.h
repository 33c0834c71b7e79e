// Pricing accuracy (seed 000: "percentage of deals quoted at authorized price points"): each
// deal against the price book and the discount band of its partner's tier (pricing_checks.h).
// Rules that could not be checked for lack of a value are counted and listed apart, never as
// violations. The rules are in docs/PARTNERS.md ("Pricing accuracy").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "partners/pricing_checks.h"

namespace sc::partners {

// Why a deal is not at an authorised price point, one sentence per broken rule ("quoted 79.00
// below floor 89.00"); empty when the deal is accurate or no rule could be checked.
std::vector<std::string> dealPricingProblems(const Document& doc, const Deal& deal);

struct DealViolation {
    std::string dealId;
    std::string account;
    std::vector<std::string> reasons;
};

// One rule not checked for one reason, over the audited deals: "list price not checked for 12
// deals: SKU X has no list price in the price book".
struct PricingNotChecked {
    std::string check;  // UncheckedRule::check
    std::string reason;
    std::vector<std::string> dealIds;  // in the document's deal order
    std::string text;
};

struct PricingAudit {
    std::size_t deals = 0;                      // deals judged: at least one rule could be checked
    std::size_t accurate = 0;                   // judged deals that break no rule
    std::size_t notJudged = 0;                  // deals none of whose rules could be checked (not in `deals`)
    std::optional<BasisPoints> accuracyBp;      // accurate / deals; nullopt when no deal was judged
    std::vector<DealViolation> violations;      // in the document's deal order
    std::vector<PricingNotChecked> notChecked;  // in order of first appearance
};

// The given deals (one partner's in one period).
PricingAudit auditDeals(const Document& doc, const std::vector<const Deal*>& deals);

// The partner's deals that count in `period` (see dealPeriod; `current` is the period open
// deals count in).
PricingAudit auditPricing(const Document& doc, const std::string& partnerId, const std::string& period,
                          const std::string& current);

}  // namespace sc::partners
