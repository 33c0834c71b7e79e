// Money as a person reads it, in the document's currency: the ONE place the core turns
// minor units into text (issue 14: "Money is shown in the document's currency everywhere a
// person reads it"). The CLI's text reports, the engine's explanations, the partner audits and
// the web app all call formatMoney; JSON outputs keep integer minor units for machines.
//
//   formatMoney(12348000, "USD") -> "$123,480.00"     formatMoney(123450, "EUR") -> "€1,234.50"
//   formatMoney(1235, "JPY")     -> "¥1,235"          formatMoney(1234500, "BHD") -> "1,234.500 BHD"
//   formatMoney(-105, "GBP")     -> "-£1.05"          formatMoney(123450, "XYZ") -> "1,234.50 XYZ"
//   formatMoney(123450, "")      -> "1,234.50"        (no currency recorded: the number alone)
//
// The exponent (digits after the decimal point) follows ISO 4217: 0 for JPY, KRW and the other
// zero-decimal currencies, 3 for BHD, IQD, JOD, KWD, LYD, OMR, TND, 2 for everything else. A
// symbol goes in front only where it names one currency unambiguously (USD $, EUR €, GBP £,
// JPY ¥, INR ₹, KRW ₩); any other code, known or not, follows the number after a space. The
// number always uses ',' for thousands and '.' for the decimal point (one style everywhere, as
// the rest of the reports), and every int64 prints without overflow.
#pragma once

#include <string>

#include "model/common.h"

namespace sc {

// Digits of the currency's minor unit (ISO 4217): 0, 2 or 3; 2 for unknown or empty codes.
int currencyExponent(const std::string& currencyIso);

// The amount without currency: 12348000 at exponent 2 -> "123,480.00"; -5 -> "-0.05".
std::string groupedDecimal(MinorUnits minor, int exponent);

// The amount in the currency, as in the examples above.
std::string formatMoney(MinorUnits minor, const std::string& currencyIso);

}  // namespace sc
