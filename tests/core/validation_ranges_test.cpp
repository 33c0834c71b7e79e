// Validation rule family "ranges" (and the table rows): negative counts, shares over 100%,
// converted > entered, pulse scores outside 1..5.
#include "test_util.h"
#include "validation/validate.h"

using sc::Severity;
using sc::test::hasFinding;
using sc::test::loadPatched;

TEST(validation_ranges_test, negative_pair_visitors_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pairs/0/visitors","value":-5}])");
    EXPECT_TRUE(
        hasFinding(r, "/pairs/0/visitors", Severity::Error,
                   {"product-channel pair 'App via direct sales'", "negative number of visitors (-5)"}));
}

TEST(validation_ranges_test, negative_segment_customers_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/segments/1/customers","value":-1}])");
    EXPECT_TRUE(hasFinding(r, "/segments/1/customers", Severity::Error, {"segment 'Enterprise'"}));
}

TEST(validation_ranges_test, negative_complaints_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pairs/0/complaints","value":-3}])");
    EXPECT_TRUE(hasFinding(r, "/pairs/0/complaints", Severity::Error, {"complaints"}));
}

TEST(validation_ranges_test, negative_funnel_entered_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pairs/0/funnel/0/entered","value":-1}])");
    EXPECT_TRUE(hasFinding(r, "/pairs/0/funnel/0/entered", Severity::Error, {"funnel stage 'Convert'"}));
}

TEST(validation_ranges_test, converted_more_than_entered_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pairs/0/funnel/0/converted","value":401}])");
    EXPECT_TRUE(hasFinding(r, "/pairs/0/funnel/0/converted", Severity::Error,
                           {"converted 401 of 400", "cannot convert more"}));
}

TEST(validation_ranges_test, more_leads_than_visitors_is_a_warning) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pairs/0/leads","value":6000}])");
    EXPECT_TRUE(
        hasFinding(r, "/pairs/0/leads", Severity::Warning, {"more leads (6000) than visitors (5000)"}));
}

TEST(validation_ranges_test, target_audience_share_over_100_percent_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pairs/0/target_audience_share_bp","value":12500}])");
    EXPECT_TRUE(hasFinding(r, "/pairs/0/target_audience_share_bp", Severity::Error,
                           {"12500 bp (125%)", "0 and 10000"}));
}

TEST(validation_ranges_test, confidence_over_100_percent_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/mismatches/0/confidence_bp","value":10001}])");
    EXPECT_TRUE(
        hasFinding(r, "/mismatches/0/confidence_bp", Severity::Error, {"confidence of 10001 bp (100.01%)"}));
}

TEST(validation_ranges_test, benchmark_over_100_percent_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pairs/0/funnel/0/benchmark_bp","value":20000}])");
    EXPECT_TRUE(hasFinding(r, "/pairs/0/funnel/0/benchmark_bp", Severity::Error, {"benchmark conversion"}));
}

TEST(validation_ranges_test, effort_outside_one_to_five_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/mismatches/1/effort","value":9}])");
    EXPECT_TRUE(
        hasFinding(r, "/mismatches/1/effort", Severity::Error, {"mismatch 'Cycle too long'", "effort of 9"}));
}

TEST(validation_ranges_test, experiment_conversions_above_visitors_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/experiments/0/variant_conversions","value":1001}])");
    EXPECT_TRUE(hasFinding(r, "/experiments/0/variant_conversions", Severity::Error,
                           {"more variant conversions (1001) than variant visitors (1000)"}));
}

TEST(validation_ranges_test, negative_experiment_visitors_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/experiments/0/control_visitors","value":-10},
                             {"op":"replace","path":"/experiments/0/control_conversions","value":0}])");
    EXPECT_TRUE(hasFinding(r, "/experiments/0/control_visitors", Severity::Error,
                           {"experiment 'Free trial button'"}));
}

TEST(validation_ranges_test, discount_band_over_100_percent_is_an_error) {
    auto r = loadPatched(
        R"([{"op":"replace","path":"/rules_of_engagement/discount_bands/0/max_discount_bp","value":15000}])");
    EXPECT_TRUE(hasFinding(r, "/rules_of_engagement/discount_bands/0/max_discount_bp", Severity::Error,
                           {"discount band 'Gold'"}));
}

