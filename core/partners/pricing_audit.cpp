#include "partners/pricing_audit.h"

#include <map>
#include <utility>

#include "engine/text_util.h"
#include "partners/periods.h"

namespace sc::partners {

std::vector<std::string> dealPricingProblems(const Document& doc, const Deal& deal) {
    return checkDealPricing(doc, deal).problems;
}

PricingAudit auditDeals(const Document& doc, const std::vector<const Deal*>& deals) {
    PricingAudit audit;
    std::map<std::pair<std::string, std::string>, std::size_t> notCheckedAt;  // (check, reason) -> index
    for (const Deal* deal : deals) {
        DealPricingCheck check = checkDealPricing(doc, *deal);
        for (const auto& rule : check.unchecked) {
            const auto [at, fresh] =
                notCheckedAt.emplace(std::make_pair(rule.check, rule.reason), audit.notChecked.size());
            if (fresh) audit.notChecked.push_back({rule.check, rule.reason, {}, ""});
            audit.notChecked[at->second].dealIds.push_back(deal->id);
        }
        if (!check.judged) {
            ++audit.notJudged;
            continue;
        }
        ++audit.deals;
        if (check.problems.empty()) ++audit.accurate;
        else audit.violations.push_back({deal->id, deal->account, std::move(check.problems)});
    }
    for (auto& n : audit.notChecked) {
        const std::size_t count = n.dealIds.size();
        n.text = uncheckedRuleName(n.check) + " not checked for " + std::to_string(count) +
                 (count == 1 ? " deal: " : " deals: ") + n.reason;
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
