// Reading one spreadsheet cell as a typed value: money to integer minor units, percentages to
// basis points, whole numbers, dates, months, yes/no. Decimal numbers are read digit by digit,
// never through a binary float. A cell that could mean two things ("1,234": a thousand or one
// and a bit?) is refused with a message saying how to make it plain. docs/IMPORT.md lists the rules.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace sc::csv {

// Which character separates the decimals. Auto accepts both where the cell itself is plain.
enum class DecimalMark { Auto, Comma, Point };

// How dates are written: "YYYY-MM-DD" (the default), or an explicit order such as
// "DD/MM/YYYY", "MM/DD/YYYY", "DD.MM.YYYY" (YYYY, MM and DD once each, one separator).
struct DateFormat {
    char order[3] = {'Y', 'M', 'D'};
    char separator = '-';
    bool iso() const { return order[0] == 'Y' && order[1] == 'M' && order[2] == 'D' && separator == '-'; }
    std::string text() const;  // "DD/MM/YYYY"
};

// False when `text` is not such a format.
bool parseDateFormat(std::string_view text, DateFormat& format);

// Either a value or why the cell is refused (a sentence fragment naming the cell's text).
struct NumberCell {
    bool ok = false;
    std::int64_t value = 0;
    std::string error;
};
struct TextCell {
    bool ok = false;
    std::string value;
    std::string error;
};

// Money in the document's currency: "1,234.50", "1.234,50", "$1,234.50", "1234.5", "USD 99",
// "-12.00" -> minor units (cents for USD). A foreign symbol or code, more decimals than the
// currency has, or an ambiguous grouping ("1,234" with Auto) is refused.
NumberCell parseMoney(std::string_view cell, const std::string& currency, DecimalMark mark);

// Integer minor units written as such (a column whose header ends in "_minor"): "49900".
NumberCell parseMinorUnits(std::string_view cell);

// A percentage -> basis points. The one rule: a number is a number of percent, with or
// without "%" ("15%", "15", "12.5 %" -> 1500, 1500, 1250), from 0 to 100, at most two
// decimals. A bare fraction between 0 and 1 ("0.15") is refused as ambiguous (15% or 0.15%?).
NumberCell parsePercent(std::string_view cell, DecimalMark mark);

// Basis points written as such (a header ending in "_bp"): "1500".
NumberCell parseBasisPoints(std::string_view cell);

// A whole, non-negative count: "40", "1,200" (grouping allowed, decimals refused).
NumberCell parseCount(std::string_view cell, DecimalMark mark);

// A date in `format` -> "YYYY-MM-DD" (checked against the calendar).
TextCell parseDateCell(std::string_view cell, const DateFormat& format);

// A month: "YYYY-MM", or a date in `format` (its month is kept) -> "YYYY-MM".
TextCell parseMonthCell(std::string_view cell, const DateFormat& format);

// yes/no, true/false, y/n, 1/0 (any case).
NumberCell parseYesNo(std::string_view cell);

// Digits after the decimal point of a currency's minor unit (ISO 4217): 2 for most.
int minorDigits(const std::string& currency);

// A cell as messages quote it: in double quotes, control characters shown as '?', and cut
// (at a character boundary, with "...") after 60 bytes so one huge cell cannot flood the report.
std::string quoteCell(std::string_view cell);

// The cell without surrounding spaces (including the no-break spaces spreadsheets write).
std::string_view trimCell(std::string_view cell);

}  // namespace sc::csv
