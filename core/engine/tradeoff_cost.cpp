#include "engine/tradeoff_cost.h"

#include <algorithm>
#include <cmath>

#include "engine/diagnosis.h"
#include "engine/priority.h"
#include "engine/text_util.h"
#include "workflow/decisions.h"
#include "workflow/money_text.h"

namespace sc::engine {

namespace {

// A pair's channel contradicts the promise when a mismatch between them is open, fixing or accepted.
bool contradicts(const Document& doc, const std::string& promiseId, const ProductChannelPair& pair) {
    return std::any_of(doc.mismatches.begin(), doc.mismatches.end(), [&](const Mismatch& m) {
        return m.promiseId == promiseId && m.channelId == pair.channelId &&
               (m.pairId.empty() || m.pairId == pair.id) &&
               (isActiveStatus(m.status) || m.status == "accepted");
    });
}

}  // namespace

std::vector<TradeoffCost> tradeoffCosts(const Document& doc) {
    std::vector<TradeoffCost> out;
    for (const auto& m : doc.mismatches) {
        if (m.status != "accepted") continue;
        TradeoffCost c;
        c.mismatchId = m.id;
        const auto mine = pairsOfMismatch(doc, m);
        MinorUnits revenue = 0;
        for (const auto* p : mine) {
            c.leads += p->leads;
            c.customers += p->customers;
            c.complaints += p->complaints;
            revenue += p->revenueMinor;
        }
        // [reference] the promise's aligned pairs, pooled; else the benchmark.
        std::int64_t refLeads = 0, refCustomers = 0;
        MinorUnits refRevenue = 0;
        if (!m.promiseId.empty())
            for (const auto& p : doc.pairs) {
                if (std::find(mine.begin(), mine.end(), &p) != mine.end()) continue;
                if (std::find(p.promiseIds.begin(), p.promiseIds.end(), m.promiseId) == p.promiseIds.end())
                    continue;
                if (contradicts(doc, m.promiseId, p) || p.leads <= 0) continue;
                c.referencePairIds.push_back(p.id);
                refLeads += p.leads;
                refCustomers += p.customers;
                refRevenue += p.revenueMinor;
            }
        if (refLeads > 0) {
            c.basis = "aligned_channels";
            c.referenceConversionBp = rateBp(refCustomers, refLeads);
        } else {
            c.basis = "benchmark";
            c.referenceConversionBp = leadToCustomerBenchmark(doc).value_or(kDefaultLeadToCustomerBp);
        }
        const std::string currency = doc.info.currency;
        const std::string against =
            c.basis == "aligned_channels"
                ? "the promise's aligned channels (" + std::to_string(c.referencePairIds.size()) + " pair" +
                      (c.referencePairIds.size() == 1 ? "" : "s") + ", " + formatBp(c.referenceConversionBp) +
                      ")"
                : "the lead-to-customer benchmark (" + formatBp(c.referenceConversionBp) +
                      "; the promise has no aligned channel)";
        if (c.leads <= 0) {
            c.basis = "no_leads";
            c.text = "cost not measurable: its pairs record no leads; " + std::to_string(c.complaints) +
                     " complaints";
            out.push_back(std::move(c));
            continue;
        }
        c.conversionBp = rateBp(c.customers, c.leads);
        const long double expected = static_cast<long double>(c.leads) * c.referenceConversionBp / 10000.0L;
        const long double lost = expected - static_cast<long double>(c.customers);
        c.lostCustomers = lost > 0 ? static_cast<std::int64_t>(std::llround(lost)) : 0;
        const long double perCustomer = c.customers > 0 ? static_cast<long double>(revenue) / c.customers
                                        : refCustomers > 0
                                            ? static_cast<long double>(refRevenue) / refCustomers
                                            : 0.0L;
        c.lostRevenueMinor = static_cast<MinorUnits>(std::llround(perCustomer * c.lostCustomers));
        c.text = "converts " + formatBp(c.conversionBp) + " of " + std::to_string(c.leads) +
                 " leads against " + against + ": " + std::to_string(c.lostCustomers) + " customer" +
                 (c.lostCustomers == 1 ? "" : "s") + " and " + formatMoney(c.lostRevenueMinor, currency) +
                 " lost" + (perCustomer > 0 ? "" : " (no revenue per customer recorded)") + "; " +
                 std::to_string(c.complaints) + " complaints";
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace sc::engine
