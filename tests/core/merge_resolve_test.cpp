// Resolving a merge's conflicts one by one (merge/resolve.h), as the app's Merge window does:
// ours / theirs / a typed value for every kind of conflict, and the fixed rule of
// MergeOptions::prefer as the special case of choosing one side everywhere.
#include <gtest/gtest.h>

#include <set>

#include "format/document_io.h"
#include "merge/resolve.h"
#include "merge_fixtures.h"

using namespace sc;
using mfx::listConflicts;

namespace {

std::vector<ConflictChoice> everywhere(const MergeResult& r, ChoiceKind kind) {
    return std::vector<ConflictChoice>(r.conflicts.size(), ConflictChoice{kind, ""});
}

std::string resolvedBytes(const MergeResult& r, const std::vector<ConflictChoice>& choices) {
    const ResolvedMerge m = resolveMerge(r, choices);
    EXPECT_TRUE(m.ok) << m.error;
    return saveDocument(m.document);
}

// One document pair with a conflict of every kind: a field changed on both sides, a field
// cleared against a change, a nested entity's field, a table cell, a row deleted against a
// change (both ways round), a promise deleted against a change, the same id for two
// different things, a level on a dimension, and a document setting.
struct Sides {
    Document base, ours, theirs;
};
Sides everyKind() {
    Sides s{mfx::base(), {}, {}};
    s.base.promises[0].levels["buying_motion"].level = "self_serve";
    s.ours = s.theirs = s.base;
    s.ours.promises[0].text = "Ours: start free";
    s.theirs.promises[0].text = "Theirs: start in a minute";
    s.ours.segments[0].customers = 130;
    s.theirs.segments[0].customers = 0;                  // cleared on theirs
    s.ours.promises[0].touchpoints[0].location.clear();  // cleared on ours, changed on theirs
    s.theirs.promises[0].touchpoints[0].location = "https://example.com/theirs";
    s.ours.promises[0].touchpoints[1].location = "crm://ours";
    s.theirs.promises[0].touchpoints[1].location = "crm://theirs";
    s.ours.promises[0].levels["buying_motion"].level = "sales_led";
    s.theirs.promises[0].levels["buying_motion"].level = "partner_led";
    s.ours.deals[0].discountBp = 600;
    s.theirs.deals[0].discountBp = 700;
    s.ours.deals.erase(s.ours.deals.begin() + 1);  // ours deletes d2, theirs changes it
    s.theirs.deals[1].quantity = 99;
    s.ours.deals[1].quantity = 42;  // (now d3) ours changes d3, theirs deletes it
    s.theirs.deals.erase(s.theirs.deals.begin() + 2);
    s.theirs.promises.erase(s.theirs.promises.begin() + 1);  // theirs deletes pr_demo, ours changes it
    s.ours.promises[1].text = "A specialist calls within the hour";
    Segment ours3, theirs3;
    ours3.id = theirs3.id = "seg_new";
    ours3.name = "Schools";
    theirs3.name = "Hospitals";
    s.ours.segments.push_back(ours3);
    s.theirs.segments.push_back(theirs3);
    s.ours.priorityModel.leadsWeight = 3;
    s.theirs.priorityModel.leadsWeight = 5;
    return s;
}

std::size_t conflictOn(const MergeResult& r, const std::string& entityId, const std::string& field) {
    for (std::size_t i = 0; i < r.conflicts.size(); ++i)
        if (r.conflicts[i].entityId == entityId && r.conflicts[i].field == field) return i;
    ADD_FAILURE() << "no conflict on " << entityId << " " << field << "\n" << listConflicts(r);
    return 0;
}

}  // namespace

TEST(merge_resolve_test, every_conflict_kind_is_in_the_fixture) {
    const Sides s = everyKind();
    const MergeResult r = mergeDocuments(s.base, s.ours, s.theirs);
    std::set<ConflictKind> kinds;
    for (const auto& c : r.conflicts) kinds.insert(c.kind);
    EXPECT_TRUE(kinds.count(ConflictKind::ChangedOnBothSides));
    EXPECT_TRUE(kinds.count(ConflictKind::DeletedAndChanged));
    EXPECT_TRUE(kinds.count(ConflictKind::DuplicateId));
    EXPECT_GE(r.conflicts.size(), 10u) << listConflicts(r);
    ASSERT_TRUE(r.resolution);
}

