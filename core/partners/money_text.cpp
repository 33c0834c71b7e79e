#include "partners/money_text.h"

namespace sc::partners {

namespace {

// whole.fraction with `digits` fraction digits, trailing zeros kept or trimmed.
std::string decimalText(std::int64_t value, std::int64_t scale, int digits, bool trim) {
    const bool negative = value < 0;
    // Work in unsigned so the most negative value cannot overflow.
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(value) : static_cast<std::uint64_t>(value);
    const std::uint64_t s = static_cast<std::uint64_t>(scale);
    std::string fraction = std::to_string(magnitude % s);
    while (static_cast<int>(fraction.size()) < digits) fraction = "0" + fraction;
    if (trim)
        while (!fraction.empty() && fraction.back() == '0') fraction.pop_back();
    std::string text = (negative ? "-" : "") + std::to_string(magnitude / s);
    if (!fraction.empty()) text += "." + fraction;
    return text;
}

}  // namespace

std::string percentOfBp(BasisPoints bp) { return decimalText(bp, 100, 2, true) + "%"; }

std::string bpPercentText(BasisPoints bp) {
    const bool negative = bp < 0;
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(bp) : static_cast<std::uint64_t>(bp);
    const std::uint64_t tenths = (magnitude + 5) / 10;  // tenths of a percent; cannot overflow in uint64
    if (tenths == 0) return "0.0%";
    return std::string(negative ? "-" : "") + std::to_string(tenths / 10) + "." +
           std::to_string(tenths % 10) + "%";
}

}  // namespace sc::partners
