// File > Merge… window logic: two-way until a common ancestor is chosen, the summary, each
// conflict in words with its field's label, the choices (ours / theirs / a typed value checked
// against the field), the findings the merge would introduce, and Apply as one command
// through History named "Merge <file>" — one Undo step back to the document before.
#include <gtest/gtest.h>

#include "format/document_io.h"
#include "logic/merge_files.h"
#include "test_util.h"

using namespace sc;
using namespace sc::web;

namespace {

struct Fixture {
    Document base = sc::test::loadSample("partner-program");
    Document ours = base;
    Document theirs = base;
    Fixture() {
        ours.info.title = "Ours title";
        theirs.info.title = "Theirs title";
        theirs.partners[0].name = "Renamed by theirs";
        ours.segments[0].customers = 111;
        theirs.segments[0].customers = 222;
    }
};

History historyOf(const Document& doc) {
    History h;
    h.reset(doc);
    return h;
}

std::size_t conflictOn(const MergeFiles& m, const std::string& field) {
    for (std::size_t i = 0; i < m.merge.conflicts.size(); ++i)
        if (m.merge.conflicts[i].field == field) return i;
    ADD_FAILURE() << "no conflict on " << field;
    return 0;
}

}  // namespace

TEST(merge_files_test, two_way_until_a_common_ancestor_is_chosen) {
    Fixture f;
    History history = historyOf(f.ours);
    MergeFiles m = startMerge(history.headSnapshot(), f.theirs, "theirs.scorecard.json");
    EXPECT_EQ(mergeWindowTitle(m), "Merge theirs.scorecard.json");
    EXPECT_NE(mergeModeText(m).find("Two-way merge"), std::string::npos);
    EXPECT_FALSE(m.base);
    // Two-way: the renamed partner is the same id set differently, also a conflict.
    const std::size_t twoWayConflicts = m.merge.conflicts.size();
    EXPECT_GE(twoWayConflicts, 3u);

    setMergeBase(m, f.base, "base.scorecard.json");
    EXPECT_NE(mergeModeText(m).find("Three-way merge: what changed since base.scorecard.json"),
              std::string::npos);
    ASSERT_EQ(m.merge.conflicts.size(), 2u);  // the title and the customers; the rename is theirs' alone
    EXPECT_EQ(m.choices.size(), 2u);
    EXPECT_EQ(mergeSummary(m), "1 change taken from theirs.scorecard.json, 2 conflicts");
}

TEST(merge_files_test, a_conflict_is_shown_side_by_side_in_words) {
    Fixture f;
    History history = historyOf(f.ours);
    MergeFiles m = startMerge(history.headSnapshot(), f.theirs, "theirs.scorecard.json");
    setMergeBase(m, f.base, "base.scorecard.json");
    const std::size_t at = conflictOn(m, "customers");
    const MergeConflictRow row = mergeConflictRow(m, at);
    EXPECT_EQ(row.entity, "Segment '" + f.base.segments[0].name + "' (" + f.base.segments[0].id + ")");
    EXPECT_EQ(row.field, "Customers");
    EXPECT_EQ(row.what, "changed on both sides");
    EXPECT_EQ(row.base, std::to_string(f.base.segments[0].customers));
    EXPECT_EQ(row.ours, "111");
    EXPECT_EQ(row.theirs, "222");
    EXPECT_TRUE(row.editable);
    EXPECT_EQ(choiceLabel(m, at, ChoiceKind::Theirs), "Theirs");
}

TEST(merge_files_test, choices_decide_what_apply_produces_in_one_undo_step) {
    Fixture f;
    History history = historyOf(f.ours);
    const std::string before = saveDocument(history.head());
    MergeFiles m = startMerge(history.headSnapshot(), f.theirs, "theirs.scorecard.json");
    setMergeBase(m, f.base, "base.scorecard.json");
    chooseSide(m, conflictOn(m, "info/title"), MergeSide::Theirs);
    const std::size_t customers = conflictOn(m, "customers");
    chooseEdit(m, customers);
    EXPECT_EQ(m.choices[customers].text, "111");  // Edit starts from ours' value
    setEditText(m, customers, "lots");
    EXPECT_FALSE(canApplyMerge(m));
    EXPECT_NE(applyRefusal(m).find("'lots' is not a whole number"), std::string::npos) << applyRefusal(m);
    setEditText(m, customers, "333");
    EXPECT_TRUE(canApplyMerge(m)) << applyRefusal(m);

    CommandQueue queue;
    queue.push(mergeCommand(m));
    const ApplyResult r = applyCommands(history, queue);
    ASSERT_EQ(r.applied, 1) << r.error;
    EXPECT_EQ(history.head().info.title, "Theirs title");
    EXPECT_EQ(history.head().segments[0].customers, 333);
    EXPECT_EQ(history.head().partners[0].name, "Renamed by theirs");
    EXPECT_EQ(history.undoLabel(), "Merge theirs.scorecard.json");
    history.undo();
    EXPECT_EQ(saveDocument(history.head()), before);
}

TEST(merge_files_test, apply_is_refused_once_the_open_document_changed) {
    Fixture f;
    History history = historyOf(f.ours);
    MergeFiles m = startMerge(history.headSnapshot(), f.theirs, "theirs.scorecard.json");
    Document edited = history.head();
    edited.info.title = "Edited meanwhile";
    history.commit(edited, "Edit title");
    CommandQueue queue;
    queue.push(mergeCommand(m));
    const ApplyResult r = applyCommands(history, queue);
    EXPECT_TRUE(r.refused);
    EXPECT_EQ(history.head().info.title, "Edited meanwhile");
}

TEST(merge_files_test, findings_the_merge_would_introduce_follow_the_choices) {
    Fixture f;
    f.ours.promises[0].segmentId = f.base.segments[1].id;
    f.theirs.promises[0].segmentId = f.base.segments[0].id == f.base.promises[0].segmentId
                                         ? f.base.segments[1].id + "x"
                                         : f.base.segments[0].id + "x";
    History history = historyOf(f.ours);
    MergeFiles m = startMerge(history.headSnapshot(), f.theirs, "theirs.scorecard.json");
    setMergeBase(m, f.base, "base.scorecard.json");
    const std::size_t at = conflictOn(m, "segment_id");
    EXPECT_TRUE(introducedFindings(m).empty());
    chooseEdit(m, at);
    setEditText(m, at, "seg_nowhere");
    const auto findings = introducedFindings(m);
    ASSERT_FALSE(findings.empty());
    EXPECT_NE(findings[0].find("seg_nowhere"), std::string::npos) << findings[0];
    chooseSide(m, at, MergeSide::Ours);
    EXPECT_TRUE(introducedFindings(m).empty());
}
