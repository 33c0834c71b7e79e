// One rule per kind of cell, and its refusals: money to minor units, percentages to basis
// points, counts, dates (ISO unless --date-format), months, yes/no.
#include <gtest/gtest.h>

#include "import/cell_values.h"
#include "test_util.h"

using sc::test::has;

using namespace sc::csv;

namespace {
std::int64_t money(const char* cell, DecimalMark mark = DecimalMark::Auto,
                   const std::string& currency = "USD") {
    const NumberCell n = parseMoney(cell, currency, mark);
    EXPECT_TRUE(n.ok) << cell << ": " << n.error;
    return n.value;
}
std::string moneyError(const char* cell, DecimalMark mark = DecimalMark::Auto,
                       const std::string& currency = "USD") {
    const NumberCell n = parseMoney(cell, currency, mark);
    EXPECT_FALSE(n.ok) << cell << " read as " << n.value;
    return n.error;
}
std::int64_t percent(const char* cell, DecimalMark mark = DecimalMark::Auto) {
    const NumberCell n = parsePercent(cell, mark);
    EXPECT_TRUE(n.ok) << cell << ": " << n.error;
    return n.value;
}
std::string percentError(const char* cell, DecimalMark mark = DecimalMark::Auto) {
    const NumberCell n = parsePercent(cell, mark);
    EXPECT_FALSE(n.ok) << cell << " read as " << n.value;
    return n.error;
}
}  // namespace

TEST(import_cell_values_test, money_in_the_forms_partners_write_it) {
    EXPECT_EQ(money("1,234.50"), 123450);
    EXPECT_EQ(money("1.234,50"), 123450);
    EXPECT_EQ(money("$1,234.50"), 123450);
    EXPECT_EQ(money("1234.5"), 123450);
    EXPECT_EQ(money("1234,5"), 123450);
    EXPECT_EQ(money("499"), 49900);
    EXPECT_EQ(money("  $ 499.00 "), 49900);
    EXPECT_EQ(money("USD 1,299.00"), 129900);
    EXPECT_EQ(money("1 234,50"), 123450);  // space groups (French)
    EXPECT_EQ(money("1\xC2\xA0"
                    "234,50"),
              123450);                     // no-break space groups
    EXPECT_EQ(money("1'234.50"), 123450);  // Swiss
    EXPECT_EQ(money("12,345,678.90"), 1234567890);
    EXPECT_EQ(money("1.234.567"), 123456700);  // two points can only be grouping
    EXPECT_EQ(money("-12.00"), -1200);
    EXPECT_EQ(money("(12.00)"), -1200);
    EXPECT_EQ(money("0,500"), 50);  // a leading zero cannot start a thousands group
    EXPECT_EQ(money(".5"), 50);
    EXPECT_EQ(money("4.10"), 410);
    EXPECT_EQ(money("4.100", DecimalMark::Point), 410);  // zeros past the cents lose nothing
    // Exact: no binary float rounding (0.29 * 100 = 28.999... in a double).
    EXPECT_EQ(money("0.29"), 29);
    EXPECT_EQ(money("1,234.56", DecimalMark::Point), 123456);
    EXPECT_EQ(money("1.234,56", DecimalMark::Comma), 123456);
}

TEST(import_cell_values_test, money_that_reads_two_ways_is_refused_unless_the_mark_is_given) {
    EXPECT_TRUE(has(moneyError("1,234"), "two ways"));
    EXPECT_TRUE(has(moneyError("1.234"), "--decimal-comma"));
    EXPECT_EQ(money("1,234", DecimalMark::Point), 123400);
    EXPECT_TRUE(has(moneyError("1,234", DecimalMark::Comma), "more decimals than USD"));
}

