// setField: one field of one object, checked against its description.
#include "edit_fixtures.h"

using namespace sc;
using namespace sc::test;
using sc::edit::FieldValue;

TEST(edit_set_field_test, renames_a_segment_and_stamps_updated) {
    const Document doc = saas();
    const auto r = edit::setField(doc, at({{"segments", "seg_small_teams"}}), "name",
                                  FieldValue(std::string("SMB")), kNow);
    const Document out = ok(r);
    EXPECT_EQ(out.segments[0].name, "SMB");
    EXPECT_EQ(out.segments[0].updated, kNow);
    EXPECT_EQ(doc.segments[0].name, "Small design teams (2–15 people)")
        << "the input document is not changed";
    EXPECT_EQ(edit::setFieldLabel(doc, at({{"segments", "seg_small_teams"}}), "name"),
              "Edit name of segment 'Small design teams (2–15 people)'");
}

TEST(edit_set_field_test, sets_a_nested_field_by_id) {
    const Document doc = saas();
    const std::string stepId = "st_ds_call";
    const Document out = ok(edit::setField(doc, at({{"channels", "ch_direct_sales"}, {"steps", stepId}}),
                                           "actor", FieldValue(std::string("vendor")), kNow));
    EXPECT_EQ(out.channels[0].steps[1].actor, "vendor");
    EXPECT_EQ(edit::setFieldLabel(doc, at({{"channels", "ch_direct_sales"}, {"steps", stepId}}), "actor"),
              "Edit actor of channel step '" + doc.channels[0].steps[1].name +
                  "' of channel 'Direct sales (inside sales team)'");
}

TEST(edit_set_field_test, sets_a_customer_model_list) {
    const std::vector<std::string> needs = {"One place for feedback", "No sales call"};
    const Document out =
        ok(edit::setField(saas(), at({{"segments", "seg_small_teams"}, {"customer_model", ""}}), "needs",
                          FieldValue(needs), kNow));
    EXPECT_EQ(out.segments[0].customerModel.needs, needs);
}

TEST(edit_set_field_test, sets_money_and_basis_points_as_integers) {
    const Document out = ok(edit::setField(saas(), at({{"pairs", "pair_team_direct"}}), "revenue_minor",
                                           FieldValue(std::int64_t{12345}), kNow));
    EXPECT_EQ(out.pairs[0].revenueMinor, 12345);
    const auto wrongType =
        edit::setField(saas(), at({{"pairs", "pair_team_direct"}}), "revenue_minor", FieldValue(12.5), kNow);
    EXPECT_FALSE(wrongType.ok);
    EXPECT_TRUE(contains(wrongType.error, "Revenue cannot hold a value of that type")) << wrongType.error;
}

// A price that may be not set travels as an optional: set to 0 (a free SKU) or cleared.
TEST(edit_set_field_test, sets_and_clears_an_optional_price) {
    const Document doc = loadSample("partner-program");
    const auto entry = at({{"rules_of_engagement", ""}, {"price_book", "pb_sensor"}});
    using Optional = std::optional<std::int64_t>;
    const Document free = ok(edit::setField(doc, entry, "list_price_minor", FieldValue(Optional(0)), kNow));
    EXPECT_EQ(free.rules.priceBook[0].listPriceMinor, Optional(0));
    const Document cleared = ok(edit::setField(doc, entry, "list_price_minor", FieldValue(Optional()), kNow));
    EXPECT_EQ(cleared.rules.priceBook[0].listPriceMinor, std::nullopt);
    EXPECT_EQ(edit::fieldValue(cleared, entry, "list_price_minor"),
              std::optional<FieldValue>(FieldValue(Optional())));
    const auto plain = edit::setField(doc, entry, "list_price_minor", FieldValue(std::int64_t{5}), kNow);
    EXPECT_FALSE(plain.ok) << "the alternative must match the field's type";
}

TEST(edit_set_field_test, sets_document_settings) {
    const Document out = ok(edit::setField(saas(), at({{"priority_model", ""}}), "effort_weight",
                                           FieldValue(std::int64_t{25}), kNow));
    EXPECT_EQ(out.priorityModel.effortWeight, 25);
    const Document titled =
        ok(edit::setField(saas(), at({{"info", ""}}), "currency", FieldValue(std::string("EUR")), kNow));
    EXPECT_EQ(titled.info.currency, "EUR");
}

