#include "partners/pricing_audit.h"

#include "engine/text_util.h"
#include "partners/money_text.h"
#include "partners/periods.h"
#include "workflow/money_text.h"

namespace sc::partners {

namespace {

std::string lower(std::string s) {
    for (auto& c : s)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return s;
}

const PriceBookEntry* priceOf(const Document& doc, const std::string& sku) {
    for (const auto& entry : doc.rules.priceBook)
        if (entry.sku == sku) return &entry;
    return nullptr;
}

const DiscountBand* bandOf(const Document& doc, const std::string& tier) {
    for (const auto& band : doc.rules.discountBands)
        if (!tier.empty() && lower(band.tier) == lower(tier)) return &band;
    return nullptr;
}

}  // namespace

std::vector<std::string> dealPricingProblems(const Document& doc, const Deal& deal) {
    std::vector<std::string> problems;
    if (const PriceBookEntry* price = priceOf(doc, deal.sku)) {
        if (deal.listPriceMinor != price->listPriceMinor)
            problems.push_back("list price " + formatMoney(deal.listPriceMinor, doc.info.currency) +
                               " is not the price book's " +
                               formatMoney(price->listPriceMinor, doc.info.currency) + " for " + deal.sku);
        if (deal.quotedPriceMinor < price->floorPriceMinor)  // exactly at the floor is authorised
            problems.push_back("quoted " + formatMoney(deal.quotedPriceMinor, doc.info.currency) +
                               " below floor " + formatMoney(price->floorPriceMinor, doc.info.currency));
    } else {
        problems.push_back("SKU '" + deal.sku + "' is not in the price book");
    }
    const Partner* partner = findById(doc.partners, deal.partnerId);
    const DiscountBand* band = partner ? bandOf(doc, partner->tier) : nullptr;
    if (band) {
        // At the limit is within the band; only above it breaks the rule.
        if (deal.discountBp > band->maxDiscountBp)
            problems.push_back(percentOfBp(deal.discountBp) + " discount above the " + partner->tier +
                               " band's " + percentOfBp(band->maxDiscountBp) + " maximum");
        else if (deal.discountBp > band->approvalAboveBp && !deal.approved)
            problems.push_back(percentOfBp(deal.discountBp) + " discount above the " + partner->tier +
                               " band's " + percentOfBp(band->approvalAboveBp) + " without approval");
    }
    return problems;
}

PricingAudit auditDeals(const Document& doc, const std::vector<const Deal*>& deals) {
    PricingAudit audit;
    for (const Deal* deal : deals) {
        ++audit.deals;
        auto problems = dealPricingProblems(doc, *deal);
        if (problems.empty()) ++audit.accurate;
        else audit.violations.push_back({deal->id, deal->account, std::move(problems)});
    }
    if (audit.deals > 0)
        audit.accuracyBp =
            engine::rateBp(static_cast<std::int64_t>(audit.accurate), static_cast<std::int64_t>(audit.deals));
    return audit;
}

PricingAudit auditPricing(const Document& doc, const std::string& partnerId, const std::string& period,
                          const std::string& current) {
    std::vector<const Deal*> deals;
    for (const auto& deal : doc.deals)
        if (deal.partnerId == partnerId && dealPeriod(deal, current) == period) deals.push_back(&deal);
    return auditDeals(doc, deals);
}

}  // namespace sc::partners
