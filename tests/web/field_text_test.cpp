// How the app shows and reads field values (web/logic/field_text.h): money in the document's
// currency, percentages, calendar dates; nothing unreadable is guessed at.
#include <gtest/gtest.h>

#include "logic/field_text.h"
#include "test_util.h"

using namespace sc;
using namespace sc::web;
using sc::edit::FieldValue;

namespace {
const FieldInfo kMoney = field::money("Revenue");
const FieldInfo kRate = field::bp("Confidence");
const FieldInfo kCount = field::integer("Leads", "leads");
const FieldInfo kDate = field::date("Decided on");

std::optional<FieldValue> parse(const std::string& text, const FieldValue& current, const FieldInfo& info,
                                const std::string& currency, std::string* error = nullptr) {
    std::string e;
    auto v = parseEditText(text, current, info, currency, e);
    if (error) *error = e;
    return v;
}
}  // namespace

TEST(field_text_test, money_is_shown_in_the_documents_currency) {
    Document doc;
    doc.info.currency = "USD";
    EXPECT_EQ(displayValue(doc, FieldValue(std::int64_t{12348000}), kMoney), "$123,480.00");
    doc.info.currency = "JPY";
    EXPECT_EQ(displayValue(doc, FieldValue(std::int64_t{1235}), kMoney), "¥1,235");
    EXPECT_EQ(editText(FieldValue(std::int64_t{12348000}), kMoney, "USD"), "123480.00");
    EXPECT_EQ(editText(FieldValue(std::int64_t{1235}), kMoney, "JPY"), "1235");
}

TEST(field_text_test, money_is_typed_in_the_currencys_minor_units_and_never_guessed) {
    EXPECT_EQ(parse("1,234.50", FieldValue(std::int64_t{0}), kMoney, "USD"),
              FieldValue(std::int64_t{123450}));
    EXPECT_EQ(parse("$1234.5", FieldValue(std::int64_t{0}), kMoney, "USD"), FieldValue(std::int64_t{123450}));
    EXPECT_EQ(parse("1234", FieldValue(std::int64_t{0}), kMoney, "USD"), FieldValue(std::int64_t{123400}))
        << "dollars, not cents";
    EXPECT_EQ(parse("1234", FieldValue(std::int64_t{0}), kMoney, "JPY"), FieldValue(std::int64_t{1234}));
    std::string error;
    EXPECT_FALSE(parse("12.345", FieldValue(std::int64_t{0}), kMoney, "USD", &error));
    EXPECT_NE(error.find("at most 2 decimals"), std::string::npos) << error;
    EXPECT_FALSE(parse("12.5", FieldValue(std::int64_t{0}), kMoney, "JPY", &error));
    EXPECT_NE(error.find("no decimals"), std::string::npos) << error;
    EXPECT_FALSE(parse("twelve", FieldValue(std::int64_t{0}), kMoney, "USD", &error));
    EXPECT_FALSE(parse("99999999999999999999", FieldValue(std::int64_t{0}), kMoney, "USD", &error));
    EXPECT_NE(error.find("too large"), std::string::npos) << error;
}

TEST(field_text_test, basis_points_are_percentages) {
    Document doc;
    EXPECT_EQ(displayValue(doc, FieldValue(std::int64_t{1250}), kRate), "12.5%");
    EXPECT_EQ(editText(FieldValue(std::int64_t{1250}), kRate, "USD"), "12.5");
    EXPECT_EQ(parse("12.5", FieldValue(std::int64_t{0}), kRate, "USD"), FieldValue(std::int64_t{1250}));
    EXPECT_EQ(parse("12.5%", FieldValue(std::int64_t{0}), kRate, "USD"), FieldValue(std::int64_t{1250}));
    EXPECT_EQ(parse("100", FieldValue(std::int64_t{0}), kRate, "USD"), FieldValue(std::int64_t{10000}));
    EXPECT_FALSE(parse("12.555", FieldValue(std::int64_t{0}), kRate, "USD"));
}

TEST(field_text_test, whole_numbers_take_no_decimals_and_show_their_unit) {
    Document doc;
    EXPECT_EQ(displayValue(doc, FieldValue(std::int64_t{45}), field::integer("Sales cycle", "days")),
              "45 days");
    EXPECT_EQ(parse(" 120 ", FieldValue(std::int64_t{0}), kCount, "USD"), FieldValue(std::int64_t{120}));
    EXPECT_FALSE(parse("1.5", FieldValue(std::int64_t{0}), kCount, "USD"));
    EXPECT_EQ(parse("-3", FieldValue(std::int64_t{0}), kCount, "USD"), FieldValue(std::int64_t{-3}));
}

