// Money as people read it (issue 14): one function, formatMoney, in the document's currency
// with the ISO 4217 exponent, thousands separators, the sign in front, and no overflow at the
// int64 extremes. Every text that prints money calls it; those texts have their own tests.
#include <gtest/gtest.h>

#include <limits>

#include "workflow/money_text.h"

using sc::currencyExponent;
using sc::formatMoney;
using sc::groupedDecimal;

TEST(workflow_money_text_test, exponent_follows_iso_4217) {
    EXPECT_EQ(currencyExponent("USD"), 2);
    EXPECT_EQ(currencyExponent("EUR"), 2);
    EXPECT_EQ(currencyExponent("JPY"), 0);
    EXPECT_EQ(currencyExponent("KRW"), 0);
    for (const char* three : {"BHD", "KWD", "OMR", "JOD", "TND"})
        EXPECT_EQ(currencyExponent(three), 3) << three;
    EXPECT_EQ(currencyExponent(""), 2);
    EXPECT_EQ(currencyExponent("XYZ"), 2);
    EXPECT_EQ(currencyExponent("JP"), 2);   // not a code: a part of one does not match
    EXPECT_EQ(currencyExponent("Y K"), 2);  // nor a fragment spanning two codes
    EXPECT_EQ(currencyExponent("jpy"), 2);  // codes are upper case
}

TEST(workflow_money_text_test, symbols_in_front_codes_after) {
    EXPECT_EQ(formatMoney(12348000, "USD"), "$123,480.00");
    EXPECT_EQ(formatMoney(123450, "EUR"), "\u20ac1,234.50");
    EXPECT_EQ(formatMoney(123450, "GBP"), "\u00a31,234.50");
    EXPECT_EQ(formatMoney(1235, "JPY"), "\u00a51,235");
    EXPECT_EQ(formatMoney(1234500, "BHD"), "1,234.500 BHD");
    EXPECT_EQ(formatMoney(123450, "XYZ"), "1,234.50 XYZ");
    EXPECT_EQ(formatMoney(123450, "CAD"), "1,234.50 CAD");  // "$" would be ambiguous
    EXPECT_EQ(formatMoney(123450, ""), "1,234.50");
}

TEST(workflow_money_text_test, small_negative_and_grouping_edges) {
    EXPECT_EQ(formatMoney(0, "USD"), "$0.00");
    EXPECT_EQ(formatMoney(5, "USD"), "$0.05");
    EXPECT_EQ(formatMoney(-105, "GBP"), "-\u00a31.05");
    EXPECT_EQ(formatMoney(-1234500, "BHD"), "-1,234.500 BHD");
    EXPECT_EQ(formatMoney(99999, "USD"), "$999.99");
    EXPECT_EQ(formatMoney(100000, "USD"), "$1,000.00");
    EXPECT_EQ(formatMoney(100000000, "USD"), "$1,000,000.00");
    EXPECT_EQ(formatMoney(999, "JPY"), "\u00a5999");
    EXPECT_EQ(formatMoney(1000, "JPY"), "\u00a51,000");
    EXPECT_EQ(formatMoney(7, "KWD"), "0.007 KWD");
}

TEST(workflow_money_text_test, int64_extremes_do_not_overflow) {
    constexpr auto kMax = std::numeric_limits<std::int64_t>::max();
    constexpr auto kMin = std::numeric_limits<std::int64_t>::min();
    EXPECT_EQ(formatMoney(kMax, "USD"), "$92,233,720,368,547,758.07");
    EXPECT_EQ(formatMoney(kMin, "USD"), "-$92,233,720,368,547,758.08");
    EXPECT_EQ(formatMoney(kMin, "JPY"), "-\u00a59,223,372,036,854,775,808");
    EXPECT_EQ(formatMoney(kMin, "BHD"), "-9,223,372,036,854,775.808 BHD");
    EXPECT_EQ(groupedDecimal(kMin, 2), "-92,233,720,368,547,758.08");
    EXPECT_EQ(groupedDecimal(-5, 2), "-0.05");
}
