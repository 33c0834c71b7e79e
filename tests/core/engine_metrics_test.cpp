// Journey divergence, symptoms and the message/distribution diagnosis: each rule with the
// numbers on both sides of its threshold, and the zero cases (no visitors, no entries).
#include <gtest/gtest.h>

#include "engine/diagnosis.h"
#include "engine/journey.h"
#include "engine/symptoms.h"
#include "engine_fixtures.h"

using namespace sc::engine;

namespace {

std::vector<Symptom> ofKind(const std::vector<Symptom>& all, const std::string& kind) {
    std::vector<Symptom> out;
    for (const auto& s : all)
        if (s.kind == kind) out.push_back(s);
    return out;
}

std::int64_t number(const Symptom& s, const std::string& name) {
    for (const auto& [k, v] : s.numbers)
        if (k == name) return v;
    return -999;
}

sc::Document withPair(sc::ProductChannelPair p) {
    auto doc = fx::document();
    doc.channels.push_back(fx::channel("c", "Channel", {}));
    p.channelId = "c";
    doc.pairs.push_back(std::move(p));
    return doc;
}

sc::PairObservation obs(const std::string& start, std::int64_t leads) {
    sc::PairObservation o;
    o.pairId = "pr";
    o.periodStart = start;
    o.leads = leads;
    return o;
}

}  // namespace

// ---- journey ----

TEST(engine_journey_test, largest_shortfall_is_the_divergent_stage) {
    auto p = fx::pair("pr", "c", {});
    p.funnel = {fx::stage("reach", "reach", 1000, 100, 1500),  // 10% vs 15%: 5 points short
                fx::stage("convert", "convert", 100, 4, 1200, "instant access",
                          "demo required"),                  // 4% vs 12%: 8 short
                fx::stage("retain", "retain", 4, 4, 8000)};  // 100% vs 80%: fine
    auto j = analyseJourney(p);
    EXPECT_EQ(j.divergentStageId, "convert");
    EXPECT_EQ(j.why,
              "convert: 4.0% observed vs 12.0% benchmark; marketing says 'instant access', channel does "
              "'demo required'");
    EXPECT_EQ(j.stages[0].shortfallBp, 500);
    EXPECT_EQ(j.stages[2].shortfallBp, 0);
}

TEST(engine_journey_test, stage_with_zero_entries_is_skipped_and_no_shortfall_means_no_divergence) {
    auto p = fx::pair("pr", "c", {});
    p.funnel = {fx::stage("reach", "reach", 0, 0, 9000), fx::stage("engage", "engage", 100, 50, 4000)};
    auto j = analyseJourney(p);
    EXPECT_FALSE(j.stages[0].hasData);
    EXPECT_EQ(j.divergentStageId, "");
    EXPECT_EQ(j.why, "");
}

TEST(engine_journey_test, ties_go_to_the_earlier_stage) {
    auto p = fx::pair("pr", "c", {});
    p.funnel = {fx::stage("a", "engage", 100, 10, 2000), fx::stage("b", "convert", 100, 10, 2000)};
    EXPECT_EQ(analyseJourney(p).divergentStageId, "a");
}

// ---- symptoms ----

TEST(engine_symptoms_test, high_traffic_low_conversion_uses_the_dictionary_benchmark) {
    auto p = fx::pair("pr", "c", {}, 30);
    p.visitors = 5000;  // 30 / 5000 = 0.6% vs the default 2%
    p.funnel = {fx::stage("s_engage", "engage", 5000, 30, 200)};
    auto doc = withPair(p);
    auto found = ofKind(findSymptoms(doc), "high_traffic_low_conversion");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(number(found[0], "conversion_bp"), 60);
    EXPECT_EQ(number(found[0], "benchmark_bp"), kDefaultVisitorToLeadBp);
    EXPECT_EQ(found[0].stageIds, std::vector<std::string>{"s_engage"});
    EXPECT_EQ(found[0].pairIds, std::vector<std::string>{"pr"});
    // A dictionary benchmark of 0.5% makes 0.6% acceptable.
    sc::MetricDefinition m;
    m.id = "visitor_to_lead";
    m.unit = "bp";
    m.benchmark = 50;
    doc.metrics.push_back(m);
    EXPECT_TRUE(ofKind(findSymptoms(doc), "high_traffic_low_conversion").empty());
}