TEST(import_cell_values_test, money_refusals) {
    EXPECT_TRUE(has(moneyError("1.2345"), "more decimals than USD"));
    EXPECT_TRUE(has(moneyError("12,34,567.00"), "grouped in threes"));
    EXPECT_TRUE(has(moneyError("1,234.50", DecimalMark::Comma), "'.' comes after the decimal ','"));
    EXPECT_TRUE(has(moneyError("1.234,50", DecimalMark::Point), "',' comes after the decimal '.'"));
    EXPECT_TRUE(has(moneyError("1.2.3,4.5"), "appears twice"));
    EXPECT_TRUE(has(moneyError("twelve"), "not a number"));
    EXPECT_TRUE(has(moneyError("12 EUR"), "in EUR, but the document's amounts are in USD"));
    EXPECT_TRUE(has(moneyError("\xE2\x82\xAC"
                               "12"),
                    "the document's amounts are in USD"));
    EXPECT_TRUE(has(moneyError("12$", DecimalMark::Auto, "EUR"), "are in EUR"));
    EXPECT_TRUE(has(moneyError("1234567890123456"), "too large"));
    EXPECT_TRUE(has(moneyError("$"), "not a number"));
    EXPECT_EQ(moneyError("12,3.4").rfind("\"12,3.4\" is not an amount: ", 0), 0u);
}

TEST(import_cell_values_test, money_follows_the_currency_minor_unit) {
    EXPECT_EQ(money("1,234", DecimalMark::Point, "JPY"), 1234);
    EXPECT_TRUE(has(moneyError("12.5", DecimalMark::Auto, "JPY"), "more decimals than JPY has (0)"));
    EXPECT_EQ(money("1.5", DecimalMark::Auto, "KWD"), 1500);
    EXPECT_EQ(money("\xE2\x82\xAC"
                    "1.234,50",
                    DecimalMark::Auto, "EUR"),
              123450);
    EXPECT_EQ(minorDigits("USD"), 2);
    EXPECT_EQ(minorDigits("JPY"), 0);
    EXPECT_EQ(minorDigits("BHD"), 3);
}

TEST(import_cell_values_test, stored_units_are_plain_integers) {
    EXPECT_EQ(parseMinorUnits("49900").value, 49900);
    EXPECT_FALSE(parseMinorUnits("499.00").ok);
    EXPECT_EQ(parseBasisPoints("1500").value, 1500);
    EXPECT_FALSE(parseBasisPoints("15%").ok);
}

TEST(import_cell_values_test, a_number_is_a_number_of_percent) {
    EXPECT_EQ(percent("15%"), 1500);
    EXPECT_EQ(percent("15"), 1500);
    EXPECT_EQ(percent("15 %"), 1500);
    EXPECT_EQ(percent("12.5%"), 1250);
    EXPECT_EQ(percent("12,5 %"), 1250);
    EXPECT_EQ(percent("0.15%"), 15);
    EXPECT_EQ(percent("0"), 0);
    EXPECT_EQ(percent("1"), 100);
    EXPECT_EQ(percent("100%"), 10000);
    EXPECT_EQ(percent("7.25"), 725);
}

TEST(import_cell_values_test, percent_refusals) {
    // A fraction could be 15% or 0.15%: refused, and the message says how to write each.
    const std::string fraction = percentError("0.15");
    EXPECT_TRUE(has(fraction, "\"0.15\" is not a percentage")) << fraction;
    EXPECT_TRUE(has(fraction, "\"15%\"")) << fraction;
    EXPECT_TRUE(has(fraction, "\"0.15%\"")) << fraction;
    EXPECT_TRUE(has(percentError("0,125"), "12.5%"));
    EXPECT_TRUE(has(percentError("101%"), "above 100%"));
    EXPECT_TRUE(has(percentError("-5%"), "below 0%"));
    EXPECT_TRUE(has(percentError("12.3456%"), "finest unit"));
    EXPECT_TRUE(has(percentError("12,5 %", DecimalMark::Point), "is not a percentage"));
    EXPECT_TRUE(has(percentError("five"), "not a number"));
}

TEST(import_cell_values_test, counts_are_whole_numbers) {
    EXPECT_EQ(parseCount("40", DecimalMark::Auto).value, 40);
    EXPECT_EQ(parseCount("1,200", DecimalMark::Auto).value, 1200);
    EXPECT_EQ(parseCount("1.200", DecimalMark::Auto).value, 1200);
    EXPECT_EQ(parseCount("3.0", DecimalMark::Auto).value, 3);
    EXPECT_TRUE(has(parseCount("2.5", DecimalMark::Auto).error, "not a whole number"));
    EXPECT_TRUE(has(parseCount("1.200", DecimalMark::Point).error, "not a whole number"));
    EXPECT_TRUE(has(parseCount("-3", DecimalMark::Auto).error, "negative"));
}

