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
