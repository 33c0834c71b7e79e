// Priority scores with their breakdown, adjustable weights, deterministic ties, and the
// alignment index formula.
#include <gtest/gtest.h>

#include "engine/alignment_index.h"
#include "engine/priority.h"
#include "engine/recompute.h"
#include "engine_fixtures.h"

using namespace sc::engine;

namespace {

sc::Mismatch mm(const std::string& id, const std::string& pairId, const std::string& severity) {
    sc::Mismatch m;
    m.id = id;
    m.key = id;
    m.pairId = pairId;
    m.severity = severity;
    return m;
}

sc::Document twoPairs() {
    auto doc = fx::document();
    auto a = fx::pair("pa", "c", {}, 300, 8000);
    a.complaints = 10;
    auto b = fx::pair("pb", "c", {}, 100, 2000);
    b.complaints = 30;
    doc.pairs = {a, b};
    return doc;
}

}  // namespace

TEST(engine_priority_test, breakdown_components_sum_to_impact_and_score) {
    auto doc = twoPairs();
    auto m = mm("m", "pa", "high");
    m.confidenceBp = 8000;
    auto b = scoreMismatch(doc, m);
    ASSERT_EQ(b.components.size(), 5u);
    // leads 300/400, revenue 8000/10000, severity 0.75, complaints 10/40, confidence 0.8
    EXPECT_DOUBLE_EQ(b.components[0].value, 0.75);
    EXPECT_DOUBLE_EQ(b.components[1].value, 0.8);
    EXPECT_DOUBLE_EQ(b.components[2].value, 0.75);
    EXPECT_DOUBLE_EQ(b.components[3].value, 0.25);
    EXPECT_DOUBLE_EQ(b.components[4].value, 0.8);
    double sum = 0;
    for (const auto& c : b.components) sum += c.contribution;
    EXPECT_DOUBLE_EQ(sum, b.impact);
    // (30×.75 + 30×.8 + 20×.75 + 10×.25 + 10×.8) / 100 = 0.72; effort 3 → ÷ 1.25 → 57.6
    EXPECT_NEAR(b.impact, 0.72, 1e-12);
    EXPECT_DOUBLE_EQ(b.effortDivisor, 1.25);
    EXPECT_DOUBLE_EQ(b.score, 57.6);
}

TEST(engine_priority_test, effort_divides_the_impact) {
    auto doc = twoPairs();
    auto m = mm("m", "pa", "high");
    m.effort = 1;
    double easy = scoreMismatch(doc, m).score;
    m.effort = 5;
    auto hard = scoreMismatch(doc, m);
    EXPECT_DOUBLE_EQ(hard.effortDivisor, 1.5);
    EXPECT_NEAR(easy / hard.score, 1.5, 0.01);
    doc.priorityModel.effortWeight = 0;  // effort ignored
    EXPECT_DOUBLE_EQ(scoreMismatch(doc, m).score, easy);
}

TEST(engine_priority_test, weights_are_data_and_change_the_ranking) {
    auto doc = twoPairs();
    // A: big pair, low severity; B: small pair with many complaints, critical.
    doc.mismatches = {mm("a", "pa", "low"), mm("b", "pb", "critical")};
    auto ranked = rankMismatches(doc);
    EXPECT_EQ(doc.mismatches[ranked[0].index].id, "a");  // leads + revenue dominate by default
    doc.priorityModel.leadsWeight = 0;
    doc.priorityModel.revenueWeight = 0;
    ranked = rankMismatches(doc);
    EXPECT_EQ(doc.mismatches[ranked[0].index].id, "b");  // severity + complaints only
}

