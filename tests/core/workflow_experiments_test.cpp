// The seed's stopping rule ("two weeks or 100 leads, whichever comes first") and verdicts.
#include <gtest/gtest.h>

#include "workflow/experiments.h"

using namespace sc;

namespace {

Experiment experiment(const std::string& startedOn, std::int64_t cv, std::int64_t cc, std::int64_t vv,
                      std::int64_t vc) {
    Experiment e;
    e.id = "exp-1";
    e.startedOn = startedOn;
    e.controlVisitors = cv;
    e.controlConversions = cc;
    e.variantVisitors = vv;
    e.variantConversions = vc;
    return e;
}

bool hasWarning(const ExperimentVerdict& v, const std::string& part) {
    for (const auto& w : v.warnings)
        if (w.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST(workflow_experiments_test, one_day_old_test_keeps_running) {
    const auto v = evaluateExperiment(experiment("2026-11-23", 120, 3, 118, 4), "2026-11-24");
    EXPECT_EQ(v.status, "keep_running");
    EXPECT_EQ(v.daysElapsed, 1);
    EXPECT_EQ(v.daysRemaining, 13);
    EXPECT_EQ(v.leads, 7);
    EXPECT_EQ(v.leadsRemaining, 93);
    EXPECT_EQ(v.verdict, "interim_look");  // issue 13.1: no verdict before the stopping rule
    EXPECT_EQ(
        v.summary.rfind("Interim look, no verdict yet: the stopping rule is not met. Not significant yet: "
                        "the difference could still be chance.",
                        0),
        0u)
        << v.summary;
    EXPECT_NE(v.statusReason.find("13 more days or 93 more leads"), std::string::npos) << v.statusReason;
}

TEST(workflow_experiments_test, exactly_one_hundred_leads_is_ready) {
    const auto v = evaluateExperiment(experiment("2026-11-20", 1000, 40, 1000, 60), "2026-11-24");
    EXPECT_EQ(v.status, "ready");
    EXPECT_EQ(v.leads, 100);
    EXPECT_EQ(v.leadsRemaining, 0);
    EXPECT_EQ(v.daysElapsed, 4);
    EXPECT_EQ(v.statusReason, "reached 100 leads (rule: 100)");
}

TEST(workflow_experiments_test, ninety_nine_leads_and_thirteen_days_keeps_running) {
    const auto v = evaluateExperiment(experiment("2026-11-11", 1000, 40, 1000, 59), "2026-11-24");
    EXPECT_EQ(v.status, "keep_running");
    EXPECT_EQ(v.daysElapsed, 13);
    EXPECT_EQ(v.daysRemaining, 1);
    EXPECT_EQ(v.leadsRemaining, 1);
}

TEST(workflow_experiments_test, exactly_fourteen_days_is_ready) {
    const auto v = evaluateExperiment(experiment("2026-11-10", 300, 10, 300, 12), "2026-11-24");
    EXPECT_EQ(v.status, "ready");
    EXPECT_EQ(v.daysElapsed, 14);
    EXPECT_EQ(v.daysRemaining, 0);
    EXPECT_EQ(v.statusReason, "14 days have passed (rule: 14)");
    EXPECT_EQ(v.verdict, "not_significant_yet");
    EXPECT_NE(v.summary.find("Not significant: with this sample"), std::string::npos) << v.summary;
}

TEST(workflow_experiments_test, missing_start_date_counts_leads_only) {
    auto v = evaluateExperiment(experiment("", 200, 10, 200, 14), "2026-11-24");
    EXPECT_EQ(v.status, "keep_running");
    EXPECT_EQ(v.daysElapsed, -1);
    EXPECT_EQ(v.daysRemaining, -1);
    EXPECT_TRUE(hasWarning(v, "no start date")) << v.warnings.size();
    EXPECT_EQ(v.statusReason, "keep running: 76 more leads, whichever comes first");
    v = evaluateExperiment(experiment("", 1000, 50, 1000, 75), "2026-11-24");
    EXPECT_EQ(v.status, "ready");  // 125 leads: the lead rule alone is enough
}

TEST(workflow_experiments_test, ready_and_significant_variant_is_better) {
    const auto v = evaluateExperiment(experiment("2026-11-01", 1000, 50, 1000, 75), "2026-11-24");
    EXPECT_EQ(v.status, "ready");
    EXPECT_EQ(v.verdict, "variant_better");
    EXPECT_EQ(verdictLabel(v.verdict), "variant better");
    EXPECT_NEAR(v.test.z, 2.309, 0.001);
    EXPECT_NEAR(v.test.pValue, 0.0209, 0.0001);
    EXPECT_NE(v.summary.find("Variant 7.5% vs control 5.0% (+2.5 points, 50% relative"), std::string::npos)
        << v.summary;
    EXPECT_NE(v.summary.find("p = 0.021 (z-test, z = 2.31)"), std::string::npos) << v.summary;
    EXPECT_TRUE(v.warnings.empty());
}

TEST(workflow_experiments_test, significant_worse_variant) {
    const auto v = evaluateExperiment(experiment("2026-11-01", 1000, 75, 1000, 50), "2026-11-24");
    EXPECT_EQ(v.verdict, "variant_worse");
}

// Issue 13.1. Seed 002: "Run the test for two weeks or 100 leads, whichever comes first";
// "after the test, document the results". A test that has reached neither has no winner,
// however large the interim difference: an interim look, with its numbers, never "statistically
// real". (Before: verdict variant_better with "statistically real at the 5% level".)
TEST(workflow_experiments_test, interim_significance_is_a_look_not_a_verdict) {
    // 2 days in, 60 leads, a big difference (p < 0.001).
    const auto v = evaluateExperiment(experiment("2026-11-22", 500, 15, 500, 45), "2026-11-24");
    EXPECT_EQ(v.status, "keep_running");
    EXPECT_TRUE(v.test.significant);
    EXPECT_EQ(v.verdict, "interim_look");
    EXPECT_EQ(verdictLabel(v.verdict), "interim look, no verdict");
    EXPECT_TRUE(hasWarning(v, "interim look"));
    EXPECT_EQ(v.summary.find("statistically real"), std::string::npos) << v.summary;
    EXPECT_EQ(v.summary.rfind("Interim look, no verdict yet", 0), 0u) << v.summary;
    EXPECT_NE(v.summary.find("Variant 9.0% vs control 3.0%"), std::string::npos) << v.summary;
    EXPECT_NE(v.summary.find("12 more days or 40 more leads"), std::string::npos) << v.summary;
    // The same counts once the two weeks are over: now a verdict.
    const auto later = evaluateExperiment(experiment("2026-11-22", 500, 15, 500, 45), "2026-12-06");
    EXPECT_EQ(later.status, "ready");
    EXPECT_EQ(later.verdict, "variant_better");
}

TEST(workflow_experiments_test, ended_before_the_rule_is_stopped_early) {
    auto e = experiment("2026-11-01", 400, 12, 400, 20);
    e.endedOn = "2026-11-06";
    const auto v = evaluateExperiment(e, "2026-11-24");
    EXPECT_EQ(v.status, "stopped_early");
    EXPECT_EQ(v.daysElapsed, 5);  // counted to ended_on, not to today
    EXPECT_TRUE(hasWarning(v, "stopped early"));
}

TEST(workflow_experiments_test, tiny_sample_uses_fisher_and_warns) {
    const auto v = evaluateExperiment(experiment("2026-11-01", 30, 1, 30, 5), "2026-11-24");
    EXPECT_EQ(v.status, "ready");
    EXPECT_EQ(v.test.method, "fisher_exact");
    EXPECT_EQ(v.verdict, "not_significant_yet");
    EXPECT_TRUE(hasWarning(v, "tiny sample"));
    EXPECT_NE(v.summary.find("Fisher's exact test"), std::string::npos);
}

TEST(workflow_experiments_test, zero_visitors_has_no_verdict) {
    const auto v = evaluateExperiment(experiment("2026-11-24", 0, 0, 0, 0), "2026-11-24");
    EXPECT_EQ(v.status, "keep_running");
    EXPECT_EQ(v.verdict, "no_verdict");
    EXPECT_EQ(v.summary, "No verdict: no visitors yet on either side.");
}

TEST(workflow_experiments_test, impossible_counts_are_invalid) {
    const auto v = evaluateExperiment(experiment("2026-11-01", 10, 11, 10, 2), "2026-11-24");
    EXPECT_EQ(v.status, "invalid");
    EXPECT_EQ(v.verdict, "no_verdict");
    EXPECT_EQ(v.message, "control has more conversions (11) than visitors (10)");
}

TEST(workflow_experiments_test, bad_today_is_invalid) {
    EXPECT_EQ(evaluateExperiment(experiment("2026-11-01", 10, 1, 10, 2), "24/11/2026").status, "invalid");
}

TEST(workflow_experiments_test, custom_limits_are_used) {
    auto e = experiment("2026-11-17", 100, 10, 100, 12);
    e.maxDays = 7;
    EXPECT_EQ(evaluateExperiment(e, "2026-11-24").status, "ready");
    e.maxDays = 14;
    e.maxLeads = 20;
    EXPECT_EQ(evaluateExperiment(e, "2026-11-24").status, "ready");
    e.maxLeads = 23;
    EXPECT_EQ(evaluateExperiment(e, "2026-11-24").status, "keep_running");
}

namespace {

Document docWithDecision(const std::string& kind) {
    Document doc;
    Decision d;
    d.id = "dec-1";
    d.name = "Fix: guided setup";
    d.mismatchId = "mm-1";
    d.kind = kind;
    doc.decisions.push_back(d);
    return doc;
}

}  // namespace

TEST(workflow_experiments_test, start_record_and_end_an_experiment) {
    auto e = startExperiment(docWithDecision("change_message"), "dec-1",
                             "a guided-setup page converts better", "2026-11-10");
    ASSERT_TRUE(e.ok) << e.error;
    EXPECT_EQ(e.id, "exp-dec-1");
    const Experiment& x = e.document.experiments.at(0);
    EXPECT_EQ(x.mismatchId, "mm-1");
    EXPECT_EQ(x.startedOn, "2026-11-10");
    EXPECT_EQ(x.maxDays, 14);
    EXPECT_EQ(x.maxLeads, 100);
    EXPECT_EQ(startExperiment(e.document, "dec-1", "", "2026-11-11").id, "exp-dec-1-2");

    e = recordExperimentCounts(e.document, "exp-dec-1", 1000, 50, 1000, 75);
    ASSERT_TRUE(e.ok) << e.error;
    EXPECT_EQ(evaluateExperiment(e.document.experiments[0], "2026-11-24").verdict, "variant_better");

    const auto bad = recordExperimentCounts(e.document, "exp-dec-1", 10, 11, 10, 1);
    EXPECT_FALSE(bad.ok);
    EXPECT_EQ(bad.error, "control has more conversions (11) than visitors (10)");
    EXPECT_EQ(bad.document.experiments[0].controlVisitors, 1000);  // unchanged

    EXPECT_FALSE(endExperiment(e.document, "exp-dec-1", "2026-11-01").ok);  // before the start
    e = endExperiment(e.document, "exp-dec-1", "2026-11-15");
    ASSERT_TRUE(e.ok) << e.error;
    EXPECT_EQ(evaluateExperiment(e.document.experiments[0], "2026-11-24").daysElapsed, 5);
}

TEST(workflow_experiments_test, tradeoff_or_unknown_decision_cannot_be_tested) {
    EXPECT_FALSE(startExperiment(docWithDecision("accept_tradeoff"), "dec-1", "", "2026-11-10").ok);
    EXPECT_EQ(startExperiment(docWithDecision("both"), "dec-9", "", "2026-11-10").error,
              "no decision with id \"dec-9\"");
    EXPECT_FALSE(startExperiment(docWithDecision("both"), "dec-1", "", "10.11.2026").ok);
}
