// A/B statistics against reference values and edge cases (docs/STATISTICS.md).
#include <gtest/gtest.h>

#include <cmath>

#include "workflow/ab_test.h"

using namespace sc;

namespace {

// Brute-force two-sided Fisher p over the whole support, written independently of the
// implementation's walk-from-the-mode.
double fisherBruteForce(long long a, long long b, long long c, long long d) {
    const double r1 = a + b, r2 = c + d, c1 = a + c, n = r1 + r2;
    auto lc = [](double nn, double k) {
        return std::lgamma(nn + 1) - std::lgamma(k + 1) - std::lgamma(nn - k + 1);
    };
    auto p = [&](double k) { return std::exp(lc(r1, k) + lc(r2, c1 - k) - lc(n, c1)); };
    const double observed = p(a);
    double sum = 0;
    for (double k = std::max(0.0, c1 - r2); k <= std::min(r1, c1); k += 1)
        if (p(k) <= observed * (1 + 1e-7)) sum += p(k);
    return std::min(1.0, sum);
}

}  // namespace

TEST(workflow_ab_test_test, normal_cdf_reference_points) {
    EXPECT_NEAR(normalCdf(0), 0.5, 1e-12);
    EXPECT_NEAR(normalCdf(1.959963985), 0.975, 1e-9);
    EXPECT_NEAR(normalCdf(-1), 0.158655254, 1e-8);
    EXPECT_NEAR(twoSidedPValue(1.959963985), 0.05, 1e-9);
    EXPECT_NEAR(twoSidedPValue(-2.575829304), 0.01, 1e-9);
    // erfc keeps the far tail; 2·(1 − Φ(9)) computed as 1 − cdf would round to 0
    EXPECT_NEAR(twoSidedPValue(9) / 2.2571768e-19, 1.0, 1e-6);
}

TEST(workflow_ab_test_test, thousand_visitors_five_vs_seven_and_a_half_percent) {
    const auto t = compareProportions(1000, 50, 1000, 75);
    ASSERT_TRUE(t.valid);
    EXPECT_EQ(t.method, "z_test");
    EXPECT_NEAR(t.z, 2.309, 0.001);
    EXPECT_NEAR(t.pValue, 0.0209, 0.0001);
    EXPECT_TRUE(t.significant);
    EXPECT_NEAR(t.absoluteLift, 0.025, 1e-12);
    EXPECT_NEAR(t.relativeLift, 0.5, 1e-12);
    // unpooled Wald: 0.025 ± 1.96·sqrt(.05·.95/1000 + .075·.925/1000) = 0.025 ± 0.02121
    EXPECT_NEAR(t.ciLow, 0.00379, 0.0001);
    EXPECT_NEAR(t.ciHigh, 0.04621, 0.0001);
    EXPECT_DOUBLE_EQ(t.fisherPValue, -1);
}

TEST(workflow_ab_test_test, two_hundred_visitors_is_not_significant) {
    const auto t = compareProportions(200, 10, 200, 14);
    ASSERT_TRUE(t.valid);
    EXPECT_EQ(t.method, "z_test");  // smallest expected cell is 12
    EXPECT_NEAR(t.z, 0.842, 0.001);
    EXPECT_NEAR(t.pValue, 0.400, 0.001);
    EXPECT_FALSE(t.significant);
    EXPECT_LT(t.ciLow, 0);
    EXPECT_GT(t.ciHigh, 0);
}

TEST(workflow_ab_test_test, worse_variant_has_negative_z_and_lift) {
    const auto t = compareProportions(1000, 75, 1000, 50);
    EXPECT_NEAR(t.z, -2.309, 0.001);
    EXPECT_NEAR(t.absoluteLift, -0.025, 1e-12);
    EXPECT_NEAR(t.relativeLift, -1.0 / 3.0, 1e-12);
    EXPECT_TRUE(t.significant);
}

TEST(workflow_ab_test_test, fisher_reference_tables) {
    EXPECT_NEAR(fisherExactTwoSided(3, 1, 1, 3), 0.4857, 0.0001);   // the lady tasting tea
    EXPECT_NEAR(fisherExactTwoSided(1, 9, 11, 3), 0.002759, 1e-6);  // R: fisher.test(matrix(c(1,11,9,3),2))
    EXPECT_NEAR(fisherExactTwoSided(0, 5, 5, 0), 0.007937, 1e-6);   // 2 / C(10,5)
    EXPECT_NEAR(fisherExactTwoSided(0, 0, 0, 0), 1.0, 1e-12);
    EXPECT_DOUBLE_EQ(fisherExactTwoSided(-1, 2, 3, 4), -1);
}