TEST(engine_priority_test, ties_break_by_revenue_then_key) {
    auto doc = fx::document();
    auto a = fx::pair("pa", "c", {}, 100, 5000);
    auto b = fx::pair("pb", "c", {}, 100, 5000);
    doc.pairs = {a, b};
    doc.priorityModel.revenueWeight = 0;  // revenue does not enter the score...
    doc.pairs[1].revenueMinor = 6000;     // ...but breaks the tie
    doc.mismatches = {mm("z", "pa", "high"), mm("y", "pb", "high")};
    auto ranked = rankMismatches(doc);
    EXPECT_EQ(ranked[0].breakdown.score, ranked[1].breakdown.score);
    EXPECT_EQ(doc.mismatches[ranked[0].index].id, "y");
    doc.pairs[1].revenueMinor = 5000;  // full tie: key order
    doc.mismatches = {mm("z", "pa", "high"), mm("y", "pa", "high")};
    ranked = rankMismatches(doc);
    EXPECT_EQ(doc.mismatches[ranked[0].index].id, "y");
}

TEST(engine_priority_test, dismissed_and_fixed_rank_after_open_without_a_rank_number) {
    auto doc = twoPairs();
    doc.mismatches = {mm("big", "pa", "critical"), mm("small", "pb", "low")};
    doc.mismatches[0].status = "dismissed";
    auto ranked = rankMismatches(doc);
    EXPECT_EQ(doc.mismatches[ranked[0].index].id, "small");
    EXPECT_EQ(ranked[0].rank, 1);
    EXPECT_EQ(ranked[1].rank, 0);
}

TEST(engine_priority_test, without_pair_data_leads_revenue_and_complaints_are_zero) {
    auto doc = fx::document();
    auto b = scoreMismatch(doc, mm("m", "", "critical"));
    EXPECT_DOUBLE_EQ(b.components[0].value, 0);
    EXPECT_DOUBLE_EQ(b.components[1].value, 0);
    EXPECT_DOUBLE_EQ(b.components[3].value, 0);
    EXPECT_DOUBLE_EQ(b.impact, 0.3);  // severity 1 × 20 + confidence 1 × 10, of 100
}

// ---- alignment index ----

namespace {

sc::Document indexDoc() {
    auto doc = fx::document();
    doc.promises.push_back(
        fx::promise("p", "P", fx::levels({{"buying_motion", "self_serve"}, {"access", "instant"}})));
    doc.channels.push_back(
        fx::channel("c1", "Aligned", fx::levels({{"buying_motion", "self_serve"}, {"access", "instant"}})));
    doc.channels.push_back(
        fx::channel("c2", "Gated", fx::levels({{"buying_motion", "self_serve"}, {"access", "demo_gated"}})));
    doc.pairs.push_back(fx::pair("p1", "c1", {"p"}, 300));
    doc.pairs.push_back(fx::pair("p2", "c2", {"p"}, 100));
    return recomputeMismatches(doc, "2026-11-24T00:00:00Z");
}

}  // namespace

TEST(engine_alignment_index_test, weighs_comparisons_by_leads) {
    auto doc = indexDoc();
    auto idx = computeAlignmentIndex(doc);
    ASSERT_TRUE(idx.hasValue);
    // c1: 1.0 × 300; c2: one critical contradiction → 1 − 1 = 0 × 100 (issue 13.6: a comparison
    // scores 1 minus its worst open facet, not per dimension); (300 + 0) / 400 = 75
    EXPECT_DOUBLE_EQ(idx.value, 75);
    EXPECT_EQ(idx.comparisons, 2);
    EXPECT_EQ(idx.dimensionsCompared, 4);
    EXPECT_EQ(idx.openMismatchesCounted, 1);
    EXPECT_EQ(idx.contradictionsCounted, 1);
    EXPECT_EQ(idx.computation.rfind("100 × 300 / 400 = 75", 0), 0u) << idx.computation;
    EXPECT_EQ(idx.formula, alignmentIndexFormula());
}

TEST(engine_alignment_index_test, dismissed_and_accepted_do_not_count) {
    auto doc = indexDoc();
    doc.mismatches[0].status = "dismissed";
    EXPECT_DOUBLE_EQ(computeAlignmentIndex(doc).value, 100);
    doc.mismatches[0].status = "accepted";
    EXPECT_DOUBLE_EQ(computeAlignmentIndex(doc).value, 100);
    doc.mismatches[0].status = "fixing";  // still misaligned until fixed
    EXPECT_DOUBLE_EQ(computeAlignmentIndex(doc).value, 75);
}

