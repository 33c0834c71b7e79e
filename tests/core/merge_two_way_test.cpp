// The two-way merge (two files received by email, no common base): the union by id, and the
// same id with different content is a conflict; nothing is ever deleted.
#include <gtest/gtest.h>

#include "format/document_io.h"
#include "merge_fixtures.h"

using namespace sc;
using mfx::listConflicts;

TEST(merge_two_way_test, entities_of_either_file_are_kept_by_id) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises.erase(ours.promises.begin());  // not a deletion: there is no base to tell
    Segment s;
    s.id = "seg_new", s.name = "New";
    theirs.segments.push_back(s);
    theirs.deals.push_back(mfx::deal("d9", "Berg", 0));
    const MergeResult r = mergeTwoWay(ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    ASSERT_EQ(r.document.promises.size(), 2u);
    EXPECT_EQ(r.document.promises[0].id, "pr_demo");  // ours' order first, then theirs' others
    EXPECT_EQ(r.document.promises[1].id, "pr_try");
    EXPECT_EQ(r.document.segments.size(), 3u);
    EXPECT_EQ(r.document.deals.size(), 4u);
}

TEST(merge_two_way_test, the_same_id_with_different_content_is_a_conflict) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.promises[0].text = "Ours";
    theirs.promises[0].text = "Theirs";
    theirs.deals[0].outcome = "won";
    const MergeResult r = mergeTwoWay(ours, theirs, MergeOptions{MergeSide::Theirs});
    ASSERT_EQ(r.conflicts.size(), 2u) << listConflicts(r);
    EXPECT_EQ(r.conflicts[0].kind, ConflictKind::AddedOnBothSides);
    EXPECT_EQ(r.conflicts[0].pointer, "/promises/0/text");
    EXPECT_EQ(r.conflicts[0].base, "");
    EXPECT_EQ(r.conflicts[1].pointer, "/deals/rows/0/11");
    EXPECT_EQ(r.conflicts[1].ours, "'open'");
    EXPECT_EQ(r.document.promises[0].text, "Theirs");
    EXPECT_EQ(r.document.deals[0].outcome, "won");
}

TEST(merge_two_way_test, one_id_for_different_things_is_a_duplicate_id_conflict) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    theirs.segments[1].name = "Mid-market";
    theirs.segments[1].customers = 40;
    const MergeResult r = mergeTwoWay(ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    EXPECT_EQ(r.conflicts[0].kind, ConflictKind::DuplicateId);
    EXPECT_EQ(r.conflicts[0].entityId, "seg_ent");
    EXPECT_EQ(r.document.segments[1].name, "Enterprises");
    EXPECT_EQ(r.document.segments[1].customers, 120);  // ours whole, not a mix
}
