// The three-way merge rules on a small hand-made document: one side changed, both the same,
// both differently, additions, deletions against changes, duplicate ids, nested entities,
// plain lists, unknown keys, the "updated" rule, result order, and the merged file's findings.
#include <gtest/gtest.h>

#include "format/document_io.h"
#include "merge_fixtures.h"

using namespace sc;
using mfx::listConflicts;

namespace {

MergeResult merge3(const Document& base, const Document& ours, const Document& theirs,
                   MergeSide prefer = MergeSide::Ours) {
    return mergeDocuments(base, ours, theirs, MergeOptions{prefer});
}

}  // namespace

TEST(merge_rules_test, a_change_on_one_side_only_is_taken) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises[0].text = "Start free in two minutes";
    theirs.promises[1].name = "Talk to a specialist";
    theirs.segments[0].customers = 150;
    const MergeResult r = merge3(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    EXPECT_TRUE(r.clean());
    EXPECT_EQ(r.document.promises[0].text, "Start free in two minutes");
    EXPECT_EQ(r.document.promises[1].name, "Talk to a specialist");
    EXPECT_EQ(r.document.segments[0].customers, 150);
}

TEST(merge_rules_test, the_same_change_on_both_sides_is_no_conflict) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises[0].text = theirs.promises[0].text = "Free forever";
    ours.segments[1].customers = theirs.segments[1].customers = 7;
    const MergeResult r = merge3(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    EXPECT_EQ(saveDocument(r.document), saveDocument(ours));
}

TEST(merge_rules_test, different_changes_to_one_field_conflict_and_the_preferred_side_is_kept) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises[0].text = "Ours: start free";
    theirs.promises[0].text = "Theirs: start in a minute";
    const MergeResult r = merge3(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    const MergeConflict& c = r.conflicts[0];
    EXPECT_EQ(c.kind, ConflictKind::ChangedOnBothSides);
    EXPECT_EQ(c.entityKind, "promise");
    EXPECT_EQ(c.entityId, "pr_try");
    EXPECT_EQ(c.entityName, "Try it now");
    EXPECT_EQ(c.field, "text");
    EXPECT_EQ(c.pointer, "/promises/0/text");
    EXPECT_EQ(c.pointerIn, "merged");
    EXPECT_EQ(c.base, "'Start free, no card'");
    EXPECT_EQ(c.ours, "'Ours: start free'");
    EXPECT_EQ(c.theirs, "'Theirs: start in a minute'");
    EXPECT_EQ(c.kept, MergeSide::Ours);
    EXPECT_FALSE(r.clean());
    EXPECT_EQ(r.document.promises[0].text, "Ours: start free");

    const MergeResult preferTheirs = merge3(base, ours, theirs, MergeSide::Theirs);
    ASSERT_EQ(preferTheirs.conflicts.size(), 1u);
    EXPECT_EQ(preferTheirs.conflicts[0].kept, MergeSide::Theirs);
    EXPECT_EQ(preferTheirs.document.promises[0].text, "Theirs: start in a minute");
}

TEST(merge_rules_test, clearing_a_field_against_a_change_conflicts) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises[0].text.clear();
    theirs.promises[0].text = "Changed";
    const MergeResult r = merge3(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    EXPECT_EQ(r.conflicts[0].ours, "not set");
    EXPECT_EQ(r.document.promises[0].text, "");
}

TEST(merge_rules_test, additions_on_either_side_are_kept_ours_first_then_theirs_in_their_order) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    Segment a, b, c;
    a.id = "seg_a", a.name = "A";
    b.id = "seg_b", b.name = "B";
    c.id = "seg_c", c.name = "C";
    ours.segments.insert(ours.segments.begin(), a);  // ours puts its addition first
    theirs.segments.push_back(c);
    theirs.segments.push_back(b);
    const MergeResult r = merge3(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    std::vector<std::string> ids;
    for (const auto& s : r.document.segments) ids.push_back(s.id);
    EXPECT_EQ(ids, (std::vector<std::string>{"seg_a", "seg_smb", "seg_ent", "seg_c", "seg_b"}));
}

