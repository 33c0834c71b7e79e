// Validation rule family "ids": unique ids per list and across table rows, ids present.
#include "test_util.h"

using sc::Severity;
using sc::test::hasFinding;
using sc::test::loadPatched;

TEST(validation_ids_test, base_document_has_no_findings) {
    auto r = sc::loadDocument(sc::test::validationBase());
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_TRUE(r.findings.empty()) << sc::test::listFindings(r.findings);
}

TEST(validation_ids_test, duplicate_segment_id_is_an_error_at_the_second_use) {
    auto r = loadPatched(R"([{"op":"replace","path":"/segments/1/id","value":"smb"}])");
    EXPECT_TRUE(hasFinding(r, "/segments/1/id", Severity::Error,
                           {"segment 'Enterprise'", "'smb'", "segment 'Small business'", "/segments/0"}));
    EXPECT_EQ(sc::test::findingAt(r.findings, "/segments/0/id"), nullptr);
}

TEST(validation_ids_test, duplicate_dimension_level_id_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/dimensions/0/levels/2/id","value":"assisted"}])");
    EXPECT_TRUE(
        hasFinding(r, "/dimensions/0/levels/2/id", Severity::Error, {"level 'Sales-led'", "'assisted'"}));
}

TEST(validation_ids_test, duplicate_touchpoint_id_within_a_promise_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/promises/0/touchpoints/1/id","value":"tp-landing"}])");
    EXPECT_TRUE(
        hasFinding(r, "/promises/0/touchpoints/1/id", Severity::Error, {"touchpoint 'Welcome email'"}));
}

TEST(validation_ids_test, empty_partner_id_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/partners/1/id","value":""}])");
    EXPECT_TRUE(hasFinding(r, "/partners/1/id", Severity::Error, {"partner 'Southwind' has no id"}));
}

TEST(validation_ids_test, duplicate_rule_of_engagement_id_is_an_error) {
    auto r = loadPatched(
        R"([{"op":"add","path":"/rules_of_engagement/territories/-","value":{"id":"t-eu","name":"Europe again"}}])");
    EXPECT_TRUE(hasFinding(r, "/rules_of_engagement/territories/1/id", Severity::Error,
                           {"territory 'Europe again'"}));
}

TEST(validation_ids_test, duplicate_material_version_label_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/materials/0/versions/1/version","value":"1.0"}])");
    EXPECT_TRUE(hasFinding(r, "/materials/0/versions/1/version", Severity::Error,
                           {"material 'Pitch deck'", "'1.0' twice"}));
}

TEST(validation_ids_test, duplicate_copy_sample_id_is_an_error) {
    auto r = loadPatched(
        R"([{"op":"add","path":"/copy_samples/-","value":{"id":"copy-1","name":"North flyer","partner_id":"p-north"}}])");
    EXPECT_TRUE(hasFinding(r, "/copy_samples/1/id", Severity::Error, {"copy sample 'North flyer'"}));
}

TEST(validation_ids_test, duplicate_deal_id_across_rows_points_at_the_id_cell) {
    auto r = loadPatched(R"([{"op":"replace","path":"/deals/rows/1/0","value":"deal-1"}])");
    EXPECT_TRUE(hasFinding(r, "/deals/rows/1/0", Severity::Error, {"row 2", "'deal-1'", "row 1"}));
}

TEST(validation_ids_test, rows_without_ids_are_not_duplicates) {
    auto r = loadPatched(
        R"([{"op":"replace","path":"/deals/rows/0/0","value":""},{"op":"replace","path":"/deals/rows/1/0","value":""},
                             {"op":"remove","path":"/post_mortems/0/deal_id"}])");
    ASSERT_TRUE(r.ok);
    EXPECT_TRUE(r.findings.empty()) << sc::test::listFindings(r.findings);
}
