// The Mismatches view's commands (web/logic/mismatch_commands): each wraps the core edit the
// App used to call per request kind, under the label Edit > Undo shows. Run through the
// real queue and History on the saas sample: the Fix flow decide → tick → implement, one Undo
// step each, and the A/B test commands.
#include "logic/mismatch_commands.h"

#include <gtest/gtest.h>

#include "engine/score_report.h"
#include "engine/text_util.h"
#include "logic/decision_text.h"
#include "logic/mismatch_text.h"
#include "workflow/decisions.h"
#include "test_util.h"

namespace {

using namespace sc;
using namespace sc::web;

constexpr const char* kToday = "2026-11-24";

struct Fixture {
    History history;
    Fixture() { history.reset(test::loadSample("saas-self-serve")); }

    // An open mismatch of the report with no decision yet.
    Mismatch undecided() const {
        for (const auto& m : engine::buildScoreReport(history.head(), kToday).mismatches)
            if (m.mismatch.status == "open" && m.decisionId.empty()) return m.mismatch;
        ADD_FAILURE() << "no open mismatch without a decision in the sample";
        return {};
    }
    const Decision* decisionOn(const std::string& mismatchId) const {
        const Decision* found = nullptr;
        for (const auto& d : history.head().decisions)
            if (d.mismatchId == mismatchId) found = &d;
        return found;
    }
    // Applies one command; returns the core's error ("" when committed).
    std::string apply(Command c) {
        CommandQueue q;
        q.push(std::move(c));
        const ApplyResult r = applyCommands(history, q);
        return r.refused ? r.error : std::string();
    }
};

}  // namespace

TEST(mismatch_commands_test, decide_tick_every_item_then_implement_one_undo_step_each) {
    Fixture f;
    const Mismatch m = f.undecided();
    ASSERT_EQ(f.apply(decideCommand(m, "change_message", "", "Maya", kToday)), "");
    EXPECT_EQ(f.history.undoLabel(), decideEditLabel(m, "change_message"));
    const Decision* d = f.decisionOn(m.id);
    ASSERT_NE(d, nullptr);
    ASSERT_FALSE(d->checklist.empty());

    // Marking it implemented is refused while items are open: the core's message comes back.
    const std::string blocked = f.apply(implementCommand(m, *d, kToday));
    EXPECT_FALSE(blocked.empty());
    EXPECT_EQ(f.history.undoLabel(), decideEditLabel(m, "change_message"));

    const std::size_t items = d->checklist.size();
    for (std::size_t i = 0; i < items; ++i) {
        const Decision& now = *f.decisionOn(m.id);
        ASSERT_EQ(f.apply(tickCommand(now, now.checklist[i], true, kToday)), "");
        EXPECT_EQ(f.history.undoLabel(), tickEditLabel(now.checklist[i], true));
    }
    const Decision& ticked = *f.decisionOn(m.id);
    EXPECT_TRUE(isDecisionComplete(ticked));
    ASSERT_EQ(f.apply(implementCommand(m, ticked, kToday)), "");
    EXPECT_EQ(f.history.undoLabel(), implementEditLabel(m));
    EXPECT_EQ(f.decisionOn(m.id)->implementedOn, kToday);

    // Undo walks back one command at a time: the implementation, then the last tick.
    ASSERT_TRUE(f.history.undo());
    EXPECT_TRUE(f.decisionOn(m.id)->implementedOn.empty());
    EXPECT_TRUE(isDecisionComplete(*f.decisionOn(m.id)));
    ASSERT_TRUE(f.history.undo());
    EXPECT_FALSE(isDecisionComplete(*f.decisionOn(m.id)));
}

TEST(mismatch_commands_test, withdraw_removes_the_decision_and_names_the_mismatch) {
    Fixture f;
    const Mismatch m = f.undecided();
    ASSERT_EQ(f.apply(decideCommand(m, "both", "", "", kToday)), "");
    const Command withdraw = withdrawCommand(m, *f.decisionOn(m.id));
    EXPECT_EQ(withdraw.label, "Withdraw the decision on '" + engine::labelOf(m) + "'");
    ASSERT_EQ(f.apply(withdraw), "");
    EXPECT_EQ(f.decisionOn(m.id), nullptr);
}

