// Validation rule family "enums": unknown values are warnings that name the allowed values.
#include "test_util.h"

using sc::Severity;
using sc::test::hasFinding;
using sc::test::loadPatched;

TEST(validation_enums_test, unknown_mismatch_severity_names_the_allowed_values) {
    auto r = loadPatched(R"([{"op":"replace","path":"/mismatches/0/severity","value":"apocalyptic"}])");
    EXPECT_TRUE(hasFinding(r, "/mismatches/0/severity", Severity::Warning,
                           {"'apocalyptic'", "low, medium, high, critical"}));
}

TEST(validation_enums_test, unknown_mismatch_status_is_a_warning) {
    auto r = loadPatched(R"([{"op":"replace","path":"/mismatches/1/status","value":"done"}])");
    EXPECT_TRUE(hasFinding(r, "/mismatches/1/status", Severity::Warning,
                           {"open, dismissed, accepted, fixing, fixed, verified"}));
}

TEST(validation_enums_test, unknown_decision_kind_is_a_warning) {
    auto r = loadPatched(R"([{"op":"replace","path":"/decisions/0/kind","value":"pray"}])");
    EXPECT_TRUE(hasFinding(r, "/decisions/0/kind", Severity::Warning, {"accept_tradeoff"}));
}

TEST(validation_enums_test, unknown_partner_status_is_a_warning) {
    auto r = loadPatched(R"([{"op":"replace","path":"/partners/1/status","value":"sleeping"}])");
    EXPECT_TRUE(hasFinding(r, "/partners/1/status", Severity::Warning,
                           {"partner 'Southwind'", "active, paused, ended"}));
}

TEST(validation_enums_test, unknown_dimension_kind_is_a_warning) {
    auto r = loadPatched(R"([{"op":"replace","path":"/dimensions/0/kind","value":"fuzzy"}])");
    EXPECT_TRUE(hasFinding(r, "/dimensions/0/kind", Severity::Warning, {"ordered, numeric"}));
}

TEST(validation_enums_test, unknown_deal_outcome_in_a_table_points_at_its_cell) {
    auto r = loadPatched(R"([{"op":"replace","path":"/deals/rows/0/11","value":"maybe"}])");
    EXPECT_TRUE(hasFinding(r, "/deals/rows/0/11", Severity::Warning, {"open, won, lost"}));
}

TEST(validation_enums_test, unknown_kpi_is_a_warning) {
    auto r = loadPatched(R"([{"op":"replace","path":"/kpi_records/rows/0/4","value":"vibes"}])");
    EXPECT_TRUE(
        hasFinding(r, "/kpi_records/rows/0/4", Severity::Warning, {"'vibes'", "escalation_frequency"}));
}

TEST(validation_enums_test, unknown_pulse_question_is_a_warning) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pulse_answers/rows/0/5","value":"mood"}])");
    EXPECT_TRUE(hasFinding(r, "/pulse_answers/rows/0/5", Severity::Warning,
                           {"autonomy, mastery, purpose, satisfaction"}));
}
