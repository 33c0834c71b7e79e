// Formatting through ostringstream (the core has no <cstdio>), classic locale so a
// decimal point is always '.'.
#include "workflow/number_text.h"

#include <cmath>
#include <iomanip>
#include <locale>
#include <sstream>

namespace sc {

std::string fixedText(double value, int decimals) {
    std::ostringstream out;
    out.imbue(std::locale::classic());
    if (std::fabs(value) < 0.5 * std::pow(10.0, -decimals)) value = 0;  // no "-0.0"
    out << std::fixed << std::setprecision(decimals) << value;
    return out.str();
}

std::string percentText(double fraction) { return fixedText(fraction * 100, 1) + "%"; }

std::string pointsText(double fraction) {
    const std::string s = fixedText(fraction * 100, 1);
    return (s[0] == '-' ? s : "+" + s) + " points";
}

std::string pValueText(double p) { return p < 0.001 ? "< 0.001" : fixedText(p, 3); }

std::string pStatementText(double p) { return p < 0.001 ? "p < 0.001" : "p = " + fixedText(p, 3); }

}  // namespace sc
