// Validation rule family "levels": positions on dimensions must exist and have the right kind.
#include "test_util.h"

using sc::Severity;
using sc::test::hasFinding;
using sc::test::loadPatched;

TEST(validation_levels_test, level_key_must_be_a_dimension) {
    auto r = loadPatched(R"([{"op":"add","path":"/promises/0/levels/colour","value":"red"}])");
    EXPECT_TRUE(hasFinding(r, "/promises/0/levels/colour", Severity::Error,
                           {"promise 'Try it now'", "dimension 'colour'", "does not exist"}));
}

TEST(validation_levels_test, ordered_dimension_value_must_be_one_of_its_levels) {
    auto r =
        loadPatched(R"([{"op":"replace","path":"/channels/0/levels/buying_motion","value":"telepathy"}])");
    EXPECT_TRUE(hasFinding(
        r, "/channels/0/levels/buying_motion", Severity::Error,
        {"channel 'Direct sales'", "'telepathy'", "Buying motion", "self_serve, assisted, sales_led"}));
}

TEST(validation_levels_test, number_on_an_ordered_dimension_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/promises/0/levels/buying_motion","value":2}])");
    EXPECT_TRUE(
        hasFinding(r, "/promises/0/levels/buying_motion", Severity::Error, {"has a number", "named levels"}));
}

TEST(validation_levels_test, text_level_on_a_numeric_dimension_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/channels/0/levels/cycle_days","value":"long"}])");
    EXPECT_TRUE(
        hasFinding(r, "/channels/0/levels/cycle_days", Severity::Error, {"'long'", "numeric", "in days"}));
}

TEST(validation_levels_test, ordered_dimension_without_levels_is_a_warning) {
    auto r = loadPatched(
        R"([{"op":"add","path":"/dimensions/-","value":{"id":"access","name":"Access","kind":"ordered"}}])");
    EXPECT_TRUE(
        hasFinding(r, "/dimensions/2/levels", Severity::Warning, {"dimension 'Access'", "no levels"}));
}

TEST(validation_levels_test, negative_tolerance_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/dimensions/1/tolerance","value":-2}])");
    EXPECT_TRUE(hasFinding(r, "/dimensions/1/tolerance", Severity::Error,
                           {"dimension 'Sales cycle'", "negative tolerance"}));
}

TEST(validation_levels_test, numeric_constraint_without_value_is_a_warning) {
    auto r = loadPatched(R"([{"op":"remove","path":"/channels/0/constraints/0/value"}])");
    EXPECT_TRUE(hasFinding(r, "/channels/0/constraints/0/value", Severity::Warning, {"no value"}));
}
