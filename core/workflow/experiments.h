// Reading an A/B test of a fix (seed 002 "What to do next": "Run the test for two weeks or
// 100 leads, whichever comes first"). First the stopping rule, then the verdict: variant
// better, variant worse, or not significant yet — an honest answer, not a failure.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"
#include "workflow/ab_test.h"
#include "workflow/decisions.h"

namespace sc {

struct ExperimentVerdict {
    std::string experimentId;

    // Stopping rule. A lead is a conversion: leads = control + variant conversions.
    //  "ready"         max_days elapsed or max_leads reached (whichever first)
    //  "keep_running"  neither yet; daysRemaining / leadsRemaining say how far
    //  "stopped_early" ended_on is set but the rule was not met when it ended
    //  "invalid"       the counts cannot be read (see message)
    std::string status;
    std::string statusReason;       // plain words: "reached 100 leads", "14 days have passed"
    std::int64_t daysElapsed = -1;  // −1 when there is no (valid) start date
    std::int64_t leads = 0;
    std::int64_t daysRemaining = -1;  // −1 when unknown (no start date)
    std::int64_t leadsRemaining = 0;

    //  "variant_better" | "variant_worse" | "not_significant_yet" | "no_verdict"
    std::string verdict = "no_verdict";
    ProportionTest test;
    std::string summary;                // one or two plain sentences for the dashboard
    std::vector<std::string> warnings;  // stopped early, interim look, tiny sample, no start ...
    std::string message;                // why invalid / no verdict
};

// The stopping rule and verdict of one experiment at `today` ("YYYY-MM-DD"). Days run from
// started_on to ended_on when set, else to today. Pure; never throws.
ExperimentVerdict evaluateExperiment(const Experiment& experiment, const std::string& today);

// Starts an A/B test of a decided fix (seed 002 "pick the highest-priority mismatch and create a
// small test"): id "exp-<decisionId>" (then "-2" ...), started_on = today, 14 days / 100 leads.
// Refused for an unknown decision, a trade-off, or a bad date.
WorkflowEdit startExperiment(const Document& doc, const std::string& decisionId,
                             const std::string& hypothesis, const std::string& today);

// Records the current counts of an experiment. Refused for negative counts or more conversions
// than visitors on an arm, naming the arm.
WorkflowEdit recordExperimentCounts(const Document& doc, const std::string& experimentId,
                                    std::int64_t controlVisitors, std::int64_t controlConversions,
                                    std::int64_t variantVisitors, std::int64_t variantConversions);

// Ends an experiment on `today` (its days then count to that date).
WorkflowEdit endExperiment(const Document& doc, const std::string& experimentId, const std::string& today);

// Display words for a verdict code ("variant_better" -> "variant better").
std::string verdictLabel(const std::string& verdict);

}  // namespace sc
