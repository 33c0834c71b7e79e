// Verification of a fix over two full sales cycles (seed 002 step 5).
#include <gtest/gtest.h>

#include "workflow/verification.h"

using namespace sc;

namespace {

PairObservation observation(const std::string& pairId, const std::string& periodStart, std::int64_t visitors,
                            std::int64_t conversions) {
    PairObservation o;
    o.pairId = pairId;
    o.periodStart = periodStart;
    o.visitors = visitors;
    o.conversions = conversions;
    return o;
}

// pair-1 in a segment with a 30-day cycle; before the fix 2,000 visitors converted at 2%.
Document fixture(std::int64_t afterConversionsPerMonth) {
    Document doc;
    Segment s;
    s.id = "seg-1";
    s.salesCycleDays = 30;
    doc.segments.push_back(s);
    ProductChannelPair p;
    p.id = "pair-1";
    p.segmentId = "seg-1";
    doc.pairs.push_back(p);
    doc.pairObservations = {observation("pair-1", "2026-07-01", 1000, 20),
                            observation("pair-1", "2026-08-01", 1000, 20),
                            observation("pair-1", "2026-09-01", 1000, afterConversionsPerMonth),
                            observation("pair-1", "2026-10-01", 1000, afterConversionsPerMonth),
                            observation("pair-1", "2026-12-01", 1000, 0),      // after today: ignored
                            observation("pair-2", "2026-09-01", 5000, 5000)};  // another pair: ignored
    return doc;
}

Verification verification() {
    Verification v;
    v.id = "ver-1";
    v.pairId = "pair-1";
    v.startedOn = "2026-09-01";
    return v;
}

}  // namespace

TEST(workflow_verification_test, too_early_before_two_cycles) {
    const auto r = evaluateVerification(fixture(35), verification(), "2026-10-15");
    EXPECT_EQ(r.status, "too_early");
    EXPECT_EQ(r.cycleDays, 30);
    EXPECT_EQ(r.cycleSource, "segment");
    EXPECT_EQ(r.daysRequired, 60);
    EXPECT_EQ(r.daysElapsed, 44);
    EXPECT_EQ(r.daysRemaining, 16);
    EXPECT_NE(r.message.find("16 days to go (until 2026-10-31)"), std::string::npos) << r.message;
}

TEST(workflow_verification_test, exactly_two_cycles_is_no_longer_too_early) {
    EXPECT_NE(evaluateVerification(fixture(35), verification(), "2026-10-31").status, "too_early");
    EXPECT_EQ(evaluateVerification(fixture(35), verification(), "2026-10-30").status, "too_early");
}

TEST(workflow_verification_test, verified_when_conversion_rises_significantly) {
    const auto r = evaluateVerification(fixture(35), verification(), "2026-11-24");
    EXPECT_EQ(r.status, "verified");
    EXPECT_EQ(r.baselineSource, "observations_before");
    EXPECT_EQ(r.beforeVisitors, 2000);
    EXPECT_EQ(r.beforeConversions, 40);
    EXPECT_EQ(r.afterVisitors, 2000);
    EXPECT_EQ(r.afterConversions, 70);
    EXPECT_EQ(r.baselineConversionBp, 200);
    EXPECT_EQ(r.afterConversionBp, 350);
    EXPECT_NEAR(r.z, 2.901, 0.001);  // 0.015 / sqrt(0.0275·0.9725·(1/2000 + 1/2000))
    EXPECT_NEAR(r.pValue, 0.0037, 0.0001);
    EXPECT_EQ(r.message, "verified: conversion rose to 3.5% since the fix vs 2.0% before (p = 0.004)");
}

TEST(workflow_verification_test, regressed_when_conversion_falls_significantly) {
    const auto r = evaluateVerification(fixture(10), verification(), "2026-11-24");
    EXPECT_EQ(r.status, "regressed");
    EXPECT_NEAR(r.z, -2.601, 0.001);
    EXPECT_EQ(r.afterConversionBp, 100);
}

TEST(workflow_verification_test, no_change_when_the_difference_could_be_chance) {
    const auto r = evaluateVerification(fixture(22), verification(), "2026-11-24");
    EXPECT_EQ(r.status, "no_change");
    EXPECT_EQ(r.afterConversionBp, 220);
    EXPECT_GT(r.pValue, 0.05);
    EXPECT_NE(r.message.find("revisit the maps"), std::string::npos);
}

TEST(workflow_verification_test, declared_baseline_uses_one_sample_test) {
    Verification v = verification();
    v.baselineConversionBp = 200;
    Document doc = fixture(35);
    doc.pairObservations.erase(doc.pairObservations.begin(),
                               doc.pairObservations.begin() + 2);  // no "before"
    const auto r = evaluateVerification(doc, v, "2026-11-24");
    EXPECT_EQ(r.status, "verified");
    EXPECT_EQ(r.baselineSource, "baseline_conversion_bp");
    EXPECT_NEAR(r.z, 4.792, 0.001);  // (0.035 − 0.02) / sqrt(0.02·0.98/2000)
    v.baselineConversionBp = 340;
    EXPECT_EQ(evaluateVerification(doc, v, "2026-11-24").status, "no_change");
}

