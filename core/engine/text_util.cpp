#include "engine/text_util.h"

#include <cctype>
#include <cmath>
#include <sstream>

namespace sc::engine {

std::string formatBp(std::int64_t bp) {
    // Round half away from zero to one decimal of a percent (10 bp).
    std::int64_t tenths = (bp >= 0 ? bp + 5 : bp - 5) / 10;
    std::string sign = tenths < 0 ? "-" : "";
    std::int64_t a = tenths < 0 ? -tenths : tenths;
    return sign + std::to_string(a / 10) + "." + std::to_string(a % 10) + "%";
}

std::string formatNumber(double value) {
    if (std::fabs(value - std::round(value)) < 1e-9)
        return std::to_string(static_cast<std::int64_t>(std::round(value)));
    std::ostringstream s;
    s.precision(2);
    s << std::fixed << value;
    std::string t = s.str();
    while (!t.empty() && t.back() == '0') t.pop_back();
    if (!t.empty() && t.back() == '.') t.pop_back();
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
    return (part * 10000 + whole / 2) / whole;
}

}  // namespace sc::engine
