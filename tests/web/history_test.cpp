// The app's snapshot undo (web/logic/history) is plain C++ over the core Document, so it is
// tested natively: every edit path in the app goes through it.
#include <gtest/gtest.h>

#include "logic/history.h"

namespace {

sc::Document titled(const std::string& title) {
    sc::Document d;
    d.info.title = title;
    return d;
}

}  // namespace

TEST(history_test, starts_with_nothing_to_undo_or_redo) {
    sc::web::History h;
    EXPECT_FALSE(h.canUndo());
    EXPECT_FALSE(h.canRedo());
    EXPECT_FALSE(h.undo());
    EXPECT_FALSE(h.redo());
    EXPECT_EQ(h.undoLabel(), "");
}

TEST(history_test, undo_and_redo_walk_the_snapshots_with_their_labels) {
    sc::web::History h;
    h.reset(titled("A"));
    h.commit(titled("B"), "renamed to B");
    h.commit(titled("C"), "renamed to C");
    EXPECT_EQ(h.head().info.title, "C");
    EXPECT_EQ(h.undoLabel(), "renamed to C");

    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.head().info.title, "B");
    EXPECT_EQ(h.redoLabel(), "renamed to C");
    EXPECT_EQ(h.undoLabel(), "renamed to B");

    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.head().info.title, "A");
    EXPECT_FALSE(h.canUndo());

    ASSERT_TRUE(h.redo());
    ASSERT_TRUE(h.redo());
    EXPECT_EQ(h.head().info.title, "C");
    EXPECT_FALSE(h.canRedo());
}

TEST(history_test, a_new_edit_after_undo_drops_the_redo_branch) {
    sc::web::History h;
    h.reset(titled("A"));
    h.commit(titled("B"), "b");
    ASSERT_TRUE(h.undo());
    h.commit(titled("D"), "d");
    EXPECT_FALSE(h.canRedo());
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.head().info.title, "A");
}

TEST(history_test, snapshots_are_not_changed_by_later_edits) {
    sc::web::History h;
    h.reset(titled("A"));
    auto before = h.headSnapshot();
    h.commit(titled("B"), "b");
    EXPECT_EQ(before->info.title, "A");
}

TEST(history_test, reset_forgets_both_stacks) {
    sc::web::History h;
    h.reset(titled("A"));
    h.commit(titled("B"), "b");
    ASSERT_TRUE(h.undo());
    h.reset(titled("Other file"));
    EXPECT_FALSE(h.canUndo());
    EXPECT_FALSE(h.canRedo());
    EXPECT_EQ(h.head().info.title, "Other file");
}

TEST(history_test, a_reset_document_is_clean_and_an_edit_makes_it_dirty) {
    sc::web::History h;
    EXPECT_FALSE(h.isDirty());
    h.reset(titled("A"));
    EXPECT_FALSE(h.isDirty());
    h.commit(titled("B"), "b");
    EXPECT_TRUE(h.isDirty());
}

TEST(history_test, undo_back_to_the_saved_point_is_clean_again) {
    sc::web::History h;
    h.reset(titled("A"));
    h.commit(titled("B"), "b");
    h.markSaved();
    EXPECT_FALSE(h.isDirty());
    h.commit(titled("C"), "c");
    EXPECT_TRUE(h.isDirty());
    ASSERT_TRUE(h.undo());
    EXPECT_FALSE(h.isDirty()) << "B is what was saved";
    ASSERT_TRUE(h.undo());
    EXPECT_TRUE(h.isDirty()) << "A differs from the saved B";
    ASSERT_TRUE(h.redo());
    EXPECT_FALSE(h.isDirty());
}

TEST(history_test, an_edit_equal_in_content_is_still_a_new_snapshot_and_dirty) {
    // Dirty tracking compares snapshots, not contents: committing is an edit.
    sc::web::History h;
    h.reset(titled("A"));
    h.commit(titled("A"), "same");
    EXPECT_TRUE(h.isDirty());
}

TEST(history_test, mark_unsaved_makes_every_head_dirty_until_the_next_save) {
    sc::web::History h;
    h.reset(titled("Restored"));
    h.markUnsaved();
    EXPECT_TRUE(h.isDirty());
    h.commit(titled("Edited"), "e");
    ASSERT_TRUE(h.undo());
    EXPECT_TRUE(h.isDirty());
    h.markSaved();
    EXPECT_FALSE(h.isDirty());
    h.reset(titled("Other"));
    EXPECT_FALSE(h.isDirty());
}