TEST(merge_rules_test, the_same_entity_added_identically_on_both_sides_is_kept_once) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    Segment s;
    s.id = "seg_new", s.name = "New";
    ours.segments.push_back(s);
    theirs.segments.push_back(s);
    const MergeResult r = merge3(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    EXPECT_EQ(r.document.segments.size(), 3u);
}

TEST(merge_rules_test, one_id_added_on_both_sides_for_different_things_is_a_conflict_not_an_overwrite) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    Segment mine, other;
    mine.id = other.id = "seg_new";
    mine.name = "Farm cooperatives";
    other.name = "Vineyards";
    ours.segments.push_back(mine);
    theirs.segments.push_back(other);
    const MergeResult r = merge3(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    const MergeConflict& c = r.conflicts[0];
    EXPECT_EQ(c.kind, ConflictKind::DuplicateId);
    EXPECT_EQ(c.entityKind, "segment");
    EXPECT_EQ(c.entityId, "seg_new");
    EXPECT_EQ(c.field, "");
    EXPECT_EQ(c.pointer, "/segments/2");
    EXPECT_EQ(c.ours, "'Farm cooperatives'");
    EXPECT_EQ(c.theirs, "'Vineyards'");
    ASSERT_EQ(r.document.segments.size(), 3u);
    EXPECT_EQ(r.document.segments[2].name, "Farm cooperatives");
    EXPECT_EQ(merge3(base, ours, theirs, MergeSide::Theirs).document.segments[2].name, "Vineyards");
}

TEST(merge_rules_test, one_id_added_on_both_sides_with_the_same_name_merges_field_by_field) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    Segment s;
    s.id = "seg_new", s.name = "New";
    s.customers = 5;
    ours.segments.push_back(s);
    s.customers = 9;
    s.notes = "from the channel team";
    theirs.segments.push_back(s);
    const MergeResult r = merge3(base, ours, theirs);
    // With no base, a field only one side set is a difference too: what the other side meant is unknown.
    ASSERT_EQ(r.conflicts.size(), 2u) << listConflicts(r);
    EXPECT_EQ(r.conflicts[0].kind, ConflictKind::AddedOnBothSides);
    EXPECT_EQ(r.conflicts[0].pointer, "/segments/2/customers");
    EXPECT_EQ(r.conflicts[0].base, "");
    EXPECT_EQ(r.conflicts[1].pointer, "/segments/2/notes");
    EXPECT_EQ(r.conflicts[1].ours, "not set");
    EXPECT_EQ(r.document.segments[2].customers, 5);
    EXPECT_EQ(r.document.segments[2].notes, "");
}

TEST(merge_rules_test, a_deletion_against_no_change_is_a_deletion) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises.erase(ours.promises.begin() + 1);
    theirs.promises[0].name = "Try it today";
    const MergeResult r = merge3(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    ASSERT_EQ(r.document.promises.size(), 1u);
    EXPECT_EQ(r.document.promises[0].name, "Try it today");
    // Theirs deleting works the same way.
    const MergeResult mirrored = merge3(base, theirs, ours);
    ASSERT_EQ(mirrored.document.promises.size(), 1u);
}

TEST(merge_rules_test, deleted_on_both_sides_is_gone_without_conflict) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises.erase(ours.promises.begin() + 1);
    theirs.promises.erase(theirs.promises.begin() + 1);
    theirs.promises[0].notes = "kept";
    const MergeResult r = merge3(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    ASSERT_EQ(r.document.promises.size(), 1u);
    EXPECT_EQ(r.document.promises[0].notes, "kept");
}

