// Civil-date arithmetic after Howard Hinnant's days_from_civil / civil_from_days (public
// algorithms, written out here): exact integer maths, no <ctime>, no time zones.
#include "workflow/dates.h"

#include <algorithm>

#include "model/saturating.h"

namespace sc {
namespace {

bool isLeap(std::int64_t y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int daysInMonth(std::int64_t y, int m) {
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && isLeap(y) ? 29 : kDays[m - 1];
}

// Reads exactly `n` ASCII digits at `pos`; -1 when any is not a digit.
int digits(const std::string& s, std::size_t pos, std::size_t n) {
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return -1;
        v = v * 10 + (s[i] - '0');
    }
    return v;
}

}  // namespace

std::int64_t daysFromCivil(std::int64_t y, int m, int d) {
    y -= m <= 2;
    const std::int64_t era = (y >= 0 ? y : y - 399) / 400;
    const std::int64_t yoe = y - era * 400;                                   // [0, 399]
    const std::int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;  // [0, 365]
    const std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;           // [0, 146096]
    return era * 146097 + doe - 719468;
}

std::optional<std::int64_t> parseDate(const std::string& text) {
    if (text.size() < 10) return std::nullopt;
    if (text.size() > 10 && text[10] != 'T') return std::nullopt;
    if (text[4] != '-' || text[7] != '-') return std::nullopt;
    const int y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (y < 0 || m < 1 || m > 12 || d < 1) return std::nullopt;
    if (d > daysInMonth(y, m)) return std::nullopt;
    return daysFromCivil(y, m, d);
}

bool isValidDate(const std::string& text) { return parseDate(text).has_value(); }

std::string formatDate(std::int64_t z) {
    // A hostile file can push a day number to the int64 limits (a cycle of 10^18 days); clamp
    // to ±10^12 days (±2.7 billion years), where the arithmetic below cannot overflow.
    constexpr std::int64_t kLimit = 1'000'000'000'000;
    z = std::clamp(z, -kLimit, kLimit);
    z += 719468;
    const std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    const std::int64_t doe = z - era * 146097;
    const std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const std::int64_t mp = (5 * doy + 2) / 153;
    const std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
    const std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
    const std::int64_t y = yoe + era * 400 + (m <= 2);
    auto pad = [](std::int64_t v, std::size_t width) {
        std::string s = std::to_string(v);
        return s.size() < width ? std::string(width - s.size(), '0') + s : s;
    };
    return pad(y, 4) + "-" + pad(m, 2) + "-" + pad(d, 2);
}

std::optional<std::int64_t> daysBetween(const std::string& from, const std::string& to) {
    const auto a = parseDate(from), b = parseDate(to);
    if (!a || !b) return std::nullopt;
    return *b - *a;
}

std::optional<std::string> addDays(const std::string& date, std::int64_t days) {
    const auto a = parseDate(date);
    if (!a) return std::nullopt;
    return formatDate(satAdd(*a, days));
}

}  // namespace sc
