// Validation rule family "text": names, the trade-off rationale, dismissal reasons, currency.
#include "test_util.h"

using sc::Severity;
using sc::test::hasFinding;
using sc::test::loadPatched;

TEST(validation_text_test, accepted_tradeoff_without_rationale_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/decisions/1/rationale","value":"  "}])");
    EXPECT_TRUE(hasFinding(r, "/decisions/1/rationale", Severity::Error,
                           {"decision 'Keep the long cycle'", "document the rationale"}));
}

TEST(validation_text_test, empty_name_is_a_warning_naming_the_id) {
    auto r = loadPatched(R"([{"op":"replace","path":"/channels/1/name","value":""}])");
    EXPECT_TRUE(hasFinding(r, "/channels/1/name", Severity::Warning, {"channel 'web' has no name"}));
}

TEST(validation_text_test, empty_title_is_a_warning) {
    auto r = loadPatched(R"([{"op":"replace","path":"/info/title","value":""}])");
    EXPECT_TRUE(hasFinding(r, "/info/title", Severity::Warning, {"no title"}));
}

TEST(validation_text_test, dismissed_mismatch_without_reason_is_a_warning) {
    auto r = loadPatched(R"([{"op":"replace","path":"/mismatches/1/status","value":"dismissed"}])");
    EXPECT_TRUE(
        hasFinding(r, "/mismatches/1/dismissed_reason", Severity::Warning, {"mismatch 'Cycle too long'"}));
}

TEST(validation_text_test, currency_must_be_an_iso_code) {
    auto r = loadPatched(R"([{"op":"replace","path":"/info/currency","value":"dollars"}])");
    EXPECT_TRUE(hasFinding(r, "/info/currency", Severity::Warning, {"'dollars'", "ISO 4217"}));
}
