// Benchmarks and red/amber/green thresholds of the partner KPIs and pulse questions: from the
// document's metric dictionary when it defines a metric with the KPI's id, else the defaults
// below (docs/PARTNERS.md, "Thresholds").
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

// The five KPIs of seed 000 "Measuring alignment", in table order.
const std::vector<std::string>& kpiIds();
// The four pulse questions (seed 004: autonomy, mastery, purpose; plus satisfaction).
const std::vector<std::string>& pulseQuestions();

struct KpiThreshold {
    std::string id;
    std::string name;  // "Pricing accuracy"
    std::string unit;  // "bp" | "count" | "score"
    bool higherIsBetter = true;
    std::int64_t benchmark = 0;
    std::int64_t green = 0;
    std::int64_t amber = 0;
    bool fromDictionary = false;
};

// `id` is a KPI id or "pulse_<question>".
KpiThreshold thresholdFor(const Document& doc, const std::string& id);

// "green" | "amber" | "red" for a value in the threshold's unit. `scale` multiplies the
// thresholds first (100 for pulse averages kept in hundredths).
std::string ragOf(const KpiThreshold& t, std::int64_t value, std::int64_t scale = 1);

}  // namespace sc::partners
