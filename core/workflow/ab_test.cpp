// Two-proportion z-test, unpooled Wald interval and Fisher's exact test for A/B results.
// Counts are int64 but every product of counts is taken in long double, so visitor counts in
// the billions neither overflow nor lose the digits the exact test needs.
#include "workflow/ab_test.h"

#include <algorithm>
#include <cmath>

namespace sc {
namespace {

constexpr long double kZ975 = 1.959963984540054L;  // Φ⁻¹(0.975): the 95% interval

// log C(n, k). For a small k (or n − k) the sum of logs is exact to rounding even when n is in
// the billions, where a difference of two lgamma values near 2·10¹⁰ would lose digits (and the
// wasm build's lgammal is only double precision).
long double logChoose(long double n, long double k) {
    const long double m = std::min(k, n - k);
    if (m < 1000) {
        long double sum = 0;
        for (long double i = 1; i <= m; i += 1) sum += std::log((n - m + i) / i);
        return sum;
    }
    return std::lgamma(n + 1) - std::lgamma(k + 1) - std::lgamma(n - k + 1);
}

std::string countText(std::int64_t v) { return std::to_string(v); }

}  // namespace

double normalCdf(double x) { return 0.5 * std::erfc(-x / std::sqrt(2.0)); }

double twoSidedPValue(double z) { return std::erfc(std::fabs(z) / std::sqrt(2.0)); }

double fisherExactTwoSided(std::int64_t a, std::int64_t b, std::int64_t c, std::int64_t d) {
    if (a < 0 || b < 0 || c < 0 || d < 0) return -1;
    const long double r1 = (long double)a + b, r2 = (long double)c + d;
    const long double c1 = (long double)a + c, n = r1 + r2;
    if (n == 0) return 1;
    const long double lo = std::max(0.0L, c1 - r2), hi = std::min(r1, c1);
    const long double norm = logChoose(n, c1);
    auto logP = [&](long double k) { return logChoose(r1, k) + logChoose(r2, c1 - k) - norm; };
    const long double observed = logP((long double)a);
    const long double cutoff = observed + std::log1p(1e-7L);

    // The hypergeometric is unimodal: walk out from the mode in both directions and stop
    // once terms are negligible against both the peak and the observed table (log-concave, so
    // the rest of that tail is smaller still). Avoids visiting a support of billions.
    long double mode = std::floor((c1 + 1) * (r1 + 1) / (n + 2));
    mode = std::min(std::max(mode, lo), hi);
    const long double peak = logP(mode);
    const long double negligible = std::min(peak, observed) - 50;  // e^-50 ≈ 2e-22
    long double sum = 0;
    for (long double k = mode; k <= hi; k += 1) {
        const long double lp = logP(k);
        if (lp <= cutoff) sum += std::exp(lp);
        if (lp < negligible) break;
    }
    for (long double k = mode - 1; k >= lo; k -= 1) {
        const long double lp = logP(k);
        if (lp <= cutoff) sum += std::exp(lp);
        if (lp < negligible) break;
    }
    return (double)std::min(1.0L, sum);
}

double binomialExactTwoSided(std::int64_t trials, std::int64_t successes, double p0) {
    if (trials < 0 || successes < 0 || successes > trials || !(p0 > 0 && p0 < 1)) return -1;
    const long double n = trials, lp = std::log((long double)p0), lq = std::log1p(-(long double)p0);
    auto logP = [&](long double k) { return logChoose(n, k) + k * lp + (n - k) * lq; };
    const long double observed = logP((long double)successes);
    const long double cutoff = observed + std::log1p(1e-7L);
    const long double mode = std::min(n, std::floor((n + 1) * (long double)p0));
    const long double negligible = std::min(logP(mode), observed) - 50;
    long double sum = 0;
    for (long double k = mode; k <= n; k += 1) {
        const long double l = logP(k);
        if (l <= cutoff) sum += std::exp(l);
        if (l < negligible) break;
    }
    for (long double k = mode - 1; k >= 0; k -= 1) {
        const long double l = logP(k);
        if (l <= cutoff) sum += std::exp(l);
        if (l < negligible) break;
    }
    return (double)std::min(1.0L, sum);
}

ProportionTest compareProportions(std::int64_t controlVisitors, std::int64_t controlConversions,
                                  std::int64_t variantVisitors, std::int64_t variantConversions,
                                  double alpha) {
    ProportionTest t;
    t.controlVisitors = controlVisitors;
    t.controlConversions = controlConversions;
    t.variantVisitors = variantVisitors;
    t.variantConversions = variantConversions;
    t.alpha = alpha;
    t.method = "none";

    if (controlVisitors < 0 || controlConversions < 0 || variantVisitors < 0 || variantConversions < 0) {
        t.message = "counts cannot be negative";
        return t;
    }
    if (controlConversions > controlVisitors) {
        t.message = "control has more conversions (" + countText(controlConversions) + ") than visitors (" +
                    countText(controlVisitors) + ")";
        return t;
    }
    if (variantConversions > variantVisitors) {
        t.message = "variant has more conversions (" + countText(variantConversions) + ") than visitors (" +
                    countText(variantVisitors) + ")";
        return t;
    }
    if (controlVisitors == 0 || variantVisitors == 0) {
        t.message = controlVisitors == 0 && variantVisitors == 0 ? "no visitors yet on either side"
                    : controlVisitors == 0                       ? "no visitors yet on the control"
                                                                 : "no visitors yet on the variant";
        return t;
    }
    t.valid = true;

    const long double n1 = controlVisitors, x1 = controlConversions;
    const long double n2 = variantVisitors, x2 = variantConversions;
    const long double p1 = x1 / n1, p2 = x2 / n2;
    t.controlRate = (double)p1;
    t.variantRate = (double)p2;
    t.absoluteLift = (double)(p2 - p1);
    if (p1 > 0) {
        t.relativeLiftDefined = true;
        t.relativeLift = (double)((p2 - p1) / p1);
    }
    const long double seWald = std::sqrt(p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2);
    t.ciLow = (double)((p2 - p1) - kZ975 * seWald);
    t.ciHigh = (double)((p2 - p1) + kZ975 * seWald);

    const long double total = n1 + n2, converted = x1 + x2, notConverted = total - converted;
    const long double pooled = converted / total;
    const long double sePooled = std::sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
    if (sePooled == 0) {
        // Nobody converted, or everybody did, on both sides: identical rates, nothing to test.
        t.z = 0;
        t.zPValue = 1;
        t.pValue = 1;
        t.methodReason = converted == 0 ? "no conversions on either side: no difference to test"
                                        : "every visitor converted on both sides: no difference to test";
        t.message = t.methodReason;
        return t;
    }
    t.z = (double)((p2 - p1) / sePooled);
    t.zPValue = twoSidedPValue(t.z);

    const long double minExpected = std::min({n1 * converted / total, n1 * notConverted / total,
                                              n2 * converted / total, n2 * notConverted / total});
    if (minExpected < kMinExpectedCount) {
        t.method = "fisher_exact";
        t.fisherPValue = fisherExactTwoSided(controlConversions, controlVisitors - controlConversions,
                                             variantConversions, variantVisitors - variantConversions);
        t.pValue = t.fisherPValue;
        t.methodReason =
            "an expected cell count is below 5, too few for the normal approximation, "
            "so Fisher's exact test is used";
    } else {
        t.method = "z_test";
        t.pValue = t.zPValue;
        t.methodReason = "every expected cell count is at least 5: two-proportion z-test (pooled)";
    }
    t.significant = t.pValue < alpha;
    return t;
}

}  // namespace sc