TEST(workflow_ab_test_test, fisher_matches_brute_force_and_is_symmetric) {
    const long long tables[][4] = {
        {50, 950, 75, 925}, {2, 48, 9, 41}, {0, 30, 4, 26}, {7, 3, 2, 8}, {30, 70, 10, 90}};
    for (const auto& t : tables) {
        const double p = fisherExactTwoSided(t[0], t[1], t[2], t[3]);
        EXPECT_NEAR(p, fisherBruteForce(t[0], t[1], t[2], t[3]), 1e-9) << t[0] << " " << t[2];
        EXPECT_NEAR(p, fisherExactTwoSided(t[2], t[3], t[0], t[1]), 1e-9);
    }
}

TEST(workflow_ab_test_test, small_expected_counts_switch_to_fisher) {
    const auto t = compareProportions(40, 1, 40, 6);  // expected conversions 3.5 per arm
    ASSERT_TRUE(t.valid);
    EXPECT_EQ(t.method, "fisher_exact");
    EXPECT_NE(t.methodReason.find("below 5"), std::string::npos);
    EXPECT_NEAR(t.fisherPValue, fisherBruteForce(1, 39, 6, 34), 1e-9);
    EXPECT_DOUBLE_EQ(t.pValue, t.fisherPValue);
    EXPECT_FALSE(t.significant);           // Fisher p ≈ 0.108
    EXPECT_LT(t.zPValue, t.fisherPValue);  // the z-test would have been too eager here
}

TEST(workflow_ab_test_test, zero_visitors_gives_no_verdict) {
    const auto t = compareProportions(0, 0, 100, 5);
    EXPECT_FALSE(t.valid);
    EXPECT_EQ(t.method, "none");
    EXPECT_EQ(t.message, "no visitors yet on the control");
    EXPECT_EQ(compareProportions(0, 0, 0, 0).message, "no visitors yet on either side");
}

TEST(workflow_ab_test_test, zero_conversions_on_both_sides_means_no_difference) {
    const auto t = compareProportions(500, 0, 500, 0);
    ASSERT_TRUE(t.valid);
    EXPECT_DOUBLE_EQ(t.pValue, 1.0);
    EXPECT_DOUBLE_EQ(t.z, 0.0);
    EXPECT_FALSE(t.significant);
    EXPECT_FALSE(t.relativeLiftDefined);
    EXPECT_NE(t.methodReason.find("no conversions"), std::string::npos);
}

TEST(workflow_ab_test_test, more_conversions_than_visitors_is_invalid) {
    const auto t = compareProportions(100, 5, 100, 101);
    EXPECT_FALSE(t.valid);
    EXPECT_EQ(t.message, "variant has more conversions (101) than visitors (100)");
    EXPECT_FALSE(compareProportions(100, -1, 100, 5).valid);
}

TEST(workflow_ab_test_test, huge_counts_do_not_overflow) {
    const std::int64_t n = 1000000000000LL;  // a trillion visitors per arm
    const auto t = compareProportions(n, n / 20, n, n / 20 + 1000000);
    ASSERT_TRUE(t.valid);
    EXPECT_EQ(t.method, "z_test");
    // 1e-6 difference over pooled SE sqrt(0.0500005·0.9499995·2e-12) = 3.0822e-7
    EXPECT_NEAR(t.z, 3.2444, 0.001);
    EXPECT_TRUE(std::isfinite(t.pValue));
    EXPECT_TRUE(t.significant);
    // a huge table with one tiny margin goes through Fisher without visiting a billion tables
    const double p = fisherExactTwoSided(2, 1000000000LL, 9, 1000000000LL);
    EXPECT_NEAR(p, fisherBruteForce(2, 1000000000LL, 9, 1000000000LL), 1e-6);
}

TEST(workflow_ab_test_test, binomial_exact_reference) {
    EXPECT_NEAR(binomialExactTwoSided(10, 9, 0.5), 0.021484375, 1e-9);  // 22/1024
    EXPECT_NEAR(binomialExactTwoSided(10, 5, 0.5), 1.0, 1e-9);
    EXPECT_DOUBLE_EQ(binomialExactTwoSided(10, 11, 0.5), -1);
}