TEST(merge_rules_test, deleted_on_one_side_and_changed_on_the_other_conflicts) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    theirs.promises.erase(theirs.promises.begin() + 1);
    ours.promises[1].text = "A specialist calls within the hour";
    const MergeResult r = merge3(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    const MergeConflict& c = r.conflicts[0];
    EXPECT_EQ(c.kind, ConflictKind::DeletedAndChanged);
    EXPECT_EQ(c.entityId, "pr_demo");
    EXPECT_EQ(c.entityName, "Book a demo");
    EXPECT_EQ(c.base, "'Book a demo'");
    EXPECT_EQ(c.ours, "changed text");
    EXPECT_EQ(c.theirs, "deleted");
    EXPECT_EQ(c.pointer, "/promises/1");
    EXPECT_EQ(c.pointerIn, "merged");
    ASSERT_EQ(r.document.promises.size(), 2u);  // ours (the default) kept its change

    // Preferring theirs, the deletion wins and the pointer names where ours still has it.
    const MergeResult t = merge3(base, ours, theirs, MergeSide::Theirs);
    ASSERT_EQ(t.conflicts.size(), 1u);
    EXPECT_EQ(t.conflicts[0].pointerIn, "ours");
    EXPECT_EQ(t.conflicts[0].pointer, "/promises/1");
    EXPECT_EQ(t.document.promises.size(), 1u);
}

TEST(merge_rules_test, nested_entities_merge_by_id_and_name_the_innermost_entity) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    Touchpoint ad;
    ad.id = "tp_ad", ad.name = "Search ad";
    ours.promises[0].touchpoints.push_back(ad);
    ours.promises[0].touchpoints[1].location = "crm://welcome-v2";
    theirs.promises[0].touchpoints[1].location = "crm://welcome-v3";
    theirs.promises[0].touchpoints[0].owner = "Web team";
    const MergeResult r = merge3(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    EXPECT_EQ(r.conflicts[0].entityKind, "touchpoint");
    EXPECT_EQ(r.conflicts[0].entityId, "tp_email");
    EXPECT_EQ(r.conflicts[0].pointer, "/promises/0/touchpoints/1/location");
    ASSERT_EQ(r.document.promises[0].touchpoints.size(), 3u);
    EXPECT_EQ(r.document.promises[0].touchpoints[0].owner, "Web team");
    EXPECT_EQ(r.document.promises[0].touchpoints[2].id, "tp_ad");
}

TEST(merge_rules_test, plain_lists_take_additions_and_removals_from_both_sides) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.partners[0].approvedSegmentIds = {"seg_smb", "seg_ent"};
    theirs.partners[0].approvedSegmentIds = {"seg_mid"};  // removed seg_smb, added seg_mid
    const MergeResult r = merge3(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    EXPECT_EQ(r.document.partners[0].approvedSegmentIds, (std::vector<std::string>{"seg_ent", "seg_mid"}));
}

TEST(merge_rules_test, contacts_are_matched_by_name) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.partners[0].contacts[0].email = "dana@acme.test";
    theirs.partners[0].contacts[0].role = "partner manager";
    theirs.partners[0].contacts.push_back({"Lee", "sales", "", Json::object()});
    const MergeResult r = merge3(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    ASSERT_EQ(r.document.partners[0].contacts.size(), 2u);
    EXPECT_EQ(r.document.partners[0].contacts[0].email, "dana@acme.test");
    EXPECT_EQ(r.document.partners[0].contacts[0].role, "partner manager");
}

