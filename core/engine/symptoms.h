// Symptoms of misalignment read from the metrics (seed 002 "Common Symptoms"): high traffic
// but low conversion, partners who stop promoting after launch, long sales cycles for a simple
// product, confused customers. Each points at pairs (and stages) and carries the numbers and
// the threshold it was judged by, so a workshop can check the arithmetic.
#pragma once

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "model/document.h"

namespace sc::engine {

// Thresholds (docs/SCORE.md "Symptoms").
inline constexpr std::int64_t kHighTrafficVisitors = 1000;    // visitors on a pair that count as high traffic
inline constexpr std::int64_t kDefaultVisitorToLeadBp = 200;  // 2% when the dictionary has no benchmark
inline constexpr std::int64_t kLaunchLeadsMinimum = 10;       // a launch period must have had this many leads
inline constexpr std::int64_t kStoppedShareBp = 1000;  // latest period at or under 10% of launch = stopped
inline constexpr std::int64_t kConfusedTicketsPerCustomerBp = 3000;  // 0.3 tickets+complaints per customer

struct Symptom {
    std::string kind;   // "high_traffic_low_conversion" | "partner_stopped_promoting" |
                        // "long_sales_cycle" | "confused_customers"
    std::string title;  // one line for people
    std::vector<std::string> pairIds;
    std::vector<std::string> stageIds;    // funnel stages where it shows, when the pair has them
    std::vector<std::string> partnerIds;  // partners selling through the pair's channel
    std::vector<std::pair<std::string, std::int64_t>> numbers;  // the figures used, by name
    std::string threshold;                                      // the rule applied, in words
    std::string explanation;                                    // the finding with its numbers
};

// The cycle a product may take before its sales cycle counts as long: expected days × factor
// (simple 1.5, moderate 2, complex 3); 0 when the product has no expected cycle.
std::int64_t longCycleLimitDays(const Product& product);

// The visitor → lead benchmark in bp: the metric dictionary's "visitor_to_lead",
// "visitor_conversion" or "conversion" entry (unit bp), else kDefaultVisitorToLeadBp.
std::int64_t visitorToLeadBenchmarkBp(const Document& doc);

// All symptoms, in pair order, kinds in the order listed above.
std::vector<Symptom> findSymptoms(const Document& doc);

}  // namespace sc::engine
