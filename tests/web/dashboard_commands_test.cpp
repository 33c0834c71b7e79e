// File > Record review is one command through History: one Undo step named by the core's
// label, a new entry in the document's reviews, and undone it is gone again.
#include <gtest/gtest.h>

#include "logic/commands.h"
#include "logic/dashboard_commands.h"
#include "logic/history.h"
#include "test_util.h"

using namespace sc::web;

TEST(dashboard_commands_test, record_review_is_one_undo_step) {
    History history;
    history.reset(sc::test::loadSample("saas-self-serve"));
    const std::size_t before = history.head().reviews.size();
    CommandQueue queue;
    queue.push(recordReviewCommand("Quarterly review with sales", "2026-11-24"));
    const ApplyResult result = applyCommands(history, queue);
    EXPECT_TRUE(result.changed());
    ASSERT_EQ(history.head().reviews.size(), before + 1);
    const sc::Review& review = history.head().reviews.back();
    EXPECT_EQ(review.heldOn, "2026-11-24");
    EXPECT_EQ(review.notes, "Quarterly review with sales");
    EXPECT_FALSE(review.openMismatchIds.empty());  // the sample has open mismatches
    EXPECT_FALSE(history.undoLabel().empty());
    ASSERT_TRUE(history.undo());
    EXPECT_EQ(history.head().reviews.size(), before);
}

TEST(dashboard_commands_test, a_day_that_is_not_a_date_is_refused) {
    History history;
    history.reset(sc::test::loadSample("saas-self-serve"));
    CommandQueue queue;
    queue.push(recordReviewCommand("", "someday"));
    const ApplyResult result = applyCommands(history, queue);
    EXPECT_TRUE(result.refused);
    EXPECT_FALSE(result.error.empty());
    EXPECT_FALSE(history.canUndo());
}