TEST(import_cell_values_test, dates_are_iso_unless_a_format_is_given) {
    const DateFormat iso;
    EXPECT_EQ(parseDateCell("2026-05-10", iso).value, "2026-05-10");
    EXPECT_EQ(parseDateCell(" 2026-05-10 ", iso).value, "2026-05-10");
    const TextCell slashed = parseDateCell("10/05/2026", iso);
    EXPECT_FALSE(slashed.ok);
    EXPECT_TRUE(has(slashed.error, "--date-format DD/MM/YYYY")) << slashed.error;
    EXPECT_FALSE(parseDateCell("2026-5-10", iso).ok);
    EXPECT_TRUE(has(parseDateCell("2026-02-30", iso).error, "no such day"));

    DateFormat dmy, mdy, dotted;
    ASSERT_TRUE(parseDateFormat("DD/MM/YYYY", dmy));
    ASSERT_TRUE(parseDateFormat("MM/DD/YYYY", mdy));
    ASSERT_TRUE(parseDateFormat("DD.MM.YYYY", dotted));
    EXPECT_EQ(parseDateCell("10/05/2026", dmy).value, "2026-05-10");
    EXPECT_EQ(parseDateCell("10/05/2026", mdy).value, "2026-10-05");
    EXPECT_EQ(parseDateCell("5/3/2026", mdy).value, "2026-05-03");
    EXPECT_EQ(parseDateCell("31.10.2026", dotted).value, "2026-10-31");
    EXPECT_FALSE(parseDateCell("2026-05-10", dmy).ok);
    EXPECT_TRUE(has(parseDateCell("31/02/2026", dmy).error, "no such day"));
    EXPECT_FALSE(parseDateCell("10/05/26", dmy).ok);  // two-digit years are refused
    EXPECT_EQ(dmy.text(), "DD/MM/YYYY");
}

TEST(import_cell_values_test, date_format_option_is_checked) {
    DateFormat f;
    EXPECT_FALSE(parseDateFormat("DD/MM/YY", f));
    EXPECT_FALSE(parseDateFormat("DD/MM-YYYY", f));
    EXPECT_FALSE(parseDateFormat("DD/DD/YYYY", f));
    EXPECT_FALSE(parseDateFormat("YYYY_MM_DD", f));
    EXPECT_TRUE(parseDateFormat("YYYY-MM-DD", f));
    EXPECT_TRUE(f.iso());
}

TEST(import_cell_values_test, months) {
    const DateFormat iso;
    EXPECT_EQ(parseMonthCell("2026-05", iso).value, "2026-05");
    EXPECT_EQ(parseMonthCell("2026-05-01", iso).value, "2026-05");
    EXPECT_FALSE(parseMonthCell("2026-13", iso).ok);
    EXPECT_TRUE(has(parseMonthCell("May 2026", iso).error, "write YYYY-MM"));
    DateFormat dmy;
    ASSERT_TRUE(parseDateFormat("DD/MM/YYYY", dmy));
    EXPECT_EQ(parseMonthCell("01/11/2026", dmy).value, "2026-11");
}

TEST(import_cell_values_test, yes_no) {
    for (const char* yes : {"yes", "Y", "TRUE", "1", " Yes "}) EXPECT_EQ(parseYesNo(yes).value, 1) << yes;
    for (const char* no : {"no", "N", "false", "0"}) EXPECT_EQ(parseYesNo(no).value, 0) << no;
    EXPECT_TRUE(has(parseYesNo("maybe").error, "yes/no"));
}

TEST(import_cell_values_test, messages_quote_cells_safely) {
    EXPECT_EQ(quoteCell("12,5 %"), "\"12,5 %\"");
    EXPECT_EQ(quoteCell("a\x1b[31mb\tc"), "\"a?[31mb?c\"");
    const std::string longCell = std::string(59, 'x') + "\xC3\xA9" + std::string(1000, 'y');
    EXPECT_EQ(quoteCell(longCell), "\"" + std::string(59, 'x') + "...\"");  // never half a character
    const NumberCell huge = parseMoney(std::string(5000, '9') + "x", "USD", DecimalMark::Auto);
    EXPECT_LT(huge.error.size(), 200u);
}