TEST(engine_symptoms_test, zero_or_low_traffic_is_not_high_traffic) {
    auto p = fx::pair("pr", "c", {}, 0);
    p.visitors = 0;
    EXPECT_TRUE(ofKind(findSymptoms(withPair(p)), "high_traffic_low_conversion").empty());
    p.visitors = kHighTrafficVisitors - 1;
    EXPECT_TRUE(ofKind(findSymptoms(withPair(p)), "high_traffic_low_conversion").empty());
    p.visitors = kHighTrafficVisitors;
    EXPECT_EQ(ofKind(findSymptoms(withPair(p)), "high_traffic_low_conversion").size(), 1u);
}

TEST(engine_symptoms_test, partner_that_stops_promoting_after_launch) {
    auto doc = withPair(fx::pair("pr", "c", {}));
    sc::Partner partner;
    partner.id = "acme";
    partner.name = "Acme Affiliates";
    partner.channelId = "c";
    doc.partners.push_back(partner);
    doc.pairObservations = {obs("2026-09-01", 3), obs("2026-07-01", 40),
                            obs("2026-08-01", 25)};  // out of order on purpose
    auto found = ofKind(findSymptoms(doc), "partner_stopped_promoting");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(number(found[0], "launch_leads"), 40);
    EXPECT_EQ(number(found[0], "latest_leads"), 3);
    EXPECT_EQ(found[0].partnerIds, std::vector<std::string>{"acme"});
    EXPECT_EQ(found[0].title, "Partner 'Acme Affiliates' stopped promoting 'pr' after launch");
    // Still at 5 of 40 (12.5%) is slowing, not stopped.
    doc.pairObservations[0].leads = 5;
    EXPECT_TRUE(ofKind(findSymptoms(doc), "partner_stopped_promoting").empty());
    // Two periods are not a trend.
    doc.pairObservations = {obs("2026-07-01", 40), obs("2026-08-01", 0)};
    EXPECT_TRUE(ofKind(findSymptoms(doc), "partner_stopped_promoting").empty());
    // A launch of 6 leads is too small to call.
    doc.pairObservations = {obs("2026-07-01", 6), obs("2026-08-01", 2), obs("2026-09-01", 0)};
    EXPECT_TRUE(ofKind(findSymptoms(doc), "partner_stopped_promoting").empty());
}

TEST(engine_symptoms_test, long_sales_cycle_for_a_simple_product) {
    auto p = fx::pair("pr", "c", {});
    p.salesCycleDays = 45;
    auto doc = withPair(p);
    doc.products[0].complexity = "simple";
    doc.products[0].expectedCycleDays = 14;  // limit 21
    auto found = ofKind(findSymptoms(doc), "long_sales_cycle");
    ASSERT_EQ(found.size(), 1u);
    EXPECT_EQ(number(found[0], "limit_days"), 21);
    doc.products[0].complexity = "complex";  // limit 42: 45 still long
    EXPECT_EQ(ofKind(findSymptoms(doc), "long_sales_cycle").size(), 1u);
    doc.products[0].expectedCycleDays = 30;  // complex, limit 90
    EXPECT_TRUE(ofKind(findSymptoms(doc), "long_sales_cycle").empty());
    doc.products[0].expectedCycleDays = 0;  // unknown expectation: no judgement
    EXPECT_TRUE(ofKind(findSymptoms(doc), "long_sales_cycle").empty());
}

TEST(engine_symptoms_test, confused_customers_from_tickets_per_customer) {
    auto p = fx::pair("pr", "c", {});
    p.customers = 100;
    p.supportTickets = 25;
    p.complaints = 5;  // 0.30 per customer: at the threshold
    EXPECT_EQ(ofKind(findSymptoms(withPair(p)), "confused_customers").size(), 1u);
    p.complaints = 4;  // 0.29
    EXPECT_TRUE(ofKind(findSymptoms(withPair(p)), "confused_customers").empty());
    p.customers = 0;  // nobody to be confused
    EXPECT_TRUE(ofKind(findSymptoms(withPair(p)), "confused_customers").empty());
}

