#include "validation/range_checks.h"

namespace sc::rules {

std::string percentText(std::int64_t bp) {
    const bool negative = bp < 0;
    const std::uint64_t mag = negative ? 0 - static_cast<std::uint64_t>(bp) : static_cast<std::uint64_t>(bp);
    std::string out = (negative ? "-" : "") + std::to_string(mag / 100);
    if (mag % 100) {
        const auto frac = mag % 100;
        out += "." + std::string(frac < 10 ? "0" : "") + std::to_string(frac % 10 == 0 ? frac / 10 : frac);
    }
    return out + "%";
}

void nonNegative(FindingSink& sink, const std::string& pointer, const std::string& owner,
                 const std::string& what, std::int64_t value) {
    if (value < 0)
        sink.error(pointer, owner + " has a negative " + what + " (" + std::to_string(value) +
                                "); it cannot be below 0");
}

void shareBp(FindingSink& sink, const std::string& pointer, const std::string& owner, const std::string& what,
             std::int64_t bp) {
    if (bp < 0 || bp > 10000)
        sink.error(pointer, owner + " has a " + what + " of " + std::to_string(bp) + " bp (" +
                                percentText(bp) + "); it must be between 0 and 10000 bp (0% to 100%)");
}

}  // namespace sc::rules
