#include "engine/text_util.h"

#include <cctype>
#include <cmath>
#include <cstdint>
#include <limits>
#include <sstream>

#include "model/saturating.h"

namespace sc::engine {

std::string formatBp(std::int64_t bp) {
    // Round half away from zero to one decimal of a percent (10 bp). In unsigned arithmetic on
    // the magnitude, so a hostile file's INT64_MIN or INT64_MAX cannot overflow.
    const bool negative = bp < 0;
    const std::uint64_t magnitude =
        negative ? 0 - static_cast<std::uint64_t>(bp) : static_cast<std::uint64_t>(bp);
    const std::uint64_t tenths = magnitude / 10 + (magnitude % 10 >= 5 ? 1 : 0);
    std::string sign = negative && tenths != 0 ? "-" : "";
    return sign + std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + "%";
}

std::string formatNumber(double value) {
    // Whole numbers print without decimals; only those an int64 holds exactly go through the
    // cast (casting 3.7e19 would be undefined), larger ones print as fixed-point digits.
    if (std::fabs(value) < 9.0e15 && std::fabs(value - std::round(value)) < 1e-9)
        return std::to_string(static_cast<std::int64_t>(std::round(value)));
    std::ostringstream s;
    s.precision(std::fabs(value) < 9.0e15 ? 2 : 0);
    s << std::fixed << value;
    std::string t = s.str();
    if (t.find('.') != std::string::npos) {
        while (!t.empty() && t.back() == '0') t.pop_back();
        if (!t.empty() && t.back() == '.') t.pop_back();
    }
    return t;
}

std::string formatFixed(double value, int decimals) {
    std::ostringstream s;
    s.precision(decimals);
    s << std::fixed << value;
    return s.str();
}

std::string inSentence(const std::string& name) {
    if (name.size() >= 2 && std::isupper(static_cast<unsigned char>(name[0])) &&
        std::islower(static_cast<unsigned char>(name[1]))) {
        std::string t = name;
        t[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(t[0])));
        return t;
    }
    return name;
}

std::int64_t rateBp(std::int64_t part, std::int64_t whole) {
    if (whole == 0) return 0;
    // 128-bit so part * 10000 cannot overflow on a hostile file; the result is clamped.
    const Int128 rate = (static_cast<Int128>(part) * 10000 + whole / 2) / whole;
    if (rate > std::numeric_limits<std::int64_t>::max()) return std::numeric_limits<std::int64_t>::max();
    if (rate < std::numeric_limits<std::int64_t>::min()) return std::numeric_limits<std::int64_t>::min();
    return static_cast<std::int64_t>(rate);
}

}  // namespace sc::engine