TEST(merge_resolve_test, choosing_one_side_everywhere_equals_preferring_it) {
    const Sides s = everyKind();
    const MergeResult preferOurs = mergeDocuments(s.base, s.ours, s.theirs, MergeOptions{MergeSide::Ours});
    const MergeResult preferTheirs =
        mergeDocuments(s.base, s.ours, s.theirs, MergeOptions{MergeSide::Theirs});
    const std::string oursBytes = saveDocument(preferOurs.document);
    const std::string theirsBytes = saveDocument(preferTheirs.document);
    ASSERT_NE(oursBytes, theirsBytes);
    // From either result, whichever rule it was made with.
    for (const MergeResult* r : {&preferOurs, &preferTheirs}) {
        EXPECT_EQ(resolvedBytes(*r, everywhere(*r, ChoiceKind::Ours)), oursBytes);
        EXPECT_EQ(resolvedBytes(*r, everywhere(*r, ChoiceKind::Theirs)), theirsBytes);
    }
    // The findings too.
    const ResolvedMerge m = resolveMerge(preferTheirs, everywhere(preferTheirs, ChoiceKind::Ours));
    ASSERT_EQ(m.findings.size(), preferOurs.findings.size());
    for (std::size_t i = 0; i < m.findings.size(); ++i) {
        EXPECT_EQ(m.findings[i].finding.message, preferOurs.findings[i].finding.message);
        EXPECT_EQ(m.findings[i].introduced, preferOurs.findings[i].introduced);
    }
}

TEST(merge_resolve_test, two_way_choosing_one_side_everywhere_equals_preferring_it) {
    const Sides s = everyKind();
    const MergeResult ours = mergeTwoWay(s.ours, s.theirs, MergeOptions{MergeSide::Ours});
    const MergeResult theirs = mergeTwoWay(s.ours, s.theirs, MergeOptions{MergeSide::Theirs});
    ASSERT_FALSE(ours.conflicts.empty());
    std::set<ConflictKind> kinds;
    for (const auto& c : ours.conflicts) kinds.insert(c.kind);
    EXPECT_TRUE(kinds.count(ConflictKind::AddedOnBothSides));
    EXPECT_EQ(resolvedBytes(ours, everywhere(ours, ChoiceKind::Theirs)), saveDocument(theirs.document));
    EXPECT_EQ(resolvedBytes(theirs, everywhere(theirs, ChoiceKind::Ours)), saveDocument(ours.document));
}

TEST(merge_resolve_test, each_conflict_takes_its_own_choice) {
    const Sides s = everyKind();
    const MergeResult r = mergeDocuments(s.base, s.ours, s.theirs);
    auto choices = everywhere(r, ChoiceKind::Ours);
    choices[conflictOn(r, "pr_try", "text")] = {ChoiceKind::Theirs, ""};
    choices[conflictOn(r, "seg_smb", "customers")] = {ChoiceKind::Theirs, ""};  // cleared
    choices[conflictOn(r, "tp_email", "location")] = {ChoiceKind::Edited, "crm://both"};
    choices[conflictOn(r, "d1", "discount_bp")] = {ChoiceKind::Edited, "650"};
    choices[conflictOn(r, "pr_try", "levels/buying_motion")] = {ChoiceKind::Theirs, ""};
    choices[conflictOn(r, "d2", "")] = {ChoiceKind::Theirs, ""};       // keep theirs' changed row
    choices[conflictOn(r, "d3", "")] = {ChoiceKind::Theirs, ""};       // theirs deleted it
    choices[conflictOn(r, "pr_demo", "")] = {ChoiceKind::Theirs, ""};  // theirs deleted it
    choices[conflictOn(r, "seg_new", "")] = {ChoiceKind::Theirs, ""};
    choices[conflictOn(r, "", "priority_model/leads_weight")] = {ChoiceKind::Edited, "4"};
    const ResolvedMerge m = resolveMerge(r, choices);
    ASSERT_TRUE(m.ok) << m.error;
    const Document& d = m.document;
    ASSERT_EQ(d.promises.size(), 1u);
    EXPECT_EQ(d.promises[0].text, "Theirs: start in a minute");
    EXPECT_EQ(d.promises[0].levels.at("buying_motion").level, "partner_led");
    EXPECT_EQ(d.promises[0].touchpoints[1].location, "crm://both");
    EXPECT_EQ(d.promises[0].touchpoints[0].location, "");  // ours: not set
    EXPECT_EQ(d.segments[0].customers, 0);
    ASSERT_EQ(d.segments.size(), 3u);
    EXPECT_EQ(d.segments[2].name, "Hospitals");
    ASSERT_EQ(d.deals.size(), 2u);
    EXPECT_EQ(d.deals[0].id, "d1");
    EXPECT_EQ(d.deals[0].discountBp, 650);
    EXPECT_EQ(d.deals[1].id, "d2");
    EXPECT_EQ(d.deals[1].quantity, 99);
    EXPECT_EQ(d.priorityModel.leadsWeight, 4);

    // The other way round for the whole entities: ours deleted d2, ours changed d3 and pr_demo.
    choices[conflictOn(r, "d2", "")] = {ChoiceKind::Ours, ""};
    choices[conflictOn(r, "d3", "")] = {ChoiceKind::Ours, ""};
    choices[conflictOn(r, "pr_demo", "")] = {ChoiceKind::Ours, ""};
    choices[conflictOn(r, "seg_new", "")] = {ChoiceKind::Ours, ""};
    const ResolvedMerge o = resolveMerge(r, choices);
    ASSERT_TRUE(o.ok) << o.error;
    ASSERT_EQ(o.document.deals.size(), 2u);
    EXPECT_EQ(o.document.deals[1].id, "d3");
    EXPECT_EQ(o.document.deals[1].quantity, 42);
    ASSERT_EQ(o.document.promises.size(), 2u);
    EXPECT_EQ(o.document.promises[1].text, "A specialist calls within the hour");
    EXPECT_EQ(o.document.segments[2].name, "Schools");
}