TEST(merge_rules_test, unknown_keys_merge_like_known_ones) {
    Document base = mfx::base();
    base.promises[0].extra["x_owner_team"] = "Growth";
    Document ours = base, theirs = base;
    ours.extra["x_dashboard"] = {{"theme", "dark"}};
    theirs.extra["x_review"] = {{"due", "2026-12-01"}};
    ours.info.extra["x_department"] = "Marketing";
    ours.promises[0].extra["x_owner_team"] = "Brand";
    theirs.promises[0].extra["x_owner_team"] = "Sales";
    theirs.promises[1].extra["x_score"] = 3;
    const MergeResult r = merge3(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    EXPECT_EQ(r.conflicts[0].field, "x_owner_team");
    EXPECT_EQ(r.conflicts[0].pointer, "/promises/0/x_owner_team");
    EXPECT_EQ(r.document.extra.at("x_dashboard").at("theme"), "dark");
    EXPECT_EQ(r.document.extra.at("x_review").at("due"), "2026-12-01");
    EXPECT_EQ(r.document.info.extra.at("x_department"), "Marketing");
    EXPECT_EQ(r.document.promises[0].extra.at("x_owner_team"), "Brand");
    EXPECT_EQ(r.document.promises[1].extra.at("x_score"), 3);
}

TEST(merge_rules_test, document_settings_conflict_as_the_document) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.priorityModel.leadsWeight = 40;
    theirs.priorityModel.leadsWeight = 20;
    const MergeResult r = merge3(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    EXPECT_EQ(r.conflicts[0].entityKind, "document");
    EXPECT_EQ(r.conflicts[0].field, "priority_model/leads_weight");
    EXPECT_EQ(r.conflicts[0].pointer, "/priority_model/leads_weight");
}

TEST(merge_rules_test, updated_timestamps_keep_the_later_time_without_conflict) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises[0].text = "Ours";
    ours.promises[0].updated = "2026-11-20T10:00:00Z";
    theirs.promises[0].name = "Theirs";
    theirs.promises[0].updated = "2026-11-22T08:00:00Z";
    ours.info.updated = "2026-11-23T00:00:00Z";
    theirs.info.updated = "2026-11-21T00:00:00Z";
    const MergeResult r = merge3(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    EXPECT_EQ(r.document.promises[0].updated, "2026-11-22T08:00:00Z");
    EXPECT_EQ(r.document.info.updated, "2026-11-23T00:00:00Z");
}

TEST(merge_rules_test, merging_the_same_inputs_twice_gives_the_same_bytes_and_report) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises[0].text = "Ours";
    theirs.promises[0].text = "Theirs";
    Segment s;
    s.id = "seg_x", s.name = "X";
    theirs.segments.push_back(s);
    ours.deals[1].outcome = "won";
    const MergeResult first = merge3(base, ours, theirs), second = merge3(base, ours, theirs);
    EXPECT_EQ(saveDocument(first.document), saveDocument(second.document));
    ASSERT_EQ(first.conflicts.size(), second.conflicts.size());
    for (std::size_t i = 0; i < first.conflicts.size(); ++i)
        EXPECT_EQ(first.conflicts[i].pointer, second.conflicts[i].pointer);
}

TEST(merge_rules_test, a_promise_kept_on_one_side_pointing_to_a_segment_deleted_on_the_other_is_reported) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    // Ours retires the enterprise segment and its promise; theirs adds a promise for it.
    ours.segments.erase(ours.segments.begin() + 1);
    ours.promises.erase(ours.promises.begin() + 1);
    Promise call;
    call.id = "pr_call", call.name = "Call us", call.segmentId = "seg_ent";
    theirs.promises.push_back(call);
    const MergeResult r = merge3(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    bool found = false;
    for (const auto& f : r.findings)
        if (f.finding.pointer == "/promises/1/segment_id" && f.finding.severity == Severity::Error) {
            found = true;
            EXPECT_TRUE(f.introduced) << f.finding.message;
            EXPECT_NE(f.finding.message.find("seg_ent"), std::string::npos) << f.finding.message;
        }
    EXPECT_TRUE(found);
    EXPECT_FALSE(r.clean());
}

TEST(merge_rules_test, findings_an_input_already_had_are_not_new) {
    Document base = mfx::base();
    base.promises[1].segmentId = "seg_missing";  // broken before anyone merged
    Document ours = base, theirs = base;
    ours.promises[0].text = "Ours";
    const MergeResult r = merge3(base, ours, theirs);
    ASSERT_FALSE(r.findings.empty());
    for (const auto& f : r.findings) EXPECT_FALSE(f.introduced) << f.finding.message;
    EXPECT_TRUE(r.clean());
}

TEST(merge_rules_test, a_file_that_repeats_an_id_merges_its_repeats_in_order) {
    Document base = mfx::base();
    base.segments[1].id = "seg_smb";  // invalid: two segments share an id
    Document ours = base, theirs = base;
    ours.segments[1].customers = 77;  // the second "seg_smb"
    theirs.segments[0].notes = "first";
    const MergeResult r = merge3(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    ASSERT_EQ(r.document.segments.size(), 2u);
    EXPECT_EQ(r.document.segments[0].notes, "first");
    EXPECT_EQ(r.document.segments[1].customers, 77);
    EXPECT_EQ(r.document.segments[1].name, "Enterprises");
}
