// The cost of an accepted trade-off (issue 13.14). Seed 002: "measure the cost of the
// misalignment (lost conversions, brand damage) and decide if it's worth the savings."
//
// The trade-off's pairs (workflow's pairsOfMismatch) convert leads into customers at some rate;
// the reference is what the same promise achieves through its aligned pairs (pairs carrying
// the promise whose channel has no open, fixing or accepted mismatch against it), pooled; when
// the promise has no aligned pair, the dictionary's lead_to_customer benchmark (10% without
// one). Lost customers = max(0, reference × leads − customers); lost revenue = lost customers ×
// the trade-off pairs' revenue per customer (the reference pairs' when they have no customer).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::engine {

struct TradeoffCost {
    std::string mismatchId;
    std::string basis;  // "aligned_channels" | "benchmark" | "no_leads"
    std::vector<std::string> referencePairIds;
    std::int64_t leads = 0;
    std::int64_t customers = 0;
    std::int64_t complaints = 0;
    BasisPoints conversionBp = -1;  // customers / leads of the trade-off's pairs; −1 without leads
    BasisPoints referenceConversionBp = 0;
    std::int64_t lostCustomers = 0;
    MinorUnits lostRevenueMinor = 0;
    std::string text;  // one sentence, money in the document's currency
};

// Every mismatch with status "accepted", in document order.
std::vector<TradeoffCost> tradeoffCosts(const Document& doc);

}  // namespace sc::engine