TEST(validation_ranges_test, negative_price_book_price_is_an_error) {
    auto r = loadPatched(
        R"([{"op":"replace","path":"/rules_of_engagement/price_book/0/list_price_minor","value":-100}])");
    EXPECT_TRUE(hasFinding(r, "/rules_of_engagement/price_book/0/list_price_minor", Severity::Error,
                           {"negative list price"}));
}

TEST(validation_ranges_test, negative_deal_quantity_points_at_its_cell) {
    auto r = loadPatched(R"([{"op":"replace","path":"/deals/rows/0/6","value":-2}])");
    EXPECT_TRUE(
        hasFinding(r, "/deals/rows/0/6", Severity::Error, {"deal 'deal-1'", "negative quantity (-2)"}));
}

TEST(validation_ranges_test, deal_discount_over_100_percent_points_at_its_cell) {
    auto r = loadPatched(R"([{"op":"replace","path":"/deals/rows/1/9","value":10500}])");
    EXPECT_TRUE(
        hasFinding(r, "/deals/rows/1/9", Severity::Error, {"deal 'deal-2'", "discount of 10500 bp (105%)"}));
}

TEST(validation_ranges_test, kpi_rate_over_100_percent_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/kpi_records/rows/0/5","value":10200}])");
    EXPECT_TRUE(hasFinding(r, "/kpi_records/rows/0/5", Severity::Error, {"pricing_accuracy", "10200 bp"}));
}

TEST(validation_ranges_test, escalation_frequency_is_a_count_not_a_rate) {
    auto over = loadPatched(R"([{"op":"replace","path":"/kpi_records/rows/1/5","value":12000}])");
    ASSERT_TRUE(over.ok);
    EXPECT_TRUE(over.findings.empty()) << sc::test::listFindings(over.findings);
    auto negative = loadPatched(R"([{"op":"replace","path":"/kpi_records/rows/1/5","value":-1}])");
    EXPECT_TRUE(hasFinding(negative, "/kpi_records/rows/1/5", Severity::Error, {"negative count"}));
}

TEST(validation_ranges_test, pulse_score_outside_one_to_five_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pulse_answers/rows/0/6","value":6}])");
    EXPECT_TRUE(hasFinding(r, "/pulse_answers/rows/0/6", Severity::Error, {"score 6", "1 to 5"}));
    auto zero = loadPatched(R"([{"op":"replace","path":"/pulse_answers/rows/0/6","value":0}])");
    EXPECT_TRUE(hasFinding(zero, "/pulse_answers/rows/0/6", Severity::Error));
}

TEST(validation_ranges_test, negative_observation_conversions_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/pair_observations/rows/0/6","value":-8}])");
    EXPECT_TRUE(hasFinding(r, "/pair_observations/rows/0/6", Severity::Error, {"pair observation 'obs-1'"}));
}

TEST(validation_ranges_test, verification_needs_at_least_one_cycle) {
    auto r = loadPatched(R"([{"op":"replace","path":"/verifications/0/cycles_required","value":0}])");
    EXPECT_TRUE(hasFinding(r, "/verifications/0/cycles_required", Severity::Error, {"at least 1"}));
}

// Issue 9: a price or a band limit left out of the file is "not set". It is one warning per kind
// with a count - not one per SKU - and never the "floor above list" warning every entry would get.
TEST(validation_ranges_test, missing_prices_are_one_warning_per_kind_with_a_count) {
    sc::Document doc;
    for (int i = 0; i < 300; ++i) {
        sc::PriceBookEntry e;
        e.id = "pb" + std::to_string(i);
        e.name = "Item " + std::to_string(i);
        e.sku = "SKU-" + std::to_string(i);
        e.floorPriceMinor = 1000;  // a floor, but no list price
        doc.rules.priceBook.push_back(e);
    }
    std::vector<sc::Finding> onPrices;
    for (const auto& f : sc::validateDocument(doc))
        if (f.pointer.rfind("/rules_of_engagement/price_book", 0) == 0) onPrices.push_back(f);
    ASSERT_EQ(onPrices.size(), 1u) << onPrices.size() << " findings; first: " << onPrices[0].message;
    EXPECT_EQ(onPrices[0].severity, Severity::Warning);
    EXPECT_EQ(onPrices[0].pointer, "/rules_of_engagement/price_book/0/list_price_minor");
    EXPECT_EQ(onPrices[0].message,
              "300 price book entries have no list price (SKU-0, SKU-1, SKU-2, SKU-3, SKU-4 and 295 more): "
              "the list "
              "price of deals for those SKUs is not checked");
}

