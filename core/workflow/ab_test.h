// Statistics for control-vs-variant tests (seed 002: "Measure conversion rate versus the
// original page"). A two-proportion z-test when the sample is large enough, Fisher's exact
// test when any expected cell count is below 5; the result always says which and why.
// Formulas and rules: docs/STATISTICS.md.
#pragma once

#include <cstdint>
#include <string>

namespace sc {

// Expected count below which the normal approximation is not trusted (Cochran's rule).
inline constexpr double kMinExpectedCount = 5.0;

struct ProportionTest {
    bool valid = false;        // false: no verdict possible (zero visitors, impossible counts)
    std::string message;       // why not valid, or a note on the data (empty when nothing to say)
    std::string method;        // "z_test" | "fisher_exact" | "none"
    std::string methodReason;  // plain words: why this method

    std::int64_t controlVisitors = 0, controlConversions = 0;
    std::int64_t variantVisitors = 0, variantConversions = 0;

    double controlRate = 0;  // conversions / visitors, 0..1
    double variantRate = 0;
    double absoluteLift = 0;           // variantRate − controlRate (fraction, 0.025 = 2.5 points)
    double relativeLift = 0;           // absoluteLift / controlRate; only when relativeLiftDefined
    bool relativeLiftDefined = false;  // false when the control rate is 0
    double ciLow = 0;                  // 95% CI for absoluteLift, unpooled Wald
    double ciHigh = 0;

    double z = 0;              // pooled two-proportion z (computed for both methods)
    double zPValue = 1;        // two-sided p from z
    double fisherPValue = -1;  // two-sided exact p; −1 when not computed
    double pValue = 1;         // the p-value of `method`, used for the verdict
    double alpha = 0.05;
    bool significant = false;  // pValue < alpha
};

// Standard normal cumulative distribution, via std::erfc (accurate in both tails).
double normalCdf(double x);

// Two-sided p-value of a z statistic: 2·(1 − Φ(|z|)).
double twoSidedPValue(double z);

// Fisher's exact test, two-sided, for the 2×2 table [[a, b], [c, d]]: the sum of the
// probabilities of all tables with the same margins that are no more likely than the observed
// one (tolerance 1e-7 relative). Log-factorials via std::lgamma, so large counts do not
// overflow. Returns −1 for negative cells.
double fisherExactTwoSided(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d);

// Exact two-sided binomial test of `successes` out of `trials` against a rate p0 (0 < p0 < 1),
// same rule as Fisher: sum of outcomes no more likely than the observed one. −1 for bad input.
double binomialExactTwoSided(std::int64_t trials, std::int64_t successes, double p0);

// Compares the conversion rate of a variant with a control. Picks the z-test, or Fisher's exact
// test when any expected cell count of the 2×2 table (arm × converted/not) is below 5.
ProportionTest compareProportions(std::int64_t controlVisitors, std::int64_t controlConversions,
                                  std::int64_t variantVisitors, std::int64_t variantConversions,
                                  double alpha = 0.05);

}  // namespace sc