// ---- diagnosis ----

TEST(engine_diagnosis_test, right_audience_converting_well_shows_no_problem) {
    auto p = fx::pair("pr", "c", {});
    p.targetAudienceShareBp = 7000;
    p.funnel = {fx::stage("s", "convert", 100, 12, 1200)};
    auto d = diagnosePair(withPair(p), p);
    EXPECT_EQ(d.kind, "no_visible_problem");
    EXPECT_EQ(d.conversionRatioBp, 10000);
}

TEST(engine_diagnosis_test, thresholds_on_audience_and_conversion) {
    auto p = fx::pair("pr", "c", {});
    p.funnel = {fx::stage("s", "convert", 1000, 79, 1000)};  // 79% of benchmark: low
    p.targetAudienceShareBp = kRightAudienceBp;              // exactly 50%: right
    EXPECT_EQ(diagnosePair(withPair(p), p).kind, "message");
    p.funnel = {fx::stage("s", "convert", 1000, 80, 1000)};  // 80%: not low
    EXPECT_EQ(diagnosePair(withPair(p), p).kind, "no_visible_problem");
    p.targetAudienceShareBp = kRightAudienceBp - 1;  // wrong audience, conversion fine
    EXPECT_EQ(diagnosePair(withPair(p), p).kind, "distribution");
}

TEST(engine_diagnosis_test, unmeasured_audience_or_conversion_is_undetermined) {
    auto p = fx::pair("pr", "c", {});
    p.funnel = {fx::stage("s", "convert", 1000, 10, 1000)};
    EXPECT_EQ(diagnosePair(withPair(p), p).kind, "undetermined");  // share 0 = not measured
    p.funnel.clear();
    p.targetAudienceShareBp = 9000;  // right audience, but no conversion data
    auto d = diagnosePair(withPair(p), p);
    EXPECT_EQ(d.kind, "undetermined");
    EXPECT_EQ(d.conversionRatioBp, -1);
    p.targetAudienceShareBp = 1000;  // wrong audience is visible without conversion data
    EXPECT_EQ(diagnosePair(withPair(p), p).kind, "distribution");
}

TEST(engine_diagnosis_test, without_funnel_uses_lead_to_customer_against_the_dictionary) {
    auto p = fx::pair("pr", "c", {}, 100);
    p.customers = 5;  // 5% vs default 10%
    p.targetAudienceShareBp = 8000;
    auto doc = withPair(p);
    // Issue 13.7: no funnel and no benchmark of the document's own — no silent default.
    const auto unknown = diagnosePair(doc, p);
    EXPECT_EQ(unknown.kind, "undetermined");
    EXPECT_NE(std::find_if(unknown.evidence.begin(), unknown.evidence.end(),
                           [](const std::string& e) { return e.rfind("not enough data to tell: ", 0) == 0; }),
              unknown.evidence.end());
    EXPECT_EQ(diagnosePair(fx::withLeadToCustomer(doc, 1000), p).kind, "message");  // 5% vs 10%
    sc::MetricDefinition m;
    m.id = "lead_to_customer";
    m.unit = "bp";
    m.benchmark = 500;  // 5% is the benchmark here
    doc.metrics.push_back(m);
    EXPECT_EQ(diagnosePair(doc, p).kind, "no_visible_problem");
}

TEST(engine_diagnosis_test, mismatch_takes_its_pair_or_the_only_pair_on_its_channel) {
    auto p = fx::pair("pr", "c", {});
    p.targetAudienceShareBp = 1000;
    auto doc = withPair(p);
    sc::Mismatch m;
    m.channelId = "c";
    EXPECT_EQ(diagnoseMismatch(doc, m).kind, "distribution");  // only pair on c
    doc.pairs.push_back(fx::pair("pr2", "c", {}));
    EXPECT_EQ(diagnoseMismatch(doc, m).kind, "undetermined");  // ambiguous
    m.pairId = "pr";
    EXPECT_EQ(diagnoseMismatch(doc, m).kind, "distribution");
}
