// Does the mismatch workflow fit yet? Seed 002 "When not to proceed": pre-revenue or fewer
// than 50 customers (not enough data), or a crisis (address the immediate problem first).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc {

inline constexpr std::int64_t kMinCustomersForWorkflow = 50;

struct ReadinessWarning {
    std::string code;     // "few_customers" | "pre_revenue" | "crisis"
    std::string message;  // what is the case
    std::string advice;   // what the seed advises instead, in plain words
};

struct ReadinessReport {
    bool ready = true;  // no warnings
    std::int64_t customers = 0;
    std::string customersSource;  // "readiness" (declared) | "segments" (summed)
    std::vector<ReadinessWarning> warnings;
};

// Readiness of the document: customers are readiness.customers, or the sum of the segments'
// customers when that is −1. Exactly 50 customers is enough; 49 is not.
ReadinessReport assessReadiness(const Document& doc);

}  // namespace sc
