// Pricing accuracy: deals against the price book's floor and the tier's discount band. The
// limits themselves are authorised (exactly at the floor, exactly at the band's maximum or
// approval level); only beyond them is a violation, each with its reason.
#include <gtest/gtest.h>

#include "partners/money_text.h"
#include "partners/pricing_audit.h"
#include "partners_fixtures.h"
#include "test_util.h"

using namespace sc::partners;

TEST(partners_pricing_test, percent_text) {
    EXPECT_EQ(percentOfBp(2200), "22%");
    EXPECT_EQ(percentOfBp(1250), "12.5%");
    EXPECT_EQ(percentOfBp(401), "4.01%");
}

// Issue 14: money in the document's currency in the pricing reasons a partner manager reads.
TEST(partners_pricing_test, reasons_print_money_in_the_documents_currency) {
    auto doc = fx::partnerProgramme();
    doc.rules.priceBook[0].floorPriceMinor = 890000;
    doc.info.currency = "EUR";
    EXPECT_EQ(dealPricingProblems(doc, fx::deal("d1", "p_gold", "2026-05-03", 790000, 0)),
              std::vector<std::string>{"quoted \u20ac7,900.00 below floor \u20ac8,900.00"});
    doc.info.currency = "JPY";
    EXPECT_EQ(dealPricingProblems(doc, fx::deal("d1", "p_gold", "2026-05-03", 790000, 0)),
              std::vector<std::string>{"quoted \u00a5790,000 below floor \u00a5890,000"});
    doc.info.currency = "CHF";
    EXPECT_EQ(dealPricingProblems(doc, fx::deal("d1", "p_gold", "2026-05-03", 790000, 0)),
              std::vector<std::string>{"quoted 7,900.00 CHF below floor 8,900.00 CHF"});
}

TEST(partners_pricing_test, reasons_name_the_price_and_the_band) {
    auto doc = fx::partnerProgramme();
    doc.rules.priceBook[0].floorPriceMinor = 8900;
    EXPECT_EQ(dealPricingProblems(doc, fx::deal("d1", "p_gold", "2026-05-03", 7900, 0)),
              std::vector<std::string>{"quoted $79.00 below floor $89.00"});
    doc.rules.discountBands[0].approvalAboveBp = 1500;
    doc.rules.discountBands[0].maxDiscountBp = 2500;
    EXPECT_EQ(dealPricingProblems(doc, fx::deal("d2", "p_gold", "2026-05-03", 9000, 2200)),
              std::vector<std::string>{"22% discount above the gold band's 15% without approval"});
    EXPECT_TRUE(dealPricingProblems(doc, fx::deal("d3", "p_gold", "2026-05-03", 9000, 2200, true)).empty());
    EXPECT_EQ(dealPricingProblems(doc, fx::deal("d4", "p_gold", "2026-05-03", 9000, 2600, true)),
              std::vector<std::string>{"26% discount above the gold band's 25% maximum"});
    auto unknown = fx::deal("d5", "p_gold", "2026-05-03", 9000, 0);
    unknown.sku = "NOPE";
    EXPECT_EQ(dealPricingProblems(doc, unknown),
              std::vector<std::string>{"SKU 'NOPE' is not in the price book"});
    auto oldList = fx::deal("d6", "p_gold", "2026-05-03", 9000, 0);
    oldList.listPriceMinor = 9500;
    EXPECT_EQ(dealPricingProblems(doc, oldList),
              std::vector<std::string>{"list price $95.00 is not the price book's $100.00 for KIT"});
}