TEST(merge_resolve_test, a_conflict_carries_both_values_and_its_field) {
    const Sides s = everyKind();
    const MergeResult r = mergeDocuments(s.base, s.ours, s.theirs);
    const MergeConflict& text = r.conflicts[conflictOn(r, "pr_try", "text")];
    EXPECT_EQ(conflictValueText(text, MergeSide::Ours), "Ours: start free");
    EXPECT_EQ(conflictValueText(text, MergeSide::Theirs), "Theirs: start in a minute");
    ASSERT_TRUE(conflictField(text));
    EXPECT_EQ(conflictField(text)->label, "Core promise");
    EXPECT_TRUE(canEditConflict(text));

    const MergeConflict& cleared = r.conflicts[conflictOn(r, "seg_smb", "customers")];
    EXPECT_EQ(conflictValueText(cleared, MergeSide::Ours), "130");
    EXPECT_EQ(conflictValueText(cleared, MergeSide::Theirs), "0");  // numbers are always written
    EXPECT_EQ(conflictField(cleared)->kind, FieldKind::Integer);

    const MergeConflict& unset = r.conflicts[conflictOn(r, "tp_landing", "location")];
    EXPECT_FALSE(unset.oursValue);
    EXPECT_EQ(unset.ours, "not set");
    EXPECT_EQ(conflictValueText(unset, MergeSide::Ours), "");
    EXPECT_EQ(unset.slotKind, MergeConflict::Slot::Key);

    const MergeConflict& cell = r.conflicts[conflictOn(r, "d1", "discount_bp")];
    EXPECT_EQ(cell.slotKind, MergeConflict::Slot::Cell);
    EXPECT_EQ(conflictField(cell)->kind, FieldKind::BasisPoints);
    EXPECT_EQ(conflictValueText(cell, MergeSide::Theirs), "700");

    const MergeConflict& level = r.conflicts[conflictOn(r, "pr_try", "levels/buying_motion")];
    EXPECT_TRUE(canEditConflict(level));
    EXPECT_EQ(conflictField(level)->label, "Level");
    EXPECT_EQ(conflictValueText(level, MergeSide::Theirs), "partner_led");

    const MergeConflict& deleted = r.conflicts[conflictOn(r, "pr_demo", "")];
    EXPECT_EQ(deleted.slotKind, MergeConflict::Slot::Item);
    EXPECT_TRUE(deleted.oursValue);
    EXPECT_FALSE(deleted.theirsValue);
    EXPECT_FALSE(canEditConflict(deleted));
    EXPECT_FALSE(conflictField(deleted));
}

TEST(merge_resolve_test, a_typed_value_that_does_not_fit_the_field_is_refused_naming_the_conflict) {
    const Sides s = everyKind();
    const MergeResult r = mergeDocuments(s.base, s.ours, s.theirs);
    auto tryEdit = [&](std::size_t at, const std::string& text) {
        auto choices = everywhere(r, ChoiceKind::Ours);
        choices[at] = {ChoiceKind::Edited, text};
        return resolveMerge(r, choices);
    };
    const std::size_t customers = conflictOn(r, "seg_smb", "customers");
    ResolvedMerge m = tryEdit(customers, "12x");
    EXPECT_FALSE(m.ok);
    EXPECT_EQ(m.conflict, customers);
    EXPECT_NE(m.error.find("segment 'Small businesses' (id seg_smb), field customers"), std::string::npos)
        << m.error;
    EXPECT_NE(m.error.find("'12x' is not a whole number"), std::string::npos) << m.error;
    EXPECT_TRUE(tryEdit(customers, "150").ok);
    EXPECT_EQ(tryEdit(customers, "150").document.segments[0].customers, 150);
    EXPECT_EQ(tryEdit(customers, "").document.segments[0].customers, 0);  // not set

    const std::size_t deal = conflictOn(r, "d1", "discount_bp");
    EXPECT_FALSE(tryEdit(deal, "6.5%").ok);
    // A whole entity cannot be typed.
    m = tryEdit(conflictOn(r, "seg_new", ""), "Schools");
    EXPECT_FALSE(m.ok);
    EXPECT_NE(m.error.find("choose ours or theirs"), std::string::npos) << m.error;
    // Not one choice per conflict.
    EXPECT_FALSE(resolveMerge(r, {}).ok);
}

