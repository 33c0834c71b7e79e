// Verifying a fix (seed 002 step 5): "track the same metrics ... for at least two full sales
// cycles". Until then the answer is "too early"; after, conversion since the fix is compared
// with the baseline and the difference must be statistically real to count.
#pragma once

#include <cstdint>
#include <string>

#include "model/document.h"
#include "workflow/ab_test.h"
#include "workflow/decisions.h"

namespace sc {

struct VerificationResult {
    std::string verificationId;
    //  "too_early"          fewer than cycles_required full cycles since started_on
    //  "verified"           conversion after the fix is significantly higher than the baseline
    //  "regressed"          significantly lower
    //  "no_change"          no statistically real difference
    //  "insufficient_data"  no cycle length, no start, no observations after, or no baseline
    std::string status;
    std::string message;  // plain words, always set

    std::int64_t cycleDays = 0;
    std::string cycleSource;  // "verification" | "pair" | "segment" | "" (none found)
    std::int64_t daysElapsed = -1;
    std::int64_t daysRequired = 0;   // cycleDays × cyclesRequired
    std::int64_t daysRemaining = 0;  // when too_early

    // Conversion = conversions / visitors over pair_observations, in basis points.
    std::string baselineSource;  // "baseline_conversion_bp" | "observations_before" | ""
    BasisPoints baselineConversionBp = -1;
    std::int64_t beforeVisitors = 0, beforeConversions = 0;
    std::int64_t afterVisitors = 0, afterConversions = 0;
    BasisPoints afterConversionBp = -1;
    double z = 0;
    double pValue = 1;
    ProportionTest test;  // when the baseline comes from observations before the start
};

// Evaluates one verification at `today`. Cycle length: verification.cycle_days, else the
// pair's sales_cycle_days, else its segment's. Start: started_on, else the decision's
// implemented_on. Observations with period_start >= start (and <= today) are "after"; before
// the start are "before". Baseline: baseline_conversion_bp when > 0 (one-sample z-test of the
// after-rate against it), else the before observations (two-proportion test, ab_test.h).
VerificationResult evaluateVerification(const Document& doc, const Verification& verification,
                                        const std::string& today);

// Carries a finished verification over to its mismatch: "verified" sets the mismatch to
// "verified"; "regressed" or "no_change" reopens it (seed 002: "If not, revisit your maps — you
// may have missed a subtle contradiction"). Refused while too early or without enough data, so
// a fix never counts as verified before two full cycles.
WorkflowEdit applyVerification(const Document& doc, const std::string& verificationId,
                               const std::string& today);

}  // namespace sc
