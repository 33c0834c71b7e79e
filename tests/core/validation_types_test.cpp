// Findings raised while reading: wrong types and missing required fields, with pointers into
// the file; the document still loads and the offending value is kept for saving.
#include "test_util.h"

using sc::Severity;
using sc::test::hasFinding;
using sc::test::loadPatched;

TEST(validation_types_test, wrong_type_is_an_error_and_the_value_is_kept) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pairs/0/visitors","value":"lots"}])");
    EXPECT_TRUE(hasFinding(r, "/pairs/0/visitors", Severity::Error,
                           {"\"visitors\" should be a whole number", "text 'lots'"}));
    const std::string saved = sc::saveDocument(r.document);
    EXPECT_NE(saved.find("\"visitors\": \"lots\""), std::string::npos);
    // The kept value stays at its own place, between "promise_ids" and "leads".
    EXPECT_LT(saved.find("\"promise_ids\""), saved.find("\"visitors\": \"lots\""));
    EXPECT_LT(saved.find("\"visitors\": \"lots\""), saved.find("\"leads\""));
}

TEST(validation_types_test, missing_required_field_is_an_error) {
    auto r = loadPatched(R"([{"op":"remove","path":"/promises/0/segment_id"}])");
    EXPECT_TRUE(
        hasFinding(r, "/promises/0/segment_id", Severity::Error, {"missing required field \"segment_id\""}));
}

TEST(validation_types_test, missing_info_is_an_error) {
    auto r = loadPatched(R"([{"op":"remove","path":"/info"}])");
    EXPECT_TRUE(hasFinding(r, "/info", Severity::Error, {"missing required field \"info\""}));
}

TEST(validation_types_test, wrong_type_in_a_table_cell_points_at_the_cell) {
    auto r = loadPatched(R"([{"op":"replace","path":"/deals/rows/0/7","value":"10000"}])");
    EXPECT_TRUE(
        hasFinding(r, "/deals/rows/0/7", Severity::Error, {"column \"list_price_minor\"", "whole number"}));
}

TEST(validation_types_test, decimal_money_is_refused_as_a_whole_number_field) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pairs/0/revenue_minor","value":12500.5}])");
    EXPECT_TRUE(hasFinding(r, "/pairs/0/revenue_minor", Severity::Error, {"decimal number 12500.5"}));
}

TEST(validation_types_test, integer_beyond_int64_is_a_finding_not_a_crash) {
    std::string base = sc::test::validationBase();
    const std::string from = "\"visitors\": 5000";
    ASSERT_NE(base.find(from), std::string::npos);
    base.replace(base.find(from), from.size(), "\"visitors\": 9223372036854775808");
    auto r = sc::loadDocument(base);
    EXPECT_TRUE(hasFinding(r, "/pairs/0/visitors", Severity::Error, {"9223372036854775808", "too large"}));
    // The value is written back exactly as it was.
    EXPECT_NE(sc::saveDocument(r.document).find("\"visitors\": 9223372036854775808"), std::string::npos);
}

TEST(validation_types_test, missing_required_table_column_is_an_error) {
    auto r = loadPatched(
        R"([{"op":"replace","path":"/pulse_answers","value":{"columns":["partner_id","period","score"],"rows":[["p-north","2026-10",3]]}}])");
    EXPECT_TRUE(hasFinding(r, "/pulse_answers/columns", Severity::Error, {"\"question\""}));
}

TEST(validation_types_test, short_table_row_is_an_error) {
    auto r =
        loadPatched(R"([{"op":"replace","path":"/pulse_answers/rows/0","value":["pa-1","","p-north"]}])");
    EXPECT_TRUE(hasFinding(r, "/pulse_answers/rows/0", Severity::Error, {"3 values", "10 columns"}));
}