TEST(edit_set_field_test, refuses_ids_timestamps_and_empty_required_text) {
    const Document doc = saas();
    const auto id =
        edit::setField(doc, at({{"segments", "seg_small_teams"}}), "id", FieldValue(std::string("x")), kNow);
    EXPECT_FALSE(id.ok);
    EXPECT_TRUE(contains(id.error, "ids never change")) << id.error;
    const auto stamp = edit::setField(doc, at({{"segments", "seg_small_teams"}}), "created",
                                      FieldValue(std::string("x")), kNow);
    EXPECT_FALSE(stamp.ok);
    EXPECT_TRUE(contains(stamp.error, "kept by the program")) << stamp.error;
    const auto blank = edit::setField(doc, at({{"segments", "seg_small_teams"}}), "name",
                                      FieldValue(std::string("  ")), kNow);
    EXPECT_FALSE(blank.ok);
    EXPECT_TRUE(contains(blank.error, "Segment 'Small design teams (2–15 people)': Name cannot be empty"))
        << blank.error;
    EXPECT_EQ(blank.document.segments[0].name, doc.segments[0].name);
}

TEST(edit_set_field_test, refuses_terms_outside_a_closed_vocabulary_but_not_an_open_one) {
    const Document doc = saas();
    const auto bad = edit::setField(doc, at({{"mismatches", "mm-6dfd8d8f"}}), "severity",
                                    FieldValue(std::string("huge")), kNow);
    EXPECT_FALSE(bad.ok);
    EXPECT_TRUE(contains(bad.error, "Severity must be one of: low, medium, high, critical")) << bad.error;
    // Channel kinds are suggestions: any text is accepted.
    const Document out = ok(edit::setField(doc, at({{"channels", "ch_direct_sales"}}), "kind",
                                           FieldValue(std::string("telesales")), kNow));
    EXPECT_EQ(out.channels[0].kind, "telesales");
}

TEST(edit_set_field_test, refuses_a_reference_to_nothing) {
    const auto r = edit::setField(saas(), at({{"promises", "pr_try_now"}}), "segment_id",
                                  FieldValue(std::string("ghost")), kNow);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(contains(r.error, "there is no segment 'ghost'")) << r.error;
    const Document out = ok(edit::setField(saas(), at({{"promises", "pr_try_now"}}), "segment_id",
                                           FieldValue(std::string("seg_students")), kNow));
    EXPECT_EQ(out.promises[0].segmentId, "seg_students");
}

TEST(edit_set_field_test, sets_levels_and_reads_values_back) {
    const Document doc = saas();
    LevelMap levels = doc.channels[0].levels;
    levels["buying_motion"] = LevelValue{"self_serve", std::nullopt};
    const Document out =
        ok(edit::setField(doc, at({{"channels", "ch_direct_sales"}}), "levels", FieldValue(levels), kNow));
    EXPECT_EQ(out.channels[0].levels.at("buying_motion").level, "self_serve");
    const auto v = edit::fieldValue(out, at({{"channels", "ch_direct_sales"}}), "name");
    ASSERT_TRUE(v.has_value());
    EXPECT_EQ(std::get<std::string>(*v), "Direct sales (inside sales team)");
    EXPECT_FALSE(edit::fieldValue(out, at({{"channels", "nope"}}), "name").has_value());
}

TEST(edit_set_field_test, unknown_item_or_field_is_refused) {
    const auto gone =
        edit::setField(saas(), at({{"segments", "nope"}}), "name", FieldValue(std::string("x")), kNow);
    EXPECT_FALSE(gone.ok);
    EXPECT_TRUE(contains(gone.error, "no longer exists")) << gone.error;
    const auto field = edit::setField(saas(), at({{"segments", "seg_small_teams"}}), "colour",
                                      FieldValue(std::string("x")), kNow);
    EXPECT_FALSE(field.ok);
    EXPECT_TRUE(contains(field.error, "no field 'colour'")) << field.error;
}
