#include "engine/priority_formula.h"

namespace sc::engine {

std::string priorityFormulaText(const PriorityModel& m) {
    const auto n = [](std::int64_t v) { return std::to_string(v); };
    const std::int64_t sum =
        m.leadsWeight + m.revenueWeight + m.severityWeight + m.complaintsWeight + m.confidenceWeight;
    return "score = 100 × impact ÷ effort divisor\nimpact = (" + n(m.leadsWeight) + " × leads affected + " +
           n(m.revenueWeight) + " × revenue at risk + " + n(m.severityWeight) + " × severity + " +
           n(m.complaintsWeight) + " × complaints + " + n(m.confidenceWeight) + " × confidence) ÷ " + n(sum) +
           "\neffort divisor = 1 + " + n(m.effortWeight) +
           "% × (effort − 1) ÷ 4\nEach value is a share from 0 to 1; effort runs from 1 (trivial) to 5 "
           "(renegotiate a contract).";
}

}  // namespace sc::engine
