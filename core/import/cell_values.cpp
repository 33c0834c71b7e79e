#include "import/cell_values.h"
#include "import/text_scan.h"

#include <algorithm>
#include <cctype>

namespace sc::csv {
namespace {

constexpr std::size_t kMaxWholeDigits = 15;  // keeps every result far inside int64

using scan::allDigits;
using scan::endsWith;
using scan::isDigit;
using scan::startsWith;

bool allZeros(std::string_view s) {
    return std::all_of(s.begin(), s.end(), [](char c) { return c == '0'; });
}

// Digits of a decimal number as read: whole part (grouping removed) and fraction.
struct Decimal {
    std::string whole;
    std::string fraction;
};

// Replaces the characters that only ever group digits (spaces, no-break spaces, apostrophes)
// by '_', so the rest of the reading deals with digits, ',', '.' and '_'.
std::string normaliseGrouping(std::string_view s, bool& foreign) {
    std::string out;
    foreign = false;
    for (std::size_t i = 0; i < s.size();) {
        if (s[i] == ' ' || s[i] == '\'') {
            out += '_';
            ++i;
        } else if (startsWith(s.substr(i), "\xC2\xA0")) {
            out += '_';
            i += 2;
        } else if (startsWith(s.substr(i), "\xE2\x80\xAF") || startsWith(s.substr(i), "\xE2\x80\x99")) {
            out += '_';
            i += 3;
        } else if (isDigit(s[i]) || s[i] == ',' || s[i] == '.') {
            out += s[i++];
        } else {
            foreign = true;
            return out;
        }
    }
    return out;
}

// Groups of three after the first group of one to three: "1,234,567" but not "12,34".
bool validGrouping(std::string_view whole, std::string& digits) {
    digits.clear();
    std::size_t groupLength = 0, groups = 0;
    for (char c : whole) {
        if (isDigit(c)) {
            digits += c;
            ++groupLength;
            continue;
        }
        if (groupLength == 0 || (groups == 0 && groupLength > 3) || (groups > 0 && groupLength != 3))
            return false;
        ++groups;
        groupLength = 0;
    }
    if (groups == 0) return true;
    return groupLength == 3 && digits[0] != '0';
}

// Reads an unsigned decimal number. `wholeOnly` reads a lone separator before three digits as
// grouping (a count has no decimals, so "1,200" can only be twelve hundred). Empty = read.
std::string readDecimal(std::string_view text, DecimalMark mark, bool wholeOnly, Decimal& out) {
    bool foreign = false;
    const std::string s = normaliseGrouping(text, foreign);
    if (foreign || s.empty()) return "it is not a number";
    const auto commas = std::count(s.begin(), s.end(), ',');
    const auto points = std::count(s.begin(), s.end(), '.');
    char decimal = 0;  // 0 = no decimal separator in the cell
    if (mark == DecimalMark::Comma) {
        decimal = commas ? ',' : 0;
    } else if (mark == DecimalMark::Point) {
        decimal = points ? '.' : 0;
    } else if (commas && points) {
        decimal = s.find_last_of(",.") == s.rfind(',') ? ',' : '.';
    } else if (commas + points == 1) {
        const char sep = commas ? ',' : '.';
        const std::size_t at = s.find(sep);
        const std::string_view before(s.data(), at);
        const bool threeAfter = s.size() - at - 1 == 3 && allDigits(std::string_view(s).substr(at + 1));
        const bool couldGroup =
            threeAfter && !before.empty() && before.size() <= 3 && allDigits(before) && before[0] != '0';
        if (couldGroup && !wholeOnly)
            return std::string("it could be read two ways (") + sep +
                   " as thousands or as decimals); pass "
                   "--decimal-point or --decimal-comma, or write it unambiguously (\"1,234.00\", \"1234\")";
        decimal = couldGroup ? 0 : sep;
    }
    // (commas > 1 or points > 1 with only one kind: grouping, decimal stays 0)
    std::string_view whole = s, fraction;
    bool hasDecimal = false;
    if (decimal) {
        const std::size_t at = s.rfind(decimal);
        if (s.find(decimal) != at) return std::string("'") + decimal + "' appears twice";
        whole = std::string_view(s).substr(0, at);
        fraction = std::string_view(s).substr(at + 1);
        hasDecimal = true;
    }
    char grouping = decimal == ',' ? '.' : ',';
    if (mark == DecimalMark::Comma) grouping = '.';
    else if (mark == DecimalMark::Point) grouping = ',';
    else if (!decimal) grouping = commas ? ',' : '.';
    if (hasDecimal && fraction.find(grouping) != std::string_view::npos)
        return std::string("'") + grouping + "' comes after the decimal '" + decimal + "'";
    if (hasDecimal && !allDigits(fraction)) return "the decimals are not digits";
    for (char c : whole)
        if (!isDigit(c) && c != '_' && c != grouping)
            return std::string("'") + c + "' cannot separate thousands here";
    if (whole.empty() && !hasDecimal) return "it is not a number";
    if (!validGrouping(whole, out.whole)) {
        if (mark == DecimalMark::Auto) return "the thousands are not grouped in threes";
        return std::string("the thousands are not grouped in threes (with --decimal-") +
               (mark == DecimalMark::Comma ? "comma, '.'" : "point, ','") + " only separates thousands)";
    }
    if (out.whole.empty()) out.whole = "0";
    out.whole.erase(0, std::min(out.whole.find_first_not_of('0'), out.whole.size() - 1));
    if (out.whole.size() > kMaxWholeDigits) return "it is too large";
    out.fraction = std::string(fraction);
    return "";
}

std::int64_t digitsValue(const std::string& digits) {
    std::int64_t v = 0;
    for (char c : digits) v = v * 10 + (c - '0');
    return v;
}

// Whole and fraction scaled to `decimals` places; false when the fraction has more non-zero digits.
bool scaled(const Decimal& d, int decimals, std::int64_t& value) {
    std::string fraction = d.fraction;
    while (static_cast<int>(fraction.size()) > decimals) {
        if (fraction.back() != '0') return false;
        fraction.pop_back();
    }
    fraction.append(static_cast<std::size_t>(decimals) - fraction.size(), '0');
    value = digitsValue(d.whole);
    for (int i = 0; i < decimals; ++i) value *= 10;
    value += digitsValue(fraction.empty() ? "0" : fraction);
    return true;
}

struct CurrencySymbol {
    const char* symbol;
    const char* currencies;  // space-separated ISO codes the symbol stands for
};
const CurrencySymbol kSymbols[] = {
    {"US$", "USD"},          {"$", "USD CAD AUD NZD SGD HKD MXN"},
    {"\xE2\x82\xAC", "EUR"}, {"\xC2\xA3", "GBP"},
    {"\xC2\xA5", "JPY CNY"}, {"\xE2\x82\xB9", "INR"},
};

bool isUpperCode(std::string_view s) {
    return s.size() == 3 && std::all_of(s.begin(), s.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
}

// Strips one currency symbol or ISO code at the front or back. Empty = fine; otherwise the
// currency the cell is in, when it is not the document's.
std::string stripCurrency(std::string_view& s, const std::string& currency) {
    for (int side = 0; side < 2; ++side) {
        for (const auto& sym : kSymbols) {
            const std::string_view symbol = sym.symbol;
            const bool hit = side == 0 ? startsWith(s, symbol) : endsWith(s, symbol);
            if (!hit) continue;
            s = side == 0 ? s.substr(symbol.size()) : s.substr(0, s.size() - symbol.size());
            s = trimCell(s);
            const std::string list = std::string(" ") + sym.currencies + " ";
            return list.find(" " + currency + " ") == std::string::npos ? std::string(symbol) : "";
        }
        const std::string_view code = side == 0 ? s.substr(0, 3) : s.substr(s.size() >= 3 ? s.size() - 3 : 0);
        if (isUpperCode(code)) {
            s = trimCell(side == 0 ? s.substr(3) : s.substr(0, s.size() - 3));
            return std::string(code) == currency ? "" : std::string(code);
        }
    }
    return "";
}

NumberCell refused(std::string_view cell, const char* what, const std::string& why) {
    return {false, 0, quoteCell(cell) + " is not " + what + ": " + why};
}

// "15" -> "15%", "125" -> "12.5%", "5" -> "50%": a fraction's digits read as a percent.
std::string fractionAsPercent(std::string fraction) {
    if (fraction.size() < 2) fraction.append(2 - fraction.size(), '0');
    std::string head = fraction.substr(0, 2), tail = fraction.substr(2);
    if (head[0] == '0') head.erase(0, 1);
    return head + (tail.empty() ? "" : "." + tail) + "%";
}

NumberCell readPlainInteger(std::string_view cell, const char* what) {
    std::string_view s = trimCell(cell);
    const bool negative = !s.empty() && s[0] == '-';
    if (negative) s.remove_prefix(1);
    if (!allDigits(s)) return refused(cell, what, "write a whole number (the column header says so)");
    if (s.size() > kMaxWholeDigits + 2) return refused(cell, what, "it is too large");
    const std::int64_t v = digitsValue(std::string(s));
    return {true, negative ? -v : v, ""};
}

}  // namespace

std::string quoteCell(std::string_view cell) {
    constexpr std::size_t kMaxBytes = 60;
    std::string out = "\"";
    std::size_t i = 0;
    for (; i < cell.size() && i < kMaxBytes; ++i) {
        const unsigned char c = static_cast<unsigned char>(cell[i]);
        out += c < 0x20 || c == 0x7F ? '?' : static_cast<char>(c);
    }
    if (i < cell.size()) {
        while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80)
            out.pop_back();  // continuation bytes
        if (!out.empty() && static_cast<unsigned char>(out.back()) >= 0xC0) out.pop_back();  // a lead byte
        out += "...";
    }
    return out + "\"";
}

std::string_view trimCell(std::string_view cell) {
    for (;;) {
        if (!cell.empty() && (cell.front() == ' ' || cell.front() == '\t')) cell.remove_prefix(1);
        else if (!cell.empty() && (cell.back() == ' ' || cell.back() == '\t')) cell.remove_suffix(1);
        else if (startsWith(cell, "\xC2\xA0")) cell.remove_prefix(2);
        else if (endsWith(cell, "\xC2\xA0")) cell.remove_suffix(2);
        else return cell;
    }
}

int minorDigits(const std::string& currency) {
    static const char* zero = " BIF CLP DJF GNF ISK JPY KMF KRW PYG RWF UGX VND VUV XAF XOF XPF ";
    static const char* three = " BHD IQD JOD KWD LYD OMR TND ";
    const std::string key = " " + currency + " ";
    if (std::string(zero).find(key) != std::string::npos) return 0;
    if (std::string(three).find(key) != std::string::npos) return 3;
    return 2;
}

NumberCell parseMoney(std::string_view cell, const std::string& currency, DecimalMark mark) {
    std::string_view s = trimCell(cell);
    bool negative = false;
    if (s.size() >= 2 && s.front() == '(' && s.back() == ')') {  // accounting style
        negative = true;
        s = trimCell(s.substr(1, s.size() - 2));
    }
    if (!s.empty() && s[0] == '-') {
        negative = !negative;
        s = trimCell(s.substr(1));
    }
    const std::string other = stripCurrency(s, currency);
    if (!other.empty())
        return refused(cell, "an amount",
                       "it is in " + other + ", but the document's amounts are in " + currency);
    if (!s.empty() && s[0] == '-') {
        negative = !negative;
        s = trimCell(s.substr(1));
    }
    Decimal d;
    const std::string why = readDecimal(s, mark, false, d);
    if (!why.empty()) return refused(cell, "an amount", why);
    const int decimals = minorDigits(currency);
    std::int64_t value = 0;
    if (!scaled(d, decimals, value))
        return refused(cell, "an amount",
                       "it has more decimals than " + currency + " has (" + std::to_string(decimals) + ")");
    return {true, negative ? -value : value, ""};
}

NumberCell parseMinorUnits(std::string_view cell) {
    return readPlainInteger(cell, "an amount in minor units");
}

NumberCell parsePercent(std::string_view cell, DecimalMark mark) {
    std::string_view s = trimCell(cell);
    const bool sign = endsWith(s, "%");
    if (sign) s = trimCell(s.substr(0, s.size() - 1));
    if (!s.empty() && s[0] == '-') return refused(cell, "a percentage", "it is below 0%");
    Decimal d;
    const std::string why = readDecimal(s, mark, false, d);
    if (!why.empty()) return refused(cell, "a percentage", why);
    if (!sign && allZeros(d.whole) && !allZeros(d.fraction))
        return refused(cell, "a percentage",
                       "without '%' a number below 1 could be a fraction (" + fractionAsPercent(d.fraction) +
                           ") or a percent; this column reads plain numbers as percent, so write \"" +
                           fractionAsPercent(d.fraction) + "\" or \"" + std::string(s) + "%\"");
    std::int64_t bp = 0;
    if (!scaled(d, 2, bp))
        return refused(cell, "a percentage", "basis points (two decimals of a percent) are the finest unit");
    if (bp > 10000)
        return refused(cell, "a percentage",
                       "it is above 100% (if the column holds basis points, end its header in _bp)");
    return {true, bp, ""};
}

NumberCell parseBasisPoints(std::string_view cell) {
    return readPlainInteger(cell, "a number of basis points");
}

NumberCell parseCount(std::string_view cell, DecimalMark mark) {
    std::string_view s = trimCell(cell);
    if (!s.empty() && s[0] == '-') return refused(cell, "a count", "it is negative");
    Decimal d;
    const std::string why = readDecimal(s, mark, true, d);
    if (!why.empty()) return refused(cell, "a count", why);
    if (!allZeros(d.fraction)) return refused(cell, "a count", "it is not a whole number");
    return {true, digitsValue(d.whole), ""};
}

NumberCell parseYesNo(std::string_view cell) {
    std::string s(trimCell(cell));
    std::transform(s.begin(), s.end(), s.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    if (s == "yes" || s == "y" || s == "true" || s == "1") return {true, 1, ""};
    if (s == "no" || s == "n" || s == "false" || s == "0") return {true, 0, ""};
    return {false, 0, quoteCell(cell) + " is not yes or no: write yes/no, true/false, y/n or 1/0"};
}

}  // namespace sc::csv
