// Pricing accuracy (seed 000: "percentage of deals quoted at authorized price points"): each
// deal against the price book and the discount band of its partner's tier. The rules are in
// docs/PARTNERS.md ("Pricing accuracy").
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

// Why a deal is not at an authorised price point, one sentence per broken rule ("quoted 79.00
// below floor 89.00"); empty when the deal is accurate.
std::vector<std::string> dealPricingProblems(const Document& doc, const Deal& deal);

struct DealViolation {
    std::string dealId;
    std::string account;
    std::vector<std::string> reasons;
};

struct PricingAudit {
    std::size_t deals = 0;
    std::size_t accurate = 0;
    std::optional<BasisPoints> accuracyBp;  // nullopt when the partner has no deal in the period
    std::vector<DealViolation> violations;  // in the document's deal order
};

// The given deals (one partner's in one period).
PricingAudit auditDeals(const Document& doc, const std::vector<const Deal*>& deals);

// The partner's deals that count in `period` (see dealPeriod; `current` is the period open
// deals count in).
PricingAudit auditPricing(const Document& doc, const std::string& partnerId, const std::string& period,
                          const std::string& current);

}  // namespace sc::partners
