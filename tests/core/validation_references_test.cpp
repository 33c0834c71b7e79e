// Validation rule family "references": every id that points somewhere must resolve.
#include "test_util.h"

using sc::Severity;
using sc::test::hasFinding;
using sc::test::loadPatched;

TEST(validation_references_test, promise_pointing_to_a_deleted_segment_names_both) {
    auto r = loadPatched(R"([{"op":"replace","path":"/promises/0/segment_id","value":"smb-x"}])");
    EXPECT_TRUE(hasFinding(r, "/promises/0/segment_id", Severity::Error,
                           {"promise 'Try it now' points to segment 'smb-x', which does not exist"}));
}

TEST(validation_references_test, deleting_a_segment_leaves_its_promise_dangling) {
    auto r = loadPatched(R"([{"op":"remove","path":"/segments/0"},
        {"op":"replace","path":"/pairs/0/segment_id","value":"ent"},
        {"op":"replace","path":"/partners/0/approved_segment_ids/0","value":"ent"},
        {"op":"replace","path":"/rules_of_engagement/routing_rules/0/segment_id","value":"ent"}])");
    EXPECT_TRUE(hasFinding(r, "/promises/0/segment_id", Severity::Error, {"'smb'", "does not exist"}));
    EXPECT_EQ(r.findings.size(), 1u) << sc::test::listFindings(r.findings);
}

TEST(validation_references_test, pair_product_must_exist) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pairs/0/product_id","value":"gone"}])");
    EXPECT_TRUE(hasFinding(r, "/pairs/0/product_id", Severity::Error,
                           {"product-channel pair 'App via direct sales'", "product 'gone'"}));
}

TEST(validation_references_test, pair_channel_must_exist) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pairs/0/channel_id","value":"gone"}])");
    EXPECT_TRUE(hasFinding(r, "/pairs/0/channel_id", Severity::Error, {"channel 'gone'"}));
}

TEST(validation_references_test, pair_promise_ids_point_at_their_element) {
    auto r = loadPatched(R"([{"op":"add","path":"/pairs/0/promise_ids/-","value":"nope"}])");
    EXPECT_TRUE(hasFinding(r, "/pairs/0/promise_ids/1", Severity::Error, {"promise 'nope'"}));
}

TEST(validation_references_test, mismatch_dimension_must_exist) {
    auto r = loadPatched(R"([{"op":"replace","path":"/mismatches/0/dimension_id","value":"colour"}])");
    EXPECT_TRUE(hasFinding(r, "/mismatches/0/dimension_id", Severity::Error, {"dimension 'colour'"}));
}

TEST(validation_references_test, decision_must_point_to_an_existing_mismatch) {
    auto r = loadPatched(R"([{"op":"replace","path":"/decisions/0/mismatch_id","value":"m9"}])");
    EXPECT_TRUE(hasFinding(r, "/decisions/0/mismatch_id", Severity::Error,
                           {"decision 'Add a self-serve path'", "mismatch 'm9'"}));
}

TEST(validation_references_test, decision_without_mismatch_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/decisions/0/mismatch_id","value":""}])");
    EXPECT_TRUE(hasFinding(r, "/decisions/0/mismatch_id", Severity::Error, {"has no mismatch"}));
}

TEST(validation_references_test, checklist_touchpoint_must_exist) {
    auto r = loadPatched(
        R"([{"op":"replace","path":"/decisions/0/checklist/0/touchpoint_id","value":"tp-gone"}])");
    EXPECT_TRUE(
        hasFinding(r, "/decisions/0/checklist/0/touchpoint_id", Severity::Error, {"touchpoint 'tp-gone'"}));
}

TEST(validation_references_test, experiment_decision_must_exist) {
    auto r = loadPatched(R"([{"op":"replace","path":"/experiments/0/decision_id","value":"d9"}])");
    EXPECT_TRUE(hasFinding(r, "/experiments/0/decision_id", Severity::Error,
                           {"experiment 'Free trial button'", "decision 'd9'"}));
}

TEST(validation_references_test, verification_pair_must_exist) {
    auto r = loadPatched(R"([{"op":"replace","path":"/verifications/0/pair_id","value":"x"}])");
    EXPECT_TRUE(hasFinding(r, "/verifications/0/pair_id", Severity::Error, {"product-channel pair 'x'"}));
}

TEST(validation_references_test, partner_territory_must_exist) {
    auto r = loadPatched(R"([{"op":"replace","path":"/partners/0/territory_id","value":"t-mars"}])");
    EXPECT_TRUE(hasFinding(r, "/partners/0/territory_id", Severity::Error,
                           {"partner 'Northwind'", "territory 't-mars'"}));
}

TEST(validation_references_test, partner_approved_channels_must_exist) {
    auto r = loadPatched(R"([{"op":"replace","path":"/partners/0/approved_channel_ids/1","value":"fax"}])");
    EXPECT_TRUE(hasFinding(r, "/partners/0/approved_channel_ids/1", Severity::Error, {"channel 'fax'"}));
}

TEST(validation_references_test, routing_rule_partner_must_exist) {
    auto r = loadPatched(
        R"([{"op":"replace","path":"/rules_of_engagement/routing_rules/0/partner_id","value":"p-x"}])");
    EXPECT_TRUE(hasFinding(r, "/rules_of_engagement/routing_rules/0/partner_id", Severity::Error,
                           {"routing rule 'EU SMB to Northwind'", "partner 'p-x'"}));
}