TEST(validation_ranges_test, a_band_without_an_approval_level_is_a_warning_and_a_full_one_is_not) {
    auto r =
        loadPatched(R"([{"op":"remove","path":"/rules_of_engagement/discount_bands/0/approval_above_bp"}])");
    EXPECT_TRUE(hasFinding(r, "/rules_of_engagement/discount_bands/0/approval_above_bp", Severity::Warning,
                           {"1 discount band has no approval level (gold)", "need approval is not checked"}));
    // null is read as not set, like an absent key.
    auto null = loadPatched(
        R"([{"op":"replace","path":"/rules_of_engagement/discount_bands/0/approval_above_bp","value":null}])");
    EXPECT_TRUE(hasFinding(null, "/rules_of_engagement/discount_bands/0/approval_above_bp", Severity::Warning,
                           {"1 discount band has no approval level (gold)"}));
    const auto clean = loadPatched("[]");
    ASSERT_TRUE(clean.ok);
    for (const auto& f : clean.findings)
        EXPECT_NE(f.pointer.rfind("/rules_of_engagement/", 0), 0u) << f.pointer << ": " << f.message;
}

TEST(validation_ranges_test, a_price_book_entry_without_a_floor_is_one_warning) {
    auto r = loadPatched(R"([{"op":"remove","path":"/rules_of_engagement/price_book/0/floor_price_minor"}])");
    EXPECT_TRUE(hasFinding(r, "/rules_of_engagement/price_book/0/floor_price_minor", Severity::Warning,
                           {"1 price book entry has no floor price (APP-1)"}));
}

// 0 is a value (a free SKU, a band allowing no discount, approval for every discount): no
// "missing" warning for it; the range checks apply to set values only.
TEST(validation_ranges_test, zero_prices_and_limits_are_values_not_missing) {
    auto r = loadPatched(R"([
        {"op":"replace","path":"/rules_of_engagement/price_book/0/list_price_minor","value":0},
        {"op":"replace","path":"/rules_of_engagement/price_book/0/floor_price_minor","value":0},
        {"op":"replace","path":"/rules_of_engagement/discount_bands/0/max_discount_bp","value":0},
        {"op":"replace","path":"/rules_of_engagement/discount_bands/0/approval_above_bp","value":0}])");
    ASSERT_TRUE(r.ok);
    for (const auto& f : r.findings)
        EXPECT_NE(f.pointer.rfind("/rules_of_engagement/", 0), 0u) << f.pointer << ": " << f.message;
    auto negative = loadPatched(
        R"([{"op":"replace","path":"/rules_of_engagement/price_book/0/list_price_minor","value":-1}])");
    EXPECT_TRUE(hasFinding(negative, "/rules_of_engagement/price_book/0/list_price_minor", Severity::Error,
                           {"negative list price"}));
    auto above = loadPatched(
        R"([{"op":"replace","path":"/rules_of_engagement/discount_bands/0/max_discount_bp","value":10001}])");
    EXPECT_TRUE(hasFinding(above, "/rules_of_engagement/discount_bands/0/max_discount_bp", Severity::Error,
                           {"between 0 and 10000 bp"}));
    // A maximum of 0 with an approval level above it: approval never applies.
    auto never = loadPatched(
        R"([{"op":"replace","path":"/rules_of_engagement/discount_bands/0/max_discount_bp","value":0}])");
    EXPECT_TRUE(hasFinding(never, "/rules_of_engagement/discount_bands/0/approval_above_bp",
                           Severity::Warning, {"approval never applies"}));
}
