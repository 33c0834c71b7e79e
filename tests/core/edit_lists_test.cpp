// addItem, duplicateItem, moveItem: items of any described list, with fresh ids.
#include "edit_fixtures.h"

using namespace sc;
using namespace sc::test;
using sc::edit::FieldValue;

TEST(edit_lists_test, adds_a_segment_with_a_fresh_id_name_and_timestamps) {
    const Document doc = saas();
    const auto r = edit::addItem(doc, {}, "segments", {}, kNow);
    const Document out = ok(r);
    ASSERT_EQ(out.segments.size(), doc.segments.size() + 1);
    const Segment& s = out.segments.back();
    EXPECT_EQ(r.id, "seg-1");
    EXPECT_EQ(s.id, "seg-1");
    EXPECT_EQ(s.name, "New segment");
    EXPECT_EQ(s.created, kNow);
    EXPECT_EQ(edit::addItemLabel(doc, {}, "segments"), "Add segment");
    // A second one gets the next id.
    EXPECT_EQ(edit::addItem(out, {}, "segments", {}, kNow).id, "seg-2");
    EXPECT_EQ(errorsIn(out), errorsIn(doc));
}

TEST(edit_lists_test, a_promise_needs_a_segment_first) {
    Document empty;
    empty.info.title = "Blank";
    EXPECT_EQ(edit::whyCannotAdd(empty, {}, "promises"),
              "add a segment first: every promise belongs to a segment");
    const auto r = edit::addItem(empty, {}, "promises", {}, kNow);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(contains(r.error, "Add a segment first")) << r.error;
    EXPECT_EQ(edit::whyCannotAdd(empty, {}, "segments"), "");
    // With a segment the promise belongs to it (the first, unless told otherwise).
    const Document withSegment = ok(edit::addItem(empty, {}, "segments", {}, kNow));
    const Document out = ok(
        edit::addItem(withSegment, {}, "promises", {{"name", FieldValue(std::string("Try it now"))}}, kNow));
    EXPECT_EQ(out.promises[0].segmentId, "seg-1");
    EXPECT_EQ(out.promises[0].name, "Try it now");
    EXPECT_EQ(errorsIn(out), 0u);
}

TEST(edit_lists_test, a_pair_needs_a_product_and_a_channel) {
    Document doc;
    doc.info.title = "Blank";
    doc = ok(edit::addItem(doc, {}, "products", {}, kNow));
    EXPECT_EQ(edit::whyCannotAdd(doc, {}, "pairs"),
              "add a channel first: every product-channel pair belongs to a channel");
}

TEST(edit_lists_test, adds_nested_items_with_ids_unique_across_the_document) {
    const Document doc = saas();
    const auto r = edit::addItem(doc, at({{"promises", "pr_try_now"}}), "touchpoints",
                                 {{"kind", FieldValue(std::string("ad"))}}, kNow);
    const Document out = ok(r);
    EXPECT_EQ(out.promises[0].touchpoints.back().id, r.id);
    EXPECT_EQ(out.promises[0].touchpoints.back().kind, "ad");
    EXPECT_EQ(edit::addItemLabel(doc, at({{"promises", "pr_try_now"}}), "touchpoints"),
              "Add touchpoint to promise 'Try it now'");
    // An initial value that is refused refuses the whole add.
    const auto bad =
        edit::addItem(doc, {}, "mismatches", {{"severity", FieldValue(std::string("huge"))}}, kNow);
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.document.mismatches.size(), doc.mismatches.size());
}

TEST(edit_lists_test, adds_a_level_to_a_dimension) {
    const Document out = ok(edit::addItem(saas(), at({{"dimensions", "buying_motion"}}), "levels",
                                          {{"name", FieldValue(std::string("Partner-led"))}}, kNow));
    EXPECT_EQ(out.dimensions[0].levels.back().name, "Partner-led");
    EXPECT_EQ(out.dimensions[0].levels.back().id, "level-1");
}

TEST(edit_lists_test, duplicates_a_promise_with_new_ids_for_everything_it_holds) {
    const Document doc = saas();
    const auto r = edit::duplicateItem(doc, at({{"promises", "pr_try_now"}}), kNow);
    const Document out = ok(r);
    ASSERT_EQ(out.promises.size(), doc.promises.size() + 1);
    const Promise& copy = out.promises[1];  // right after the original
    EXPECT_EQ(copy.id, r.id);
    EXPECT_NE(copy.id, "pr_try_now");
    EXPECT_EQ(copy.name, "Try it now (copy)");
    EXPECT_EQ(copy.text, doc.promises[0].text);
    ASSERT_EQ(copy.touchpoints.size(), doc.promises[0].touchpoints.size());
    for (std::size_t i = 0; i < copy.touchpoints.size(); ++i)
        EXPECT_NE(copy.touchpoints[i].id, doc.promises[0].touchpoints[i].id);
    EXPECT_EQ(errorsIn(out), errorsIn(doc)) << "no duplicate ids";
    EXPECT_EQ(edit::duplicateItemLabel(doc, at({{"promises", "pr_try_now"}})),
              "Duplicate promise 'Try it now'");
}

TEST(edit_lists_test, moves_channel_steps_and_refuses_past_the_ends) {
    const Document doc = saas();
    const auto step = at({{"channels", "ch_direct_sales"}, {"steps", "st_ds_call"}});
    EXPECT_TRUE(edit::canMove(doc, step, -1));
    EXPECT_TRUE(edit::canMove(doc, step, +1));
    const Document up = ok(edit::moveItem(doc, step, -1));
    EXPECT_EQ(up.channels[0].steps[0].id, "st_ds_call");
    EXPECT_EQ(up.channels[0].steps[1].id, "st_ds_form");
    EXPECT_FALSE(edit::canMove(up, step, -1));
    const auto refused = edit::moveItem(up, step, -1);
    EXPECT_FALSE(refused.ok);
    EXPECT_TRUE(contains(refused.error, "cannot move up any further")) << refused.error;
    const Document down = ok(edit::moveItem(doc, step, +2));
    EXPECT_EQ(down.channels[0].steps[3].id, "st_ds_call");
    EXPECT_EQ(edit::moveItemLabel(doc, step, -1),
              "Move up channel step 'SDR calls the lead within 24 hours' of channel 'Direct sales (inside "
              "sales team)'");
}

TEST(edit_lists_test, a_new_scorecard_has_the_built_in_dimensions_and_nothing_else) {
    const Document doc = edit::newScorecard(kNow);
    EXPECT_EQ(doc.info.title, "Untitled scorecard");
    EXPECT_EQ(doc.info.created, kNow);
    EXPECT_GE(doc.dimensions.size(), 11u);
    EXPECT_NE(findById(doc.dimensions, "buying_motion"), nullptr);
    EXPECT_TRUE(doc.segments.empty() && doc.promises.empty() && doc.channels.empty() &&
                doc.mismatches.empty());
    EXPECT_EQ(validateDocument(doc).size(), 0u) << listFindings(validateDocument(doc));
    // It saves and reads back as the same canonical bytes.
    const std::string saved = saveDocument(doc);
    const LoadResult again = loadDocument(saved);
    ASSERT_TRUE(again.ok) << again.error;
    EXPECT_EQ(saveDocument(again.document), saved);
}
