// Rates as the audits' reasons print them: "22%", "12.5%". Money is formatted by
// sc::formatMoney (workflow/money_text.h) in the document's currency.
#pragma once

#include <string>

#include "model/common.h"

namespace sc::partners {

// Basis points as a percentage without needless decimals: 2200 -> "22%", 1250 -> "12.5%",
// 401 -> "4.01%".
std::string percentOfBp(BasisPoints bp);

// Basis points as a percentage with one decimal, rounded half away from zero: 6667 -> "66.7%",
// 9350 -> "93.5%". Any int64 (a hand-entered KPI can hold anything) prints without overflow.
std::string bpPercentText(BasisPoints bp);

}  // namespace sc::partners
