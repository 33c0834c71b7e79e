// Money and rates as the audits' reasons print them: "89.00", "22%", "12.5%".
#pragma once

#include <string>

#include "model/common.h"

namespace sc::partners {

// Minor units with two decimals: 7900 -> "79.00", -5 -> "-0.05".
std::string moneyText(MinorUnits minor);

// Basis points as a percentage without needless decimals: 2200 -> "22%", 1250 -> "12.5%",
// 401 -> "4.01%".
std::string percentOfBp(BasisPoints bp);

// Basis points as a percentage with one decimal, rounded half away from zero: 6667 -> "66.7%",
// 9350 -> "93.5%". Any int64 (a hand-entered KPI can hold anything) prints without overflow.
std::string bpPercentText(BasisPoints bp);

}  // namespace sc::partners