TEST(mismatch_commands_test, a_trade_off_without_rationale_is_refused_by_the_core) {
    Fixture f;
    const Mismatch m = f.undecided();
    const std::string error = f.apply(decideCommand(m, "accept_tradeoff", "  ", "", kToday));
    EXPECT_EQ(error, decideFix(f.history.head(), m.id, "accept_tradeoff", "  ", "", kToday).error);
    EXPECT_FALSE(error.empty());
    EXPECT_FALSE(f.history.canUndo());
}

TEST(mismatch_commands_test, an_ab_test_starts_records_counts_and_ends) {
    Fixture f;
    const Mismatch m = f.undecided();
    ASSERT_EQ(f.apply(decideCommand(m, "change_message", "", "", kToday)), "");
    ASSERT_EQ(f.apply(startExperimentCommand(m, *f.decisionOn(m.id), "shorter trial copy", kToday)), "");
    EXPECT_EQ(f.history.undoLabel(), startExperimentEditLabel(m));
    const Experiment* e = experimentOf(f.history.head(), f.decisionOn(m.id)->id);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->hypothesis, "shorter trial copy");

    const long long counts[4] = {200, 10, 200, 14};
    ASSERT_EQ(f.apply(recordCountsCommand(m, *e, counts)), "");
    EXPECT_EQ(f.history.undoLabel(), recordCountsEditLabel(m));
    e = experimentOf(f.history.head(), f.decisionOn(m.id)->id);
    EXPECT_EQ(e->variantConversions, 14);
    const long long impossible[4] = {10, 20, 0, 0};  // more conversions than visitors
    EXPECT_FALSE(f.apply(recordCountsCommand(m, *e, impossible)).empty());

    ASSERT_EQ(f.apply(endExperimentCommand(m, *e, kToday)), "");
    EXPECT_EQ(f.history.undoLabel(), endExperimentEditLabel(m));
    EXPECT_EQ(experimentOf(f.history.head(), f.decisionOn(m.id)->id)->endedOn, kToday);
}

// Issue 13.6: a contradiction is decided, or dismissed, as a whole — every facet in one Undo
// step — and the detail panel lists its facets.
TEST(mismatch_commands_test, a_contradiction_is_decided_or_dismissed_as_one_step) {
    Fixture f;
    const auto report = engine::buildScoreReport(f.history.head(), kToday);
    const engine::MismatchGroup* group = nullptr;
    for (const auto& g : report.groups)
        if (g.state == "open" && g.decidableIds.size() > 1 && g.activeFacets == g.facets.size()) group = &g;
    ASSERT_NE(group, nullptr) << "the sample needs an open contradiction with several undecided facets";
    const std::string first = report.mismatches[group->facets[0]].mismatch.id;
    EXPECT_EQ(groupOf(report, first), group);
    EXPECT_EQ(groupOf(report, "no-such-id"), nullptr);
    EXPECT_EQ(groupCaption(*group), "One contradiction, " + std::to_string(group->facets.size()) + " facets");
    const auto& top = report.mismatches[group->facets[0]];
    EXPECT_EQ(facetText(top), top.dimensionName + " \xC2\xB7 " + top.mismatch.severity + " \xC2\xB7 open");
    EXPECT_EQ(dismissableFacets(report, first).size(), group->facets.size());

    const auto ids = group->decidableIds;
    const Document before = f.history.head();
    ASSERT_EQ(f.apply(decideGroupCommand(before, ids, "both", "", "Maya", kToday)), "");
    EXPECT_EQ(f.history.undoLabel(), decideGroupLabel(before, ids, "both"));
    EXPECT_NE(f.history.undoLabel().find(std::to_string(ids.size()) + " facets"), std::string::npos);
    for (const auto& id : ids) EXPECT_NE(f.decisionOn(id), nullptr) << id;
    f.history.undo();  // one step takes every facet's decision back
    for (const auto& id : ids) EXPECT_EQ(f.decisionOn(id), nullptr) << id;

    ASSERT_EQ(
        f.apply(dismissGroupCommand(*group, ids, "covered by the pricing review", "2026-11-24T10:00:00Z")),
        "");
    EXPECT_EQ(f.history.undoLabel(), dismissGroupEditLabel(*group, ids.size()));
    EXPECT_EQ(f.history.undoLabel().rfind("Dismiss " + std::to_string(ids.size()) + " facets of '", 0), 0u);
    for (const auto& id : ids)
        EXPECT_EQ(findById(f.history.head().mismatches, id)->status, "dismissed") << id;
    f.history.undo();
    for (const auto& id : ids) EXPECT_EQ(findById(f.history.head().mismatches, id)->status, "open") << id;
}
