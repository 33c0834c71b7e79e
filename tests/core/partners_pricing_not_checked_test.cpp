// Issue 9, "missing value = not checked": a price book entry without a list or floor price, a
// discount band without a maximum or an approval level (not set: std::nullopt), a deal without
// its prices leave that rule not checked - counted and listed as such - never violated. For each
// rule: a case that must be flagged and one that must not. (0 is a value:
// partners_pricing_zero_test.cpp.)
#include <gtest/gtest.h>

#include "partners/pricing_audit.h"
#include "partners/pricing_checks.h"
#include "partners_fixtures.h"

using namespace sc::partners;
using fx::checksOf;

namespace {}  // namespace

TEST(partners_pricing_not_checked_test, list_price) {
    auto doc = fx::partnerProgramme();  // KIT: list 100.00, floor 89.00
    auto deal = fx::deal("d1", "p_gold", "2026-05-03", 9500, 500);
    deal.listPriceMinor = 9900;
    EXPECT_EQ(checkDealPricing(doc, deal).problems,
              std::vector<std::string>{"list price $99.00 is not the price book's $100.00 for KIT"})
        << "flagged: the book has a list price and the deal's differs";
    doc.rules.priceBook[0].listPriceMinor.reset();  // not set (0 would be a free SKU)
    const auto noBookPrice = checkDealPricing(doc, deal);
    EXPECT_TRUE(noBookPrice.problems.empty()) << "not flagged: the book has no list price";
    EXPECT_EQ(checksOf(noBookPrice),
              std::vector<std::string>{"list_price: SKU KIT has no list price in the price book"});
    EXPECT_TRUE(noBookPrice.judged) << "the floor and the band were still checked";
    doc = fx::partnerProgramme();
    deal.listPriceMinor = 0;  // the partner's sheet had no list price column
    EXPECT_TRUE(checkDealPricing(doc, deal).problems.empty());
    EXPECT_EQ(checksOf(checkDealPricing(doc, deal)),
              std::vector<std::string>{"list_price: the deal records no list price"});
}

TEST(partners_pricing_not_checked_test, floor_price) {
    auto doc = fx::partnerProgramme();
    const auto cheap = fx::deal("d1", "p_gold", "2026-05-03", 5000, 0);
    EXPECT_EQ(checkDealPricing(doc, cheap).problems,
              std::vector<std::string>{"quoted $50.00 below floor $89.00"});
    doc.rules.priceBook[0].floorPriceMinor.reset();
    const auto noFloor = checkDealPricing(doc, cheap);
    EXPECT_TRUE(noFloor.problems.empty());
    EXPECT_EQ(checksOf(noFloor),
              std::vector<std::string>{"floor_price: SKU KIT has no floor price in the price book"});
    doc = fx::partnerProgramme();
    EXPECT_EQ(checksOf(checkDealPricing(doc, fx::deal("d2", "p_gold", "2026-05-03", 0, 0))),
              std::vector<std::string>{"floor_price: the deal records no quoted price"});
}

TEST(partners_pricing_not_checked_test, maximum_discount) {
    auto doc = fx::partnerProgramme();  // gold: approval above 10%, maximum 15%
    const auto big = fx::deal("d1", "p_gold", "2026-05-03", 9000, 3000, true);
    EXPECT_EQ(checkDealPricing(doc, big).problems,
              std::vector<std::string>{"30% discount above the gold band's 15% maximum"});
    doc.rules.discountBands[0].maxDiscountBp.reset();
    const auto noMax = checkDealPricing(doc, big);
    EXPECT_TRUE(noMax.problems.empty()) << "a band without a maximum does not flag every discounted deal";
    EXPECT_EQ(checksOf(noMax),
              std::vector<std::string>{"max_discount: the gold band has no maximum discount"});
}

TEST(partners_pricing_not_checked_test, approval_level) {
    auto doc = fx::partnerProgramme();
    const auto unapproved = fx::deal("d1", "p_gold", "2026-05-03", 9000, 1200);
    EXPECT_EQ(checkDealPricing(doc, unapproved).problems,
              std::vector<std::string>{"12% discount above the gold band's 10% without approval"});
    doc.rules.discountBands[0].approvalAboveBp.reset();
    const auto noLevel = checkDealPricing(doc, unapproved);
    EXPECT_TRUE(noLevel.problems.empty()) << "a band without an approval level does not flag the deal";
    EXPECT_EQ(checksOf(noLevel), std::vector<std::string>{"approval: the gold band has no approval level"});
    // An approved deal passes the rule whatever the level; a deal without discount needs none.
    EXPECT_TRUE(
        checksOf(checkDealPricing(doc, fx::deal("d2", "p_gold", "2026-05-03", 9000, 1200, true))).empty());
    EXPECT_TRUE(checksOf(checkDealPricing(doc, fx::deal("d3", "p_gold", "2026-05-03", 9000, 0))).empty());
}