TEST(field_text_test, dates_must_exist_on_the_calendar) {
    EXPECT_TRUE(isCalendarDate("2026-02-28"));
    EXPECT_TRUE(isCalendarDate("2028-02-29"));
    EXPECT_FALSE(isCalendarDate("2026-02-29"));
    EXPECT_FALSE(isCalendarDate("2026-02-30"));
    EXPECT_FALSE(isCalendarDate("2026-2-3"));
    std::string error;
    EXPECT_FALSE(parse("2026-13-01", FieldValue(std::string()), kDate, "USD", &error));
    EXPECT_NE(error.find("YYYY-MM-DD"), std::string::npos) << error;
    EXPECT_EQ(parse("", FieldValue(std::string("2026-01-01")), kDate, "USD"), FieldValue(std::string()));
}

TEST(field_text_test, lists_are_one_item_per_line_and_references_show_names) {
    const Document doc = test::loadSample("saas-self-serve");
    EXPECT_EQ(parse("a\n\n  b \n", FieldValue(std::vector<std::string>{}), field::textList("Needs"), "USD"),
              FieldValue(std::vector<std::string>{"a", "b"}));
    EXPECT_EQ(displayValue(doc, FieldValue(std::string("seg_small_teams")), field::ref("Segment", "segment")),
              "Small design teams (2–15 people)");
    EXPECT_EQ(
        displayValue(doc, FieldValue(std::string("sales_led")), field::oneOf("Kind", vocab::kDimensionKind)),
        "sales_led");
    EXPECT_EQ(
        displayValue(doc, FieldValue(std::string("critical")), field::oneOf("Severity", vocab::kSeverity)),
        "Critical");
    const auto choices = referenceChoices(doc, "channel");
    ASSERT_EQ(choices.size(), 3u);
    EXPECT_EQ(choices[0].first, "ch_direct_sales");
}

TEST(field_text_test, a_decimal_comma_or_a_foreign_currency_is_refused_never_read_as_another_amount) {
    std::string error;
    EXPECT_FALSE(parse("1234,50", FieldValue(std::int64_t{0}), kMoney, "EUR", &error)) << "not 123450.00";
    EXPECT_NE(error.find("use '.' for decimals"), std::string::npos) << error;
    EXPECT_FALSE(parse("12,34", FieldValue(std::int64_t{0}), kMoney, "USD"));
    EXPECT_FALSE(parse("1,23,456", FieldValue(std::int64_t{0}), kMoney, "USD"));
    EXPECT_FALSE(parse("12,5", FieldValue(std::int64_t{0}), kRate, "EUR"));
    EXPECT_FALSE(parse("$100", FieldValue(std::int64_t{0}), kMoney, "EUR"));
    EXPECT_EQ(parse("€100", FieldValue(std::int64_t{0}), kMoney, "EUR"), FieldValue(std::int64_t{10000}));
    EXPECT_EQ(parse("1,234,567.89", FieldValue(std::int64_t{0}), kMoney, "USD"),
              FieldValue(std::int64_t{123456789}));
    EXPECT_EQ(parse("100 EUR", FieldValue(std::int64_t{0}), kMoney, "EUR"), FieldValue(std::int64_t{10000}));
}

// A price or a band limit that may be not set: empty text clears it, "0" is a value (issue 9).
TEST(field_text_test, an_optional_amount_is_empty_when_not_set_and_zero_is_a_value) {
    using Optional = std::optional<std::int64_t>;
    Document doc;
    doc.info.currency = "USD";
    EXPECT_EQ(displayValue(doc, FieldValue(Optional()), kMoney), "—");
    EXPECT_EQ(displayValue(doc, FieldValue(Optional(0)), kMoney), "$0.00");
    EXPECT_EQ(editText(FieldValue(Optional()), kMoney, "USD"), "");
    EXPECT_EQ(editText(FieldValue(Optional(1250)), kRate, "USD"), "12.5");
    EXPECT_EQ(parse("", FieldValue(Optional(500)), kMoney, "USD"), FieldValue(Optional()));
    EXPECT_EQ(parse("0", FieldValue(Optional()), kRate, "USD"), FieldValue(Optional(0)));
    EXPECT_EQ(parse("$4.99", FieldValue(Optional()), kMoney, "USD"), FieldValue(Optional(499)));
    std::string error;
    EXPECT_FALSE(parse("€4.99", FieldValue(Optional()), kMoney, "USD", &error).has_value());
    EXPECT_FALSE(error.empty());
}