TEST(merge_resolve_test, typed_values_are_read_by_the_fields_kind) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises[0].name = "Ours";
    theirs.promises[0].name = "Theirs";
    ours.partners[0].approvedSegmentIds = {"seg_smb", "seg_ent"};
    theirs.partners[0].approvedSegmentIds = {};
    ours.kpiRecords[0].period = "2026-07";
    theirs.kpiRecords[0].period = "2026-08";
    const MergeResult r = mergeDocuments(base, ours, theirs);
    const MergeConflict& name = r.conflicts[conflictOn(r, "pr_try", "name")];
    EXPECT_FALSE(conflictValueFromText(name, "").ok);  // a required field
    EXPECT_EQ(conflictValueFromText(name, "").error, "Name is required");
    EXPECT_EQ(*conflictValueFromText(name, "Both").value, "Both");
    const MergeConflict& period = r.conflicts[conflictOn(r, "k1", "period")];
    EXPECT_FALSE(conflictValueFromText(period, "2026-13").ok);
    EXPECT_TRUE(conflictValueFromText(period, "2026-09").ok);
    for (const auto& c : r.conflicts)
        if (c.field == "approved_segment_ids") {
            EXPECT_EQ(conflictValueText(c, MergeSide::Ours), "seg_smb\nseg_ent");
            const TypedValue v = conflictValueFromText(c, "seg_ent\n\nseg_smb\n");
            ASSERT_TRUE(v.ok);
            EXPECT_EQ(*v.value, Json::array({"seg_ent", "seg_smb"}));
        }
}

TEST(merge_resolve_test, findings_a_resolution_introduces_are_marked) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises[0].segmentId = "seg_ent";
    theirs.promises[0].segmentId = "seg_missing";  // nothing has this id: theirs' own finding
    const MergeResult r = mergeDocuments(base, ours, theirs);
    const std::size_t at = conflictOn(r, "pr_try", "segment_id");
    std::vector<ConflictChoice> choices(r.conflicts.size());
    choices[at] = {ChoiceKind::Edited, "seg_nowhere"};
    const ResolvedMerge m = resolveMerge(r, choices);
    ASSERT_TRUE(m.ok) << m.error;
    bool introduced = false;
    for (const auto& f : m.findings)
        if (f.introduced && f.finding.message.find("seg_nowhere") != std::string::npos) introduced = true;
    EXPECT_TRUE(introduced);
}

TEST(merge_resolve_test, tables_with_different_columns_resolve_by_column_name) {
    Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.deals[0].extra["x_crm_ref"] = "SF-1";
    theirs.deals[1].extra["x_region"] = "EU";
    ours.deals[2].discountBp = 200;
    theirs.deals[2].discountBp = 900;
    const MergeResult r = mergeDocuments(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    EXPECT_EQ(r.conflicts[0].slotKind, MergeConflict::Slot::Key);
    EXPECT_EQ(r.conflicts[0].pointer, "/deals/rows/2/9");  // the report still names the file cell
    const ResolvedMerge t = resolveMerge(r, {{ChoiceKind::Theirs, ""}});
    ASSERT_TRUE(t.ok) << t.error;
    EXPECT_EQ(t.document.deals[2].discountBp, 900);
    EXPECT_EQ(t.document.deals[0].extra.at("x_crm_ref"), "SF-1");
    EXPECT_EQ(t.document.deals[1].extra.at("x_region"), "EU");
    EXPECT_EQ(resolveMerge(r, {{ChoiceKind::Edited, ""}}).document.deals[2].discountBp, 0);
}

TEST(merge_resolve_test, a_merge_without_conflicts_resolves_to_itself) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises[0].text = "Changed on ours only";
    const MergeResult r = mergeDocuments(base, ours, theirs);
    ASSERT_TRUE(r.conflicts.empty());
    EXPECT_FALSE(r.resolution);
    const ResolvedMerge m = resolveMerge(r, {});
    ASSERT_TRUE(m.ok);
    EXPECT_EQ(saveDocument(m.document), saveDocument(r.document));
}