TEST(partners_pricing_test, limits_are_authorised) {
    const auto doc = fx::partnerProgramme();  // floor 89.00; gold: approval above 10%, maximum 15%
    EXPECT_TRUE(dealPricingProblems(doc, fx::deal("floor", "p_gold", "2026-05-03", 8900, 1000)).empty())
        << "exactly at the floor";
    EXPECT_FALSE(dealPricingProblems(doc, fx::deal("below", "p_gold", "2026-05-03", 8899, 1000)).empty());
    EXPECT_TRUE(dealPricingProblems(doc, fx::deal("approval", "p_gold", "2026-05-03", 9000, 1000)).empty())
        << "exactly at the approval level needs no approval";
    EXPECT_FALSE(dealPricingProblems(doc, fx::deal("over", "p_gold", "2026-05-03", 9000, 1001)).empty());
    EXPECT_TRUE(dealPricingProblems(doc, fx::deal("max", "p_gold", "2026-05-03", 9000, 1500, true)).empty())
        << "exactly at the band's maximum, approved";
    EXPECT_FALSE(
        dealPricingProblems(doc, fx::deal("max+", "p_gold", "2026-05-03", 9000, 1501, true)).empty());
}

TEST(partners_pricing_test, accuracy_per_partner_per_period) {
    auto doc = fx::partnerProgramme();
    doc.deals = {
        fx::deal("a", "p_gold", "2026-05-03", 9500, 500), fx::deal("b", "p_gold", "2026-05-20", 8000, 0),
        fx::deal("c", "p_gold", "2026-06-01", 9500, 500), fx::deal("open", "p_gold", "", 9500, 1200)};
    const auto may = auditPricing(doc, "p_gold", "2026-05", "2026-06");
    EXPECT_EQ(may.deals, 2u);
    EXPECT_EQ(may.accuracyBp, 5000);
    ASSERT_EQ(may.violations.size(), 1u);
    EXPECT_EQ(may.violations[0].dealId, "b");
    // The open deal's quote is live: it counts in the current period.
    const auto june = auditPricing(doc, "p_gold", "2026-06", "2026-06");
    EXPECT_EQ(june.deals, 2u);
    EXPECT_EQ(june.accuracyBp, 5000);
    // A period with no deals, and a partner with none: no accuracy rather than 0% or 100%.
    EXPECT_FALSE(auditPricing(doc, "p_gold", "2026-07", "2026-06").accuracyBp.has_value());
    EXPECT_FALSE(auditPricing(doc, "p_idle", "2026-05", "2026-06").accuracyBp.has_value());
}

// Hand-checked against the partner-program sample (its computed KPI records agree):
//  - Delta (silver: approval above 7%, maximum 10%) in 2026-08: d039 gateway at 13% is above
//    the maximum; d040 at 0% and d041 at 9% with approval are fine -> 2 of 3 = 6667 bp.
//  - GreenAcre (bronze: approval above 5%, maximum 7%) in 2026-08: d051 at 10% is above the
//    maximum, d052 at 10% also (and unapproved); d050 at 0% is fine -> 1 of 3 = 3333 bp.
//  - Riverbend's open deal d023 (18%, 1065.18 a gateway whose floor is 1104.00) counts in the
//    latest period 2026-10 with two reasons.
TEST(partners_pricing_test, partner_program_sample_numbers) {
    const auto doc = sc::test::loadSample("partner-program");
    const auto delta = auditPricing(doc, "p_delta", "2026-08", "2026-10");
    EXPECT_EQ(delta.deals, 3u);
    EXPECT_EQ(delta.accuracyBp, 6667);
    ASSERT_EQ(delta.violations.size(), 1u);
    EXPECT_EQ(delta.violations[0].dealId, "d039");
    EXPECT_EQ(delta.violations[0].reasons,
              std::vector<std::string>{"13% discount above the silver band's 10% maximum"});
    EXPECT_EQ(auditPricing(doc, "p_greenacre", "2026-08", "2026-10").accuracyBp, 3333);
    const auto riverbend = auditPricing(doc, "p_riverbend", "2026-10", "2026-10");
    ASSERT_EQ(riverbend.violations.size(), 1u);
    EXPECT_EQ(riverbend.violations[0].dealId, "d023");
    EXPECT_EQ(riverbend.violations[0].reasons,
              (std::vector<std::string>{"quoted $1,065.18 below floor $1,104.00",
                                        "18% discount above the gold band's 15% maximum"}));
    EXPECT_EQ(riverbend.accuracyBp, 0);
}
