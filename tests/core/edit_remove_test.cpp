// removeItem and referencesTo: nothing is removed while something refers to it, unless the
// caller asks to remove the references too (then they are listed first).
#include "edit_fixtures.h"

using namespace sc;
using namespace sc::test;

namespace {
bool listed(const std::vector<edit::Reference>& refs, const std::string& part, bool removed) {
    for (const auto& r : refs)
        if (contains(r.description, part) && r.removed == removed) return true;
    return false;
}
}  // namespace

TEST(edit_remove_test, a_segment_a_promise_refers_to_is_not_removed_and_the_message_names_the_promise) {
    const Document doc = saas();
    const auto seg = at({{"segments", "seg_small_teams"}});
    const auto refs = edit::referencesTo(doc, seg);
    EXPECT_TRUE(listed(refs, "promise 'Try it now', by its segment", true)) << edit::referencesText(refs);
    EXPECT_TRUE(listed(refs, "product-channel pair 'Frameflow Team × Direct sales', by its segment", false))
        << edit::referencesText(refs);
    const auto r = edit::removeItem(doc, seg, false);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(contains(r.error, "Segment 'Small design teams (2–15 people)' is still used by:")) << r.error;
    EXPECT_TRUE(contains(r.error, "promise 'Try it now'")) << r.error;
    EXPECT_EQ(r.document.segments.size(), doc.segments.size());
    EXPECT_EQ(edit::removeItemLabel(doc, seg), "Remove segment 'Small design teams (2–15 people)'");
}

TEST(edit_remove_test, cascade_removes_what_cannot_stand_alone_and_clears_optional_links) {
    const Document doc = saas();
    const auto r = edit::removeItem(doc, at({{"promises", "pr_try_now"}}), true);
    const Document out = ok(r);
    EXPECT_EQ(findById(out.promises, "pr_try_now"), nullptr);
    // Mismatches about the promise go, and the decision about one of them, and that
    // decision's experiment and verification.
    EXPECT_EQ(findById(out.mismatches, "mm-6dfd8d8f"), nullptr);
    EXPECT_EQ(findById(out.decisions, "dec_guided_setup"), nullptr);
    EXPECT_EQ(findById(out.experiments, "exp_guided_page"), nullptr);
    EXPECT_EQ(findById(out.verifications, "ver_direct"), nullptr);
    EXPECT_NE(findById(out.mismatches, "mm_community_audience"), nullptr)
        << "a mismatch not about the promise stays";
    // Pairs lose the promise from their list but stay.
    ASSERT_NE(findById(out.pairs, "pair_team_affiliate"), nullptr);
    EXPECT_EQ(findById(out.pairs, "pair_team_affiliate")->promiseIds,
              std::vector<std::string>{"pr_flat_price"});
    EXPECT_EQ(errorsIn(out), 0u) << listFindings(validateDocument(out));
    const auto refs = edit::referencesTo(doc, at({{"promises", "pr_try_now"}}));
    EXPECT_TRUE(listed(refs, "decision 'Be honest about the guided setup", true))
        << edit::referencesText(refs);
    EXPECT_TRUE(
        listed(refs, "product-channel pair 'Frameflow Team × Affiliate blogs', by its promises", false))
        << edit::referencesText(refs);
}

TEST(edit_remove_test, an_unreferenced_item_is_removed_without_asking) {
    Document doc = saas();
    doc = ok(edit::addItem(doc, {}, "segments", {}, kNow));
    EXPECT_TRUE(edit::referencesTo(doc, at({{"segments", "seg-1"}})).empty());
    const Document out = ok(edit::removeItem(doc, at({{"segments", "seg-1"}}), false));
    EXPECT_EQ(out.segments.size(), doc.segments.size() - 1);
}

TEST(edit_remove_test, removing_a_dimension_clears_the_levels_on_it) {
    const Document doc = saas();
    const auto dim = at({{"dimensions", "buying_motion"}});
    const auto refs = edit::referencesTo(doc, dim);
    EXPECT_TRUE(listed(refs, "promise 'Try it now', by its level on dimension 'buying_motion'", false))
        << edit::referencesText(refs);
    EXPECT_FALSE(edit::removeItem(doc, dim, false).ok);
    const Document out = ok(edit::removeItem(doc, dim, true));
    EXPECT_EQ(out.promises[0].levels.count("buying_motion"), 0u);
    EXPECT_EQ(out.channels[0].levels.count("buying_motion"), 0u);
    EXPECT_EQ(findById(out.mismatches, "mm-6dfd8d8f"), nullptr)
        << "the mismatch on the dimension goes with it";
    EXPECT_EQ(errorsIn(out), 0u) << listFindings(validateDocument(out));
}

