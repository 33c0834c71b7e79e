// Prioritisation (seed 002 step 4): "rank them by impact on customer experience and revenue.
// A mismatch that causes 30% of leads to drop off is more urgent than one that affects 5%."
// The weights are data (doc.priorityModel), and every score carries its breakdown.
//
//   impact = Σ weight_i × value_i / Σ weight_i      over leads, revenue, severity, complaints, confidence
//   effort divisor = 1 + effort_weight/100 × (effort − 1) / 4     (effort 1..5)
//   score = 100 × impact / effort divisor
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace sc::engine {

struct PriorityComponent {
    std::string name;         // "leads" | "revenue" | "severity" | "complaints" | "confidence"
    double value = 0;         // normalised 0..1
    double weight = 0;        // from the priority model
    double contribution = 0;  // weight × value / Σ weights (sums to impact)
    std::string source;       // where the value came from, in words
};

struct PriorityBreakdown {
    std::vector<PriorityComponent> components;
    double impact = 0;  // 0..1
    double effort = 3;  // 1..5 as used
    double effortDivisor = 1;
    double score = 0;  // 0..100, two decimals
};

// 0.25 / 0.5 / 0.75 / 1 for low / medium / high / critical (0.5 for anything else).
double severityWeight(const std::string& severity);

// The score of one mismatch under the document's model.
PriorityBreakdown scoreMismatch(const Document& doc, const Mismatch& m);

// Mismatch statuses still waiting for action; they rank before the others.
bool isActiveStatus(const std::string& status);

struct RankedEntry {
    std::size_t index = 0;  // into doc.mismatches
    PriorityBreakdown breakdown;
    int rank = 0;  // 1.. for active mismatches, 0 for the rest
};

// Active first, then by score, revenue share, leads share (all descending), then key/id.
std::vector<RankedEntry> rankMismatches(const Document& doc);

}  // namespace sc::engine