TEST(partners_pricing_not_checked_test, no_band_for_the_tier_and_no_price_book) {
    auto doc = fx::partnerProgramme();
    doc.partners[0].tier = "platinum";
    const auto discounted = fx::deal("d1", "p_gold", "2026-05-03", 9000, 2000);
    EXPECT_TRUE(checkDealPricing(doc, discounted).problems.empty());
    EXPECT_EQ(checksOf(checkDealPricing(doc, discounted)),
              std::vector<std::string>{"discount_band: tier 'platinum' has no discount band"});
    EXPECT_TRUE(checksOf(checkDealPricing(doc, fx::deal("d2", "p_gold", "2026-05-03", 9000, 0))).empty())
        << "no discount: no band needed";
    // A SKU missing from a price book that exists is a violation; an empty price book is not.
    auto unknown = fx::deal("d3", "p_gold", "2026-05-03", 9000, 0);
    unknown.sku = "NOPE";
    EXPECT_EQ(checkDealPricing(doc, unknown).problems,
              std::vector<std::string>{"SKU 'NOPE' is not in the price book"});
    doc.rules.priceBook.clear();
    const auto empty = checkDealPricing(doc, unknown);
    EXPECT_TRUE(empty.problems.empty());
    EXPECT_FALSE(empty.judged) << "nothing could be checked";
    EXPECT_EQ(checksOf(empty), std::vector<std::string>{"price_book: the price book is empty"});
}

// The audit lists each rule not checked once per reason with its deals, and judges accuracy on
// the deals some rule could be checked for: unchecked deals neither pass nor fail.
TEST(partners_pricing_not_checked_test, audit_counts_and_lists_not_checked_rules) {
    auto doc = fx::partnerProgramme();
    sc::PriceBookEntry probe = doc.rules.priceBook[0];
    probe.id = "pb_probe";
    probe.sku = "PROBE";
    probe.listPriceMinor.reset();
    probe.floorPriceMinor.reset();
    doc.rules.priceBook.push_back(probe);
    auto p1 = fx::deal("p1", "p_gold", "2026-05-03", 9000, 0);
    p1.sku = "PROBE";
    auto p2 = p1;
    p2.id = "p2";
    auto bad = fx::deal("bad", "p_gold", "2026-05-04", 5000, 0);
    auto good = fx::deal("good", "p_gold", "2026-05-05", 9500, 0);
    doc.deals = {p1, p2, bad, good};
    const auto audit = auditPricing(doc, "p_gold", "2026-05", "2026-05");
    EXPECT_EQ(audit.deals, 2u) << "p1 and p2 have no rule that could be checked";
    EXPECT_EQ(audit.notJudged, 2u);
    EXPECT_EQ(audit.accurate, 1u);
    EXPECT_EQ(audit.accuracyBp, 5000);
    ASSERT_EQ(audit.violations.size(), 1u);
    EXPECT_EQ(audit.violations[0].dealId, "bad");
    ASSERT_EQ(audit.notChecked.size(), 2u);
    EXPECT_EQ(audit.notChecked[0].text,
              "list price not checked for 2 deals: SKU PROBE has no list price in the price book");
    EXPECT_EQ(audit.notChecked[0].dealIds, (std::vector<std::string>{"p1", "p2"}));
    EXPECT_EQ(audit.notChecked[1].text,
              "floor price not checked for 2 deals: SKU PROBE has no floor price in the price book");
    // Only unchecked deals: no accuracy at all rather than 0% or 100%.
    doc.deals = {p1};
    const auto none = auditPricing(doc, "p_gold", "2026-05", "2026-05");
    EXPECT_FALSE(none.accuracyBp.has_value());
    EXPECT_EQ(none.notChecked[0].text,
              "list price not checked for 1 deal: SKU PROBE has no list price in the price book");
}
