#include "logic/decision_text.h"

#include <gtest/gtest.h>

#include "engine/score_report.h"
#include "test_util.h"
#include "workflow/decisions.h"

namespace {

using namespace sc;
using namespace sc::web;

// The saas sample, scored; the first open mismatch with no decision.
struct Fixture {
    Document doc = sc::test::loadSample("saas-self-serve");
    engine::ReportMismatch open() const {
        const auto report = engine::buildScoreReport(doc, "2026-11-24");
        for (const auto& m : report.mismatches)
            if (m.mismatch.status == "open" && m.decisionId.empty()) return m;
        ADD_FAILURE() << "no open mismatch without a decision in the sample";
        return {};
    }
    engine::ReportMismatch byId(const std::string& id) const {
        for (const auto& m : engine::buildScoreReport(doc, "2026-11-24").mismatches)
            if (m.mismatch.id == id) return m;
        ADD_FAILURE() << id;
        return {};
    }
};

TEST(DecisionText, OffersTheCoreKindsInOrderWithWords) {
    ASSERT_EQ(fixKindChoices().size(), decisionKinds().size());
    for (std::size_t i = 0; i < decisionKinds().size(); ++i) {
        EXPECT_EQ(fixKindChoices()[i].kind, decisionKinds()[i]);
        EXPECT_FALSE(fixKindChoices()[i].label.empty());
        EXPECT_FALSE(fixKindChoices()[i].hint.empty());
    }
    EXPECT_EQ(fixKindLabel("change_message"), "Change the message");
    EXPECT_EQ(fixKindLabel("future_kind"), "future kind");
}

TEST(DecisionText, ATradeOffNeedsItsRationaleOtherKindsDoNot) {
    EXPECT_FALSE(canConfirmDecision("accept_tradeoff", ""));
    EXPECT_FALSE(canConfirmDecision("accept_tradeoff", "  \n\t"));
    EXPECT_TRUE(canConfirmDecision("accept_tradeoff", "enterprise buyers expect a call"));
    EXPECT_TRUE(canConfirmDecision("change_message", ""));
    EXPECT_FALSE(canConfirmDecision("rewrite_everything", "why not"));
}

TEST(DecisionText, WorkflowOffersDecideThenTickThenImplement) {
    Fixture f;
    auto m = f.open();
    auto a = fixActions(f.doc, m);
    EXPECT_TRUE(a.canDecide);
    EXPECT_FALSE(a.canTick || a.canImplement || a.canWithdraw);
    EXPECT_EQ(a.decision, nullptr);

    auto decided = decideFix(f.doc, m.mismatch.id, "both", "", "Maya", "2026-11-24");
    ASSERT_TRUE(decided.ok) << decided.error;
    f.doc = decided.document;
    m = f.byId(m.mismatch.id);
    a = fixActions(f.doc, m);
    ASSERT_NE(a.decision, nullptr);
    EXPECT_FALSE(a.canDecide) << "a second decision while one is under way";
    EXPECT_TRUE(a.canTick);
    EXPECT_TRUE(a.canWithdraw);
    ASSERT_GT(a.decision->checklist.size(), 1u);
    EXPECT_FALSE(a.canImplement);
    EXPECT_EQ(a.implementBlockedBy,
              std::to_string(a.decision->checklist.size()) + " checklist items still open");

    // Every item but one ticked: still blocked, and it says "1 item".
    const auto items = a.decision->checklist;
    for (std::size_t i = 0; i + 1 < items.size(); ++i)
        f.doc = checkItem(f.doc, decided.id, items[i].id, true, "2026-11-24").document;
    a = fixActions(f.doc, f.byId(m.mismatch.id));
    EXPECT_FALSE(a.canImplement);
    EXPECT_EQ(a.implementBlockedBy, "1 checklist item still open");
    f.doc = checkItem(f.doc, decided.id, items.back().id, true, "2026-11-24").document;
    a = fixActions(f.doc, f.byId(m.mismatch.id));
    EXPECT_TRUE(a.canImplement);
    EXPECT_TRUE(a.implementBlockedBy.empty());

    // Implemented: nothing left to tick or withdraw, and no new decision while it is fixed.
    auto implemented = markImplemented(f.doc, decided.id, "2026-11-25");
    ASSERT_TRUE(implemented.ok) << implemented.error;
    f.doc = implemented.document;
    a = fixActions(f.doc, f.byId(m.mismatch.id));
    EXPECT_FALSE(a.canDecide || a.canTick || a.canImplement || a.canWithdraw);
}

TEST(DecisionText, ATradeOffHasNoChecklistButCanBeWithdrawn) {
    Fixture f;
    const auto m = f.open();
    auto accepted =
        decideFix(f.doc, m.mismatch.id, "accept_tradeoff", "enterprise wants the call", "", "2026-11-24");
    ASSERT_TRUE(accepted.ok) << accepted.error;
    f.doc = accepted.document;
    const auto a = fixActions(f.doc, f.byId(m.mismatch.id));
    EXPECT_TRUE(a.canDecide) << "a real fix may replace the trade-off (core's whyCannotDecide)";
    EXPECT_FALSE(a.canTick);
    EXPECT_FALSE(a.canImplement);
    EXPECT_TRUE(a.canWithdraw);
}

TEST(DecisionText, SummaryNamesKindDatesAndOwner) {
    Decision d;
    d.kind = "both";
    EXPECT_EQ(decisionSummary(d), "Both sides");
    d.decidedOn = "2026-11-24";
    d.owner = "Maya";
    EXPECT_EQ(decisionSummary(d), "Both sides \xC2\xB7 decided 2026-11-24 by Maya");
    d.implementedOn = "2026-11-30";
    EXPECT_EQ(decisionSummary(d),
              "Both sides \xC2\xB7 decided 2026-11-24 by Maya \xC2\xB7 implemented 2026-11-30");
    d.decidedOn.clear();
    d.implementedOn.clear();
    EXPECT_EQ(decisionSummary(d), "Both sides \xC2\xB7 by Maya");
}

TEST(DecisionText, FindsTheExperimentAndVerificationOfADecisionInTheReport) {
    Fixture f;
    const auto m = f.open();
    auto decided = decideFix(f.doc, m.mismatch.id, "change_message", "", "", "2026-11-01");
    ASSERT_TRUE(decided.ok) << decided.error;
    ASSERT_TRUE(canStartExperiment(*findById(decided.document.decisions, decided.id)));
    EXPECT_EQ(experimentOf(decided.document, decided.id), nullptr);

    auto started = startExperiment(decided.document, decided.id, "a clearer hero line", "2026-11-01");
    ASSERT_TRUE(started.ok) << started.error;
    auto counted = recordExperimentCounts(started.document, started.id, 1000, 50, 1000, 75);
    ASSERT_TRUE(counted.ok) << counted.error;
    const Experiment* e = experimentOf(counted.document, decided.id);
    ASSERT_NE(e, nullptr);
    EXPECT_EQ(e->id, started.id);
    const auto report = engine::buildScoreReport(counted.document, "2026-11-24");
    const ExperimentVerdict* v = verdictOf(report, e->id);
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(v->verdict, "variant_better");  // seed 002's numbers: z ≈ 2.31, p ≈ 0.021
    EXPECT_EQ(verdictOf(report, "no-such-experiment"), nullptr);

    // Implemented: a verification of the pair starts, and the report carries its result.
    Document doc = counted.document;
    const auto checklist = findById(doc.decisions, decided.id)->checklist;  // a copy: doc changes below
    for (const auto& item : checklist) doc = checkItem(doc, decided.id, item.id, true, "2026-11-20").document;
    auto implemented = markImplemented(doc, decided.id, "2026-11-20");
    ASSERT_TRUE(implemented.ok) << implemented.error;
    const auto after = engine::buildScoreReport(implemented.document, "2026-11-24");
    const VerificationResult* r = verificationOf(after, implemented.document, decided.id);
    ASSERT_NE(r, nullptr);
    EXPECT_EQ(r->status, "too_early") << r->message;  // four days after the fix
    EXPECT_EQ(verificationText(*r), "Verification: " + r->message);
    EXPECT_EQ(verificationOf(after, implemented.document, "dec-none"), nullptr);
}

TEST(DecisionText, NoExperimentOnATradeOff) {
    Decision d;
    d.kind = "accept_tradeoff";
    EXPECT_FALSE(canStartExperiment(d));
    d.kind = "both";
    EXPECT_TRUE(canStartExperiment(d));
}

TEST(DecisionText, UndoLabelsNameTheEdit) {
    Mismatch m;
    m.id = "mm-1";
    m.name = "Try it now vs Direct sales";
    EXPECT_EQ(decideEditLabel(m, "both"), "Decide to change both sides on 'Try it now vs Direct sales'");
    EXPECT_EQ(decideEditLabel(m, "accept_tradeoff"),
              "Decide to accept it as a trade-off on 'Try it now vs Direct sales'");
    ChecklistItem item;
    item.label = "Landing page";
    EXPECT_EQ(tickEditLabel(item, true), "Tick 'Landing page'");
    EXPECT_EQ(tickEditLabel(item, false), "Untick 'Landing page'");
    EXPECT_EQ(implementEditLabel(m), "Mark the fix of 'Try it now vs Direct sales' implemented");
    EXPECT_EQ(startExperimentEditLabel(m), "Start an A/B test on 'Try it now vs Direct sales'");
    EXPECT_EQ(recordCountsEditLabel(m), "Record A/B counts on 'Try it now vs Direct sales'");
    EXPECT_EQ(endExperimentEditLabel(m), "End the A/B test on 'Try it now vs Direct sales'");
    m.name.clear();
    EXPECT_EQ(withdrawEditLabel(m), "Withdraw the decision on 'mm-1'");
}

// Seed 002 step 4 and FAQ: the dialog offers the core's options for the diagnosis, in its order,
// with its one-line reasons; accepting as a trade-off (rationale required) is always there.
TEST(DecisionText, DecideOffersTheCoresOptionsInItsOrder) {
    engine::ReportMismatch m;
    m.options = {
        {"adjust_channel", "adjust the channel: it does not reach the people the promise is made to"},
        {"stop_channel", "stop using the channel if it fundamentally contradicts the brand"},
        {"accept_tradeoff", "accept as an intentional trade-off (rationale required), measured separately"}};
    const auto options = decideOptions(m);
    ASSERT_EQ(options.size(), 3u);
    EXPECT_EQ(options[0].kind, "adjust_channel");
    EXPECT_EQ(options[0].label, "Adjust the channel");
    EXPECT_EQ(options[0].reason, m.options[0].reason);
    EXPECT_EQ(options[1].kind, "stop_channel");
    EXPECT_EQ(options[2].kind, "accept_tradeoff");
    EXPECT_EQ(options[2].reason, m.options[2].reason);
    EXPECT_EQ(preselectedKind(m), "adjust_channel");  // picking the dialog starts on the best fit
    EXPECT_EQ(bestFitText(m), "best fit: " + m.options[0].reason);

    // Without the trade-off among them it is added; without any options (a trade-off on record
    // being replaced) the five kinds are offered, the trade-off still saying its rationale is needed.
    m.options.pop_back();
    EXPECT_EQ(decideOptions(m).back().kind, "accept_tradeoff");
    EXPECT_EQ(decideOptions(m).back().reason, "accept as an intentional trade-off (rationale required)");
    m.options.clear();
    const auto all = decideOptions(m);
    ASSERT_EQ(all.size(), fixKindChoices().size());
    EXPECT_EQ(all.back().kind, "accept_tradeoff");
    EXPECT_NE(all.back().reason.find("rationale required"), std::string::npos);
}

TEST(DecisionText, DecideOptionsOfTheSampleFollowItsDiagnosis) {
    const Document doc = sc::test::loadSample("saas-self-serve");
    const auto report = engine::buildScoreReport(doc, "2026-11-24");
    int checked = 0;
    for (const auto& m : report.mismatches) {
        if (m.state != "open") continue;
        const auto core = engine::fixOptions(m.mismatch, m.diagnosis);
        const auto shown = decideOptions(m);
        ASSERT_EQ(shown.size(), core.size()) << m.mismatch.id;
        for (std::size_t i = 0; i < core.size(); ++i) {
            EXPECT_EQ(shown[i].kind, core[i].kind) << m.mismatch.id << " option " << i;
            EXPECT_EQ(shown[i].reason, core[i].reason) << m.mismatch.id << " option " << i;
        }
        ++checked;
    }
    EXPECT_GT(checked, 3);
}

// Seed 002: "Run the test for two weeks or 100 leads, whichever comes first". Before either, a
// look at the numbers is an interim look without a winner, however large the difference.
TEST(DecisionText, AnInterimLookNamesNoWinner) {
    Experiment e;
    e.id = "exp-1";
    e.startedOn = "2026-11-21";
    e.controlVisitors = 400;
    e.controlConversions = 8;
    e.variantVisitors = 400;
    e.variantConversions = 40;  // 48 leads, 3 days: a big difference, not a result
    const auto v = evaluateExperiment(e, "2026-11-24");
    ASSERT_EQ(v.verdict, "interim_look");
    const std::string headline = experimentHeadline(v, e);
    EXPECT_EQ(headline,
              "Interim look, no winner yet: 48 of 100 leads after 3 of 14 days (the test runs 14 days or 100 "
              "leads, whichever comes first)");
    for (const std::string& text : {headline, v.summary}) {
        EXPECT_EQ(text.find("statistically real"), std::string::npos) << text;
        EXPECT_EQ(text.find("better"), std::string::npos) << text;
    }

    e.variantConversions = 95;  // 103 leads: the rule is met, now it is a result
    const auto done = evaluateExperiment(e, "2026-11-24");
    EXPECT_EQ(experimentHeadline(done, e), "Result: variant better");
}

}  // namespace
