// The app's snapshot undo (web/app/history) is plain C++ over the core Document, so it is
// tested natively: every edit path in the app goes through it.
#include <gtest/gtest.h>

#include "app/history.h"

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
