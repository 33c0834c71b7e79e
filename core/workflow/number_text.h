// Small number-to-text helpers for the workflow's plain-language summaries (percentages,
// percentage points, p-values), so every message formats numbers the same way.
#pragma once

#include <string>

namespace sc {

// 0.075 -> "7.5%" (one decimal).
std::string percentText(double fraction);
// 0.025 -> "+2.5 points", -0.01 -> "-1.0 points".
std::string pointsText(double fraction);
// 0.0209 -> "0.021"; below 0.001 -> "< 0.001".
std::string pValueText(double p);
// "p = 0.021", or "p < 0.001" (never "p = < 0.001").
std::string pStatementText(double p);
// Fixed decimals: fixedText(2.3094, 2) -> "2.31".
std::string fixedText(double value, int decimals);

}  // namespace sc