TEST(workflow_verification_test, missing_cycle_length_is_insufficient_data) {
    Document doc = fixture(35);
    doc.segments[0].salesCycleDays = 0;
    const auto r = evaluateVerification(doc, verification(), "2026-11-24");
    EXPECT_EQ(r.status, "insufficient_data");
    EXPECT_EQ(r.cycleSource, "");
    EXPECT_NE(r.message.find("no sales cycle length"), std::string::npos);
}

TEST(workflow_verification_test, cycle_length_prefers_verification_then_pair) {
    Document doc = fixture(35);
    doc.pairs[0].salesCycleDays = 20;
    Verification v = verification();
    auto r = evaluateVerification(doc, v, "2026-09-20");
    EXPECT_EQ(r.cycleSource, "pair");
    EXPECT_EQ(r.daysRequired, 40);
    v.cycleDays = 7;
    v.cyclesRequired = 3;
    r = evaluateVerification(doc, v, "2026-09-20");
    EXPECT_EQ(r.cycleSource, "verification");
    EXPECT_EQ(r.daysRequired, 21);
    EXPECT_EQ(r.status, "too_early");
    EXPECT_EQ(r.daysRemaining, 2);
}

TEST(workflow_verification_test, start_falls_back_to_the_decision) {
    Document doc = fixture(35);
    Decision d;
    d.id = "dec-1";
    d.implementedOn = "2026-09-01";
    doc.decisions.push_back(d);
    Verification v = verification();
    v.startedOn = "";
    v.decisionId = "dec-1";
    EXPECT_EQ(evaluateVerification(doc, v, "2026-11-24").status, "verified");
    v.decisionId = "";
    const auto r = evaluateVerification(doc, v, "2026-11-24");
    EXPECT_EQ(r.status, "insufficient_data");
    EXPECT_NE(r.message.find("no start date"), std::string::npos);
}

TEST(workflow_verification_test, no_baseline_or_no_observations_is_insufficient_data) {
    Document doc = fixture(35);
    doc.pairObservations.erase(doc.pairObservations.begin(), doc.pairObservations.begin() + 2);
    auto r = evaluateVerification(doc, verification(), "2026-11-24");
    EXPECT_EQ(r.status, "insufficient_data");
    EXPECT_NE(r.message.find("no baseline"), std::string::npos);
    doc.pairObservations.clear();
    r = evaluateVerification(doc, verification(), "2026-11-24");
    EXPECT_EQ(r.status, "insufficient_data");
    EXPECT_NE(r.message.find("no observations"), std::string::npos);
}

namespace {

Document withDecisionAndVerification(std::int64_t afterConversionsPerMonth) {
    Document doc = fixture(afterConversionsPerMonth);
    Mismatch m;
    m.id = "mm-1";
    m.status = "fixed";
    doc.mismatches.push_back(m);
    Decision d;
    d.id = "dec-1";
    d.mismatchId = "mm-1";
    d.kind = "both";
    d.implementedOn = "2026-09-01";
    doc.decisions.push_back(d);
    Verification v = verification();
    v.decisionId = "dec-1";
    doc.verifications.push_back(v);
    return doc;
}

}  // namespace

TEST(workflow_verification_test, apply_sets_verified_or_reopens) {
    auto e = applyVerification(withDecisionAndVerification(35), "ver-1", "2026-11-24");
    ASSERT_TRUE(e.ok) << e.error;
    EXPECT_EQ(e.document.mismatches[0].status, "verified");
    e = applyVerification(withDecisionAndVerification(10), "ver-1", "2026-11-24");
    ASSERT_TRUE(e.ok) << e.error;
    EXPECT_EQ(e.document.mismatches[0].status, "open");  // regressed: back to the mismatch list
    e = applyVerification(withDecisionAndVerification(22), "ver-1", "2026-11-24");
    EXPECT_EQ(e.document.mismatches[0].status, "open");  // no change
}

TEST(workflow_verification_test, apply_is_refused_while_too_early) {
    const auto e = applyVerification(withDecisionAndVerification(35), "ver-1", "2026-10-15");
    EXPECT_FALSE(e.ok);
    EXPECT_NE(e.error.find("cannot conclude yet: too early"), std::string::npos) << e.error;
    EXPECT_EQ(e.document.mismatches[0].status, "fixed");
    EXPECT_FALSE(applyVerification(withDecisionAndVerification(35), "ver-9", "2026-11-24").ok);
}
