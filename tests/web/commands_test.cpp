// The app's edit path (web/logic/commands): views push commands, applyCommands runs them once
// after drawing through History. Plain C++ over the core, so tested natively with real edits
// (triage on the saas sample) and with hand-made ones for the ordering rules.
#include "logic/commands.h"

#include <gtest/gtest.h>

#include "engine/score_report.h"
#include "engine/text_util.h"
#include "engine/triage.h"
#include "logic/mismatch_commands.h"
#include "test_util.h"

namespace {

using namespace sc;
using namespace sc::web;

constexpr const char* kNow = "2026-11-24T10:00:00Z";

// Sets the title: an edit that always succeeds.
Command retitle(const std::string& title) {
    return {"Rename to " + title, [title](const Document& doc) {
                WorkflowEdit edit;
                edit.ok = true;
                edit.document = doc;
                edit.document.info.title = title;
                return edit;
            }};
}

Command refuse(const std::string& why) {
    return {"Refused edit", [why](const Document& doc) { return refusedEdit(doc, why); }};
}

History historyOf(Document doc) {
    History h;
    h.reset(std::move(doc));
    return h;
}

// The first open mismatch of the saas sample's score report.
Mismatch firstOpen(const Document& doc) {
    for (const auto& m : engine::buildScoreReport(doc, "2026-11-24").mismatches)
        if (m.mismatch.status == "open") return m.mismatch;
    ADD_FAILURE() << "the sample needs an open mismatch";
    return {};
}

const Mismatch* stored(const Document& doc, const std::string& id) { return findById(doc.mismatches, id); }

}  // namespace

TEST(commands_test, a_queue_hands_its_commands_over_in_push_order_once) {
    CommandQueue q;
    EXPECT_TRUE(q.empty());
    q.push(retitle("A"));
    q.push("Rename to B", retitle("B").edit);
    ASSERT_EQ(q.size(), 2u);
    EXPECT_EQ(q.pending()[1].label, "Rename to B");
    const auto taken = q.take();
    ASSERT_EQ(taken.size(), 2u);
    EXPECT_EQ(taken[0].label, "Rename to A");
    EXPECT_TRUE(q.empty());
    EXPECT_TRUE(q.take().empty());
}

TEST(commands_test, each_applied_command_is_one_undo_step_under_its_label) {
    History h = historyOf(Document{});
    CommandQueue q;
    q.push(retitle("A"));
    q.push(retitle("B"));
    const ApplyResult r = applyCommands(h, q);
    EXPECT_EQ(r.applied, 2);
    EXPECT_TRUE(r.changed());
    EXPECT_FALSE(r.refused);
    EXPECT_TRUE(q.empty());
    // The second edit saw the first one's result: it ran on the new head.
    EXPECT_EQ(h.head().info.title, "B");
    EXPECT_EQ(h.undoLabel(), "Rename to B");
    ASSERT_TRUE(h.undo());
    EXPECT_EQ(h.head().info.title, "A");
    EXPECT_EQ(h.undoLabel(), "Rename to A");
    EXPECT_EQ(h.redoLabel(), "Rename to B");
    EXPECT_TRUE(h.isDirty());
    ASSERT_TRUE(h.undo());
    EXPECT_FALSE(h.isDirty());
}

TEST(commands_test, an_empty_queue_changes_nothing) {
    History h = historyOf(Document{});
    const auto before = h.headSnapshot();
    CommandQueue q;
    const ApplyResult r = applyCommands(h, q);
    EXPECT_FALSE(r.changed());
    EXPECT_FALSE(r.refused);
    EXPECT_EQ(h.headSnapshot(), before);
    EXPECT_FALSE(h.canUndo());
}

TEST(commands_test, a_refusal_commits_nothing_reports_the_core_message_and_drops_the_rest) {
    History h = historyOf(Document{});
    CommandQueue q;
    q.push(retitle("A"));
    q.push(refuse("mismatch 'mm-9' does not exist"));
    q.push(retitle("C"));
    const ApplyResult r = applyCommands(h, q);
    EXPECT_EQ(r.applied, 1);
    EXPECT_TRUE(r.refused);
    EXPECT_EQ(r.refusedLabel, "Refused edit");
    EXPECT_EQ(r.error, "mismatch 'mm-9' does not exist");
    EXPECT_EQ(r.dropped, 1);
    EXPECT_TRUE(q.empty());
    EXPECT_EQ(h.head().info.title, "A");
    EXPECT_EQ(h.undoLabel(), "Rename to A");
}

TEST(commands_test, a_command_without_an_edit_is_refused_not_crashed) {
    History h = historyOf(Document{});
    CommandQueue q;
    q.push(Command{"Nothing", nullptr});
    const ApplyResult r = applyCommands(h, q);
    EXPECT_TRUE(r.refused);
    EXPECT_FALSE(r.error.empty());
    EXPECT_FALSE(h.canUndo());
}

TEST(commands_test, dismiss_then_undo_and_redo_through_the_queue) {
    History h = historyOf(test::loadSample("saas-self-serve"));
    const Mismatch target = firstOpen(h.head());
    CommandQueue q;
    q.push(dismissCommand(target, "by design for now", kNow));
    ASSERT_EQ(q.pending()[0].label, "Dismiss mismatch '" + engine::labelOf(target) + "'");
    const ApplyResult r = applyCommands(h, q);
    ASSERT_EQ(r.applied, 1) << r.error;
    ASSERT_NE(stored(h.head(), target.id), nullptr);
    EXPECT_EQ(stored(h.head(), target.id)->status, "dismissed");
    EXPECT_EQ(stored(h.head(), target.id)->dismissedReason, "by design for now");
    EXPECT_EQ(h.undoLabel(), "Dismiss mismatch '" + engine::labelOf(target) + "'");

    ASSERT_TRUE(h.undo());
    const Mismatch* back = stored(h.head(), target.id);
    EXPECT_TRUE(back == nullptr || back->status == "open");
    EXPECT_EQ(h.redoLabel(), "Dismiss mismatch '" + engine::labelOf(target) + "'");
    ASSERT_TRUE(h.redo());
    EXPECT_EQ(stored(h.head(), target.id)->status, "dismissed");
}

TEST(commands_test, a_refused_core_edit_carries_the_core_message) {
    History h = historyOf(test::loadSample("saas-self-serve"));
    const Mismatch target = firstOpen(h.head());
    CommandQueue q;
    // Reopening an open mismatch is refused by the core (only a dismissed one reopens).
    q.push(reopenCommand(target, kNow));
    const ApplyResult r = applyCommands(h, q);
    EXPECT_TRUE(r.refused);
    EXPECT_EQ(r.refusedLabel, "Reopen mismatch '" + engine::labelOf(target) + "'");
    EXPECT_EQ(r.error, engine::reopenMismatch(h.head(), target.id, kNow).error);
    EXPECT_FALSE(r.error.empty());
    EXPECT_FALSE(h.canUndo());
}

TEST(commands_test, the_commands_keep_values_not_pointers_into_the_drawn_document) {
    History h = historyOf(test::loadSample("saas-self-serve"));
    Command c;
    {
        // The mismatch the view drew goes away before the command runs.
        const Mismatch drawn = firstOpen(h.head());
        c = dismissCommand(drawn, "by design", kNow);
    }
    CommandQueue q;
    q.push(std::move(c));
    EXPECT_EQ(applyCommands(h, q).applied, 1);
}
