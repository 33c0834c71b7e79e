// Issue 9: 0 in the price book or a discount band is a rule, not "not set". A free SKU (list price
// 0) is checked; a band with a maximum of 0 allows no discount; an approval level of 0 means
// every discount needs approval. Each case has its counterpart that must not be flagged.
#include <gtest/gtest.h>

#include "partners/pricing_audit.h"
#include "partners/pricing_checks.h"
#include "partners_fixtures.h"

using namespace sc::partners;
using fx::checksOf;

namespace {

// The fixture's KIT made free: list price 0, floor 0.
sc::Document freeKit() {
    auto doc = fx::partnerProgramme();
    doc.rules.priceBook[0].listPriceMinor = 0;
    doc.rules.priceBook[0].floorPriceMinor = 0;
    return doc;
}

}  // namespace

TEST(partners_pricing_zero_test, a_free_sku_is_checked_against_its_list_price_of_zero) {
    const auto doc = freeKit();
    // A partner charging list price 100.00 for a free SKU breaks the rule.
    const auto charged = fx::deal("d1", "p_gold", "2026-05-03", 10000, 0);
    EXPECT_EQ(checkDealPricing(doc, charged).problems,
              std::vector<std::string>{"list price $100.00 is not the price book's $0.00 for KIT"});
    EXPECT_TRUE(checksOf(checkDealPricing(doc, charged)).empty()) << "every rule was checked";
    // The deal at the book's 0, quoted 0 (at the floor of 0): judged, and accurate.
    auto free = fx::deal("d2", "p_gold", "2026-05-03", 0, 0);
    free.listPriceMinor = 0;
    const auto check = checkDealPricing(doc, free);
    EXPECT_TRUE(check.problems.empty());
    EXPECT_TRUE(check.unchecked.empty()) << ::testing::PrintToString(checksOf(check));
    EXPECT_TRUE(check.judged);
}

TEST(partners_pricing_zero_test, a_missing_list_price_is_not_checked_and_not_a_violation) {
    auto doc = freeKit();
    doc.rules.priceBook[0].listPriceMinor.reset();
    const auto charged = fx::deal("d1", "p_gold", "2026-05-03", 10000, 0);
    const auto check = checkDealPricing(doc, charged);
    EXPECT_TRUE(check.problems.empty());
    EXPECT_EQ(checksOf(check),
              std::vector<std::string>{"list_price: SKU KIT has no list price in the price book"});
    const auto audit = auditDeals(doc, {&charged});
    EXPECT_EQ(audit.violations.size(), 0u);
    EXPECT_EQ(audit.accuracyBp, 10000) << "the floor of 0 was checked and passed";
}

TEST(partners_pricing_zero_test, a_full_discount_on_a_free_sku_meets_the_band_as_a_real_rule) {
    const auto doc = freeKit();
    // 100% off: above the gold band's 15% maximum, approval or not; the prices themselves are right.
    auto everything = fx::deal("d1", "p_gold", "2026-05-03", 0, 10000, true);
    everything.listPriceMinor = 0;
    EXPECT_EQ(checkDealPricing(doc, everything).problems,
              std::vector<std::string>{"100% discount above the gold band's 15% maximum"});
    EXPECT_TRUE(checksOf(checkDealPricing(doc, everything)).empty());
}

TEST(partners_pricing_zero_test, a_maximum_of_zero_allows_no_discount) {
    auto doc = fx::partnerProgramme();
    doc.rules.discountBands[0].maxDiscountBp = 0;
    const auto small = fx::deal("d1", "p_gold", "2026-05-03", 9900, 100, true);
    EXPECT_EQ(checkDealPricing(doc, small).problems,
              std::vector<std::string>{"1% discount above the gold band's 0% maximum"});
    EXPECT_TRUE(checkDealPricing(doc, fx::deal("d2", "p_gold", "2026-05-03", 10000, 0)).problems.empty())
        << "without a discount the band has nothing to say";
}

TEST(partners_pricing_zero_test, approval_level_zero_means_every_discount_needs_approval) {
    auto doc = fx::partnerProgramme();
    doc.rules.discountBands[0].approvalAboveBp = 0;
    const auto smallest = fx::deal("d1", "p_gold", "2026-05-03", 9999, 1);
    EXPECT_EQ(checkDealPricing(doc, smallest).problems,
              std::vector<std::string>{"0.01% discount above the gold band's 0% without approval"});
    EXPECT_TRUE(checksOf(checkDealPricing(doc, smallest)).empty());
    // Approved, or no discount: nothing to flag.
    EXPECT_TRUE(
        checkDealPricing(doc, fx::deal("d2", "p_gold", "2026-05-03", 9999, 1, true)).problems.empty());
    EXPECT_TRUE(checkDealPricing(doc, fx::deal("d3", "p_gold", "2026-05-03", 10000, 0)).problems.empty());
    // A missing level: not checked, not flagged.
    doc.rules.discountBands[0].approvalAboveBp.reset();
    const auto unset = checkDealPricing(doc, smallest);
    EXPECT_TRUE(unset.problems.empty());
    EXPECT_EQ(checksOf(unset), std::vector<std::string>{"approval: the gold band has no approval level"});
}