TEST(validation_references_test, acknowledgement_partner_must_exist) {
    auto r = loadPatched(
        R"([{"op":"replace","path":"/materials/0/acknowledgements/0/partner_id","value":"p-x"}])");
    EXPECT_TRUE(hasFinding(r, "/materials/0/acknowledgements/0/partner_id", Severity::Error,
                           {"material 'Pitch deck'", "partner 'p-x'"}));
}

TEST(validation_references_test, acknowledged_version_must_exist) {
    auto r =
        loadPatched(R"([{"op":"replace","path":"/materials/0/acknowledgements/0/version","value":"2.0"}])");
    EXPECT_TRUE(hasFinding(r, "/materials/0/acknowledgements/0/version", Severity::Error,
                           {"version '2.0'", "does not have"}));
}

TEST(validation_references_test, cadence_feedback_and_incident_partners_must_exist) {
    auto r = loadPatched(R"([{"op":"replace","path":"/cadence/0/partner_id","value":"p-x"},
                             {"op":"replace","path":"/feedback/0/partner_id","value":"p-y"},
                             {"op":"replace","path":"/incidents/0/partner_id","value":"p-z"}])");
    EXPECT_TRUE(
        hasFinding(r, "/cadence/0/partner_id", Severity::Error, {"cadence item 'Weekly sync'", "'p-x'"}));
    EXPECT_TRUE(hasFinding(r, "/feedback/0/partner_id", Severity::Error,
                           {"feedback item 'Price objection'", "'p-y'"}));
    EXPECT_TRUE(
        hasFinding(r, "/incidents/0/partner_id", Severity::Error, {"incident 'Old deck used'", "'p-z'"}));
}

TEST(validation_references_test, post_mortem_deal_must_exist) {
    auto r = loadPatched(R"([{"op":"replace","path":"/post_mortems/0/deal_id","value":"deal-9"}])");
    EXPECT_TRUE(hasFinding(r, "/post_mortems/0/deal_id", Severity::Error,
                           {"post-mortem 'Lost Globex'", "deal 'deal-9'"}));
}

TEST(validation_references_test, copy_sample_partner_material_and_version_must_exist) {
    auto r = loadPatched(R"([{"op":"replace","path":"/copy_samples/0/partner_id","value":"p-z"},
                             {"op":"replace","path":"/copy_samples/0/material_version","value":"9.9"}])");
    EXPECT_TRUE(hasFinding(r, "/copy_samples/0/partner_id", Severity::Error,
                           {"copy sample 'South landing page'", "partner 'p-z'"}));
    EXPECT_TRUE(hasFinding(
        r, "/copy_samples/0/material_version", Severity::Error,
        {"copy sample 'South landing page' cites version '9.9' of material 'Pitch deck'", "does not have"}));
    auto gone = loadPatched(R"([{"op":"replace","path":"/copy_samples/0/material_id","value":"mat-z"}])");
    EXPECT_TRUE(hasFinding(gone, "/copy_samples/0/material_id", Severity::Error, {"material 'mat-z'"}));
    EXPECT_EQ(gone.findings.size(), 1u) << "an unknown material is one finding, not two";
    // A version without a material, or no version at all, is not a dangling reference.
    auto loose = loadPatched(R"([{"op":"remove","path":"/copy_samples/0/material_id"}])");
    EXPECT_TRUE(loose.findings.empty()) << sc::test::listFindings(loose.findings);
}

TEST(validation_references_test, deal_row_partner_points_at_the_partner_cell) {
    auto r = loadPatched(R"([{"op":"replace","path":"/deals/rows/1/2","value":"p-gone"}])");
    EXPECT_TRUE(hasFinding(r, "/deals/rows/1/2", Severity::Error, {"deal 'deal-2'", "partner 'p-gone'"}));
}

TEST(validation_references_test, table_cell_pointer_follows_the_files_own_column_order) {
    // The same table with its columns in another order: the pointer names the file's column.
    auto r = loadPatched(R"([{"op":"replace","path":"/kpi_records","value":
        {"columns":["partner_id","period","kpi","value"],"rows":[["p-north","2026-10","pricing_accuracy",9000],["p-x","2026-10","pricing_accuracy",9000]]}}])");
    EXPECT_TRUE(hasFinding(r, "/kpi_records/rows/1/0", Severity::Error, {"partner 'p-x'"}));
}

TEST(validation_references_test, pair_observation_pair_must_exist) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pair_observations/rows/0/2","value":"nope"}])");
    EXPECT_TRUE(
        hasFinding(r, "/pair_observations/rows/0/2", Severity::Error, {"product-channel pair 'nope'"}));
}

TEST(validation_references_test, constraint_dimension_must_exist) {
    auto r =
        loadPatched(R"([{"op":"replace","path":"/channels/0/constraints/0/dimension_id","value":"nope"}])");
    EXPECT_TRUE(hasFinding(r, "/channels/0/constraints/0/dimension_id", Severity::Error,
                           {"constraint 'Cookie window' of channel 'Direct sales'"}));
}
