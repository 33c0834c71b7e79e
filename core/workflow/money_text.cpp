#include "workflow/money_text.h"

#include <cstdint>

namespace sc {

namespace {

bool listed(const char* list, const std::string& code) {
    if (code.size() != 3 || code.find(' ') != std::string::npos) return false;
    return (" " + std::string(list) + " ").find(" " + code + " ") != std::string::npos;
}

// ISO 4217 currencies without a minor unit, and those with three decimals.
constexpr const char* kZeroDecimals = "BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF";
constexpr const char* kThreeDecimals = "BHD IQD JOD KWD LYD OMR TND";

struct Symbol {
    const char* code;
    const char* symbol;
};
constexpr Symbol kSymbols[] = {
    {"USD", "$"},        {"EUR", "\xE2\x82\xAC"}, {"GBP", "\xC2\xA3"},
    {"JPY", "\xC2\xA5"}, {"INR", "\xE2\x82\xB9"}, {"KRW", "\xE2\x82\xA9"},
};

std::string grouped(std::uint64_t whole) {
    std::string digits = std::to_string(whole);
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        if (i > 0 && (n - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string unsignedDecimal(std::uint64_t magnitude, int exponent) {
    std::uint64_t scale = 1;
    for (int i = 0; i < exponent; ++i) scale *= 10;
    std::string text = grouped(magnitude / scale);
    if (exponent > 0) {
        std::string fraction = std::to_string(magnitude % scale);
        fraction.insert(0, static_cast<std::size_t>(exponent) - fraction.size(), '0');
        text += "." + fraction;
    }
    return text;
}

std::uint64_t magnitudeOf(MinorUnits v) {
    // In unsigned arithmetic, so the most negative int64 has a magnitude too.
    return v < 0 ? 0 - static_cast<std::uint64_t>(v) : static_cast<std::uint64_t>(v);
}

}  // namespace

int currencyExponent(const std::string& currencyIso) {
    if (listed(kZeroDecimals, currencyIso)) return 0;
    if (listed(kThreeDecimals, currencyIso)) return 3;
    return 2;
}

std::string groupedDecimal(MinorUnits minor, int exponent) {
    if (exponent < 0) exponent = 0;
    if (exponent > 18) exponent = 18;
    return (minor < 0 ? "-" : "") + unsignedDecimal(magnitudeOf(minor), exponent);
}

std::string formatMoney(MinorUnits minor, const std::string& currencyIso) {
    const int exponent = currencyExponent(currencyIso);
    const std::string sign = minor < 0 ? "-" : "";
    const std::string number = unsignedDecimal(magnitudeOf(minor), exponent);
    for (const auto& s : kSymbols)
        if (currencyIso == s.code) return sign + s.symbol + number;
    if (currencyIso.empty()) return sign + number;
    return sign + number + " " + currencyIso;
}

}  // namespace sc
