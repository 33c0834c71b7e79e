// The prioritisation formula in words, with the document's own weights, so the app shows the
// arithmetic the engine uses (priority.h) and not a copy of it.
#pragma once

#include <string>

#include "model/document.h"

namespace sc::engine {

// "score = 100 × impact ÷ effort divisor · impact = (30 × leads affected + 30 × revenue at risk
// + 20 × severity + 10 × complaints + 10 × confidence) ÷ 100 · effort divisor = 1 + 50% ×
// (effort − 1) ÷ 4": each value is a share from 0 to 1, effort from 1 to 5.
std::string priorityFormulaText(const PriorityModel& model);

}  // namespace sc::engine
