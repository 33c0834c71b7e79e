// Message problem or distribution problem (seed 002 FAQ): "If your channel is reaching the
// right people but they don't convert, it's likely a marketing message problem. If the channel
// isn't reaching the right people at all, it's a distribution problem. But often it's both."
//
// Per pair, from two measurements:
//  - audience: target_audience_share_bp (share of reached people who are in the segment);
//    right when >= 50%; 0 means "not measured";
//  - conversion ratio: the worst funnel stage's observed / benchmark (or, without a funnel,
//    customers / leads against the "lead_to_customer" metric, default 10%); low when < 80%.
// Wrong audience with low conversion: the conversion of the right people is at most
// observed / share (as if every conversion came from them); if even that upper bound is
// below 80% of benchmark the right people do not convert either → both, else distribution.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::engine {

inline constexpr std::int64_t kRightAudienceBp = 5000;       // share of reached people in the segment
inline constexpr std::int64_t kLowConversionRatioBp = 8000;  // observed below 80% of benchmark is low
inline constexpr std::int64_t kDefaultLeadToCustomerBp = 1000;

// The metric dictionary's lead-to-customer benchmark (metric id "lead_to_customer", unit bp);
// none when the document defines none.
std::optional<std::int64_t> leadToCustomerBenchmark(const Document& doc);

struct Diagnosis {
    std::string pairId;
    std::string kind =
        "undetermined";  // "message" | "distribution" | "both" | "no_visible_problem" | "undetermined"
    std::vector<std::string> evidence;    // each measurement used, with its number and threshold
    std::int64_t audienceShareBp = 0;     // 0 = not measured
    std::int64_t conversionRatioBp = -1;  // observed / benchmark in bp; -1 = no data
};

// Diagnosis of one pair.
Diagnosis diagnosePair(const Document& doc, const ProductChannelPair& pair);

// Every pair, in document order.
std::vector<Diagnosis> diagnosePairs(const Document& doc);

// A mismatch takes its pair's diagnosis; without a pair, the diagnosis of the only pair on
// its channel; otherwise undetermined.
Diagnosis diagnoseMismatch(const Document& doc, const Mismatch& mismatch);

// A short phrase for people: "message problem", "distribution problem", ...
std::string diagnosisLabel(const std::string& kind);

}  // namespace sc::engine