TEST(engine_alignment_index_test, manual_mismatch_counts_inside_its_comparison_and_is_clamped) {
    auto doc = indexDoc();
    sc::Mismatch m;
    m.id = "manual";
    m.origin = "manual";
    m.promiseId = "p";
    m.channelId = "c2";
    m.pairId = "p2";
    m.severity = "medium";
    doc.mismatches.push_back(m);
    // The manual mismatch is a facet of c2's contradiction: the critical one is the worst → 0
    // (never negative): 300 / 400 = 75. With the detected one dismissed it weighs on its own:
    // (300 + 0.5 × 100) / 400 = 87.5.
    EXPECT_DOUBLE_EQ(computeAlignmentIndex(doc).value, 75);
    doc.mismatches[0].status = "dismissed";
    EXPECT_DOUBLE_EQ(computeAlignmentIndex(doc).value, 87.5);
    doc.mismatches[0].status = "open";
    m.id = "stray";
    m.channelId = "nowhere";
    doc.mismatches.push_back(m);
    auto idx = computeAlignmentIndex(doc);
    EXPECT_DOUBLE_EQ(idx.value, 75);
    ASSERT_EQ(idx.notes.size(), 1u);
}

TEST(engine_alignment_index_test, nothing_compared_has_no_value) {
    auto doc = fx::document();
    doc.promises.push_back(fx::promise("p", "P", fx::levels({{"buying_motion", "self_serve"}})));
    doc.channels.push_back(fx::channel("c", "C", fx::levels({{"access", "trial"}})));
    auto idx = computeAlignmentIndex(doc);
    EXPECT_FALSE(idx.hasValue);
    EXPECT_EQ(idx.comparisons, 0);
}

TEST(engine_alignment_index_test, pairs_without_leads_weigh_one) {
    auto doc = indexDoc();
    doc.pairs[0].leads = 0;
    doc.pairs[1].leads = 0;
    EXPECT_DOUBLE_EQ(computeAlignmentIndex(doc).value, 50);  // (1 + 0) / 2
}

TEST(engine_alignment_index_test, comparison_without_pair_weighs_as_an_average_pair) {
    auto doc = indexDoc();
    // A third channel in no pair, gated: its comparison has no leads of its own.
    doc.channels.push_back(fx::channel(
        "c3", "Unpaired", fx::levels({{"buying_motion", "sales_led"}, {"access", "demo_gated"}})));
    doc = recomputeMismatches(doc, "2026-11-24T00:00:00Z");
    // One critical contradiction (two facets) → 0, weight (300 + 100) / 2 = 200: (300 + 0 + 0) / 600 = 50
    EXPECT_DOUBLE_EQ(computeAlignmentIndex(doc).value, 50);
}

// Issue 14: "today the priority breakdown says 'revenue at risk of ...: 12348000 of 16464000
// minor units'" — money is shown in the document's currency.
TEST(engine_priority_test, revenue_source_prints_money_in_the_documents_currency) {
    auto doc = twoPairs();
    doc.pairs[0].revenueMinor = 12348000;
    doc.pairs[1].revenueMinor = 4116000;
    doc.info.currency = "USD";
    auto b = scoreMismatch(doc, mm("m", "pa", "high"));
    EXPECT_EQ(b.components[1].source, "revenue at risk of 'pa': $123,480.00 of $164,640.00");
    doc.info.currency = "EUR";
    EXPECT_EQ(scoreMismatch(doc, mm("m", "pa", "high")).components[1].source,
              "revenue at risk of 'pa': \u20ac123,480.00 of \u20ac164,640.00");
    doc.info.currency = "JPY";
    EXPECT_EQ(scoreMismatch(doc, mm("m", "pa", "high")).components[1].source,
              "revenue at risk of 'pa': \u00a512,348,000 of \u00a516,464,000");
}