namespace {

// A history holding `edits` commits after reset("0"): titles "1".."<edits>", labels "edit <n>".
sc::web::History withEdits(std::size_t edits) {
    sc::web::History h;
    h.reset(titled("0"));
    for (std::size_t n = 1; n <= edits; ++n) h.commit(titled(std::to_string(n)), "edit " + std::to_string(n));
    return h;
}

}  // namespace

TEST(history_test, the_undo_stack_stops_at_its_cap_and_forgets_the_oldest) {
    constexpr std::size_t cap = sc::web::History::kMaxUndoSteps;
    static_assert(cap >= 50, "enough undo for work by hand");
    sc::web::History h = withEdits(cap + 5);
    EXPECT_EQ(h.undoDepth(), cap);
    EXPECT_EQ(h.undoLabel(), "edit " + std::to_string(cap + 5));

    std::size_t undone = 0;
    while (h.undo()) ++undone;
    EXPECT_EQ(undone, cap);
    // Edits 1..5 fell off: the oldest head reachable is the document after edit 5.
    EXPECT_EQ(h.head().info.title, "5");
    EXPECT_EQ(h.undoLabel(), "");
    EXPECT_EQ(h.redoLabel(), "edit 6");
    EXPECT_EQ(h.redoDepth(), cap);
}

TEST(history_test, labels_stay_right_across_the_cap) {
    constexpr std::size_t cap = sc::web::History::kMaxUndoSteps;
    sc::web::History h = withEdits(cap);
    h.commit(titled("last"), "the last edit");  // drops "edit 1"
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.head().info.title, std::to_string(cap));
    EXPECT_EQ(h.redoLabel(), "the last edit");
    EXPECT_EQ(h.undoLabel(), "edit " + std::to_string(cap));
    ASSERT_TRUE(h.redo());
    EXPECT_EQ(h.head().info.title, "last");
    EXPECT_EQ(h.undoDepth(), cap) << "redo never grows the stack past the cap";
    EXPECT_FALSE(h.canRedo());
}

TEST(history_test, a_saved_point_that_fell_off_the_stack_leaves_the_document_dirty) {
    constexpr std::size_t cap = sc::web::History::kMaxUndoSteps;
    sc::web::History h;
    h.reset(titled("saved"));
    h.markSaved();
    for (std::size_t n = 1; n <= cap + 1; ++n) h.commit(titled(std::to_string(n)), "edit");
    EXPECT_TRUE(h.isDirty());
    // Every head still reachable is after the saved one: none of them is clean.
    while (h.undo()) EXPECT_TRUE(h.isDirty()) << h.head().info.title;
    EXPECT_EQ(h.head().info.title, "1");
    while (h.redo()) EXPECT_TRUE(h.isDirty()) << h.head().info.title;
    EXPECT_EQ(h.savedSnapshot()->info.title, "saved") << "the saved snapshot is kept, not reused";
}

TEST(history_test, a_saved_point_still_on_the_stack_stays_clean_after_the_cap_drops_older_steps) {
    constexpr std::size_t cap = sc::web::History::kMaxUndoSteps;
    sc::web::History h = withEdits(3);
    h.markSaved();  // after edit 3
    for (std::size_t n = 4; n <= cap + 3; ++n) h.commit(titled(std::to_string(n)), "edit");
    // Edits 1 to 3 fell off; the saved document (after edit 3) is the oldest reachable.
    std::size_t undone = 0;
    while (h.undo()) ++undone;
    EXPECT_EQ(undone, cap);
    EXPECT_EQ(h.head().info.title, "3");
    EXPECT_FALSE(h.isDirty());
}

TEST(history_test, snapshots_share_the_big_tables_an_edit_did_not_change) {
    sc::Document first = titled("A");
    first.deals = std::vector<sc::Deal>(3);
    sc::web::History h;
    h.reset(first);
    sc::Document renamed = h.head();  // what an edit does: copy the head, change one field
    renamed.info.title = "B";
    h.commit(std::move(renamed), "rename");
    ASSERT_TRUE(h.undo());
    const auto before = h.headSnapshot();
    ASSERT_TRUE(h.redo());
    EXPECT_TRUE(h.head().deals.sharesStorageWith(before->deals));
    EXPECT_EQ(before->info.title, "A");
}