TEST(edit_remove_test, removing_a_level_clears_it_where_it_is_used) {
    const Document doc = saas();
    const auto level = at({{"dimensions", "buying_motion"}, {"levels", "sales_led"}});
    const auto refs = edit::referencesTo(doc, level);
    EXPECT_TRUE(listed(refs, "channel 'Direct sales (inside sales team)', by its level", false))
        << edit::referencesText(refs);
    const Document out = ok(edit::removeItem(doc, level, true));
    EXPECT_EQ(out.channels[0].levels.count("buying_motion"), 0u);
    EXPECT_EQ(out.promises[0].levels.at("buying_motion").level, "self_serve");
    EXPECT_EQ(out.dimensions[0].levels.size(), 2u);
}

TEST(edit_remove_test, removing_a_touchpoint_clears_checklist_links_to_it) {
    const Document doc = saas();
    std::string itemTouchpoint;
    for (const auto& d : doc.decisions)
        for (const auto& c : d.checklist)
            if (!c.touchpointId.empty() && itemTouchpoint.empty()) itemTouchpoint = c.touchpointId;
    ASSERT_FALSE(itemTouchpoint.empty());
    // Find who holds the touchpoint.
    edit::Address tp;
    for (const auto& p : doc.promises)
        for (const auto& t : p.touchpoints)
            if (t.id == itemTouchpoint) tp = at({{"promises", p.id}, {"touchpoints", t.id}});
    for (const auto& c : doc.channels)
        for (const auto& t : c.touchpoints)
            if (t.id == itemTouchpoint) tp = at({{"channels", c.id}, {"touchpoints", t.id}});
    ASSERT_FALSE(tp.empty());
    const auto refs = edit::referencesTo(doc, tp);
    EXPECT_TRUE(listed(refs, "checklist item", false)) << edit::referencesText(refs);
    const Document out = ok(edit::removeItem(doc, tp, true));
    for (const auto& d : out.decisions)
        for (const auto& c : d.checklist) EXPECT_NE(c.touchpointId, itemTouchpoint);
    EXPECT_EQ(errorsIn(out), 0u) << listFindings(validateDocument(out));
}

TEST(edit_remove_test, removing_a_partner_lists_its_table_rows) {
    const Document doc = loadSample("partner-program");
    ASSERT_FALSE(doc.partners.empty());
    const std::string id = doc.partners[0].id;
    const auto refs = edit::referencesTo(doc, at({{"partners", id}}));
    EXPECT_TRUE(listed(refs, "deal", true) || listed(refs, "KPI record", true)) << edit::referencesText(refs);
    const Document out = ok(edit::removeItem(doc, at({{"partners", id}}), true));
    for (const auto& d : out.deals) EXPECT_NE(d.partnerId, id);
    for (const auto& k : out.kpiRecords) EXPECT_NE(k.partnerId, id);
    EXPECT_EQ(errorsIn(out), 0u) << listFindings(validateDocument(out));
}

namespace {
// Two promises each with a touchpoint "lp" (ids are unique per list), a checklist item on it.
Document sharedTouchpointIds() {
    Document d = edit::newScorecard(kNow);
    Segment s;
    s.id = "seg";
    s.name = "S";
    d.segments.push_back(s);
    for (const char* id : {"p1", "p2"}) {
        Promise p;
        p.id = id;
        p.name = id;
        p.segmentId = "seg";
        Touchpoint t;
        t.id = "lp";
        t.name = std::string("Page ") + id;
        p.touchpoints.push_back(t);
        d.promises.push_back(p);
    }
    Mismatch m;
    m.id = "mm";
    m.name = "M";
    m.promiseId = "p2";
    d.mismatches.push_back(m);
    Decision dec;
    dec.id = "dec";
    dec.name = "D";
    dec.mismatchId = "mm";
    dec.kind = "change_message";
    ChecklistItem c;
    c.id = "ci";
    c.touchpointId = "lp";
    c.side = "promise";
    dec.checklist.push_back(c);
    d.decisions.push_back(dec);
    return d;
}
}  // namespace

TEST(edit_remove_test, a_namesake_touchpoint_keeps_its_links) {
    const Document d = sharedTouchpointIds();
    ASSERT_EQ(errorsIn(d), 0u);
    const auto tp = at({{"promises", "p1"}, {"touchpoints", "lp"}});
    EXPECT_TRUE(edit::referencesTo(d, tp).empty()) << edit::referencesText(edit::referencesTo(d, tp));
    EXPECT_EQ(ok(edit::removeItem(d, tp, true)).decisions[0].checklist[0].touchpointId, "lp");
    // Removing the whole promise p1 (and its "lp") leaves p2's "lp" linked too.
    EXPECT_EQ(ok(edit::removeItem(d, at({{"promises", "p1"}}), true)).decisions[0].checklist[0].touchpointId,
              "lp");
}

TEST(edit_remove_test, only_list_items_can_be_removed) {
    const auto r = edit::removeItem(saas(), at({{"priority_model", ""}}), true);
    EXPECT_FALSE(r.ok);
    EXPECT_TRUE(contains(r.error, "only items of a list")) << r.error;
}
