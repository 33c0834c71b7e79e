// KPIs per partner per period over the partner-program sample: computed where the deals and
// reports are, manual from the KPI records elsewhere; RAG from the metric dictionary; trends;
// pulse averages; tier advice; the "correct privately" / "acknowledge publicly" lists.
#include <gtest/gtest.h>

#include <algorithm>

#include "partners/partner_kpis.h"
#include "partners/periods.h"
#include "partners_fixtures.h"
#include "test_util.h"

using namespace sc::partners;
using fx::hasNote;
using fx::rowOf;

namespace {

const KpiCell& cellOf(const PartnerRow& row, const std::string& kpi) {
    for (const auto& cell : row.kpis)
        if (cell.kpi == kpi) return cell;
    throw std::runtime_error("no cell for " + kpi);
}

}  // namespace

TEST(partners_kpis_test, periods) {
    EXPECT_TRUE(isPeriod("2026-10"));
    EXPECT_FALSE(isPeriod("2026-13"));
    EXPECT_FALSE(isPeriod("2026-1"));
    EXPECT_EQ(previousPeriod("2026-01"), "2025-12");
    EXPECT_EQ(previousPeriod("2026-10"), "2026-09");
    EXPECT_EQ(latestPeriod(sc::test::loadSample("partner-program")), "2026-10");
    EXPECT_FALSE(latestPeriod(fx::partnerProgramme()).has_value());
}

// The sample's KPI records marked "computed" were produced by the same rules: recomputing
// pricing accuracy and reporting compliance from its deals and reports gives every one of them.
TEST(partners_kpis_test, sample_computed_kpis_match_its_records) {
    const auto doc = sc::test::loadSample("partner-program");
    std::size_t compared = 0;
    for (const auto& record : doc.kpiRecords) {
        if (record.kpi != "pricing_accuracy" && record.kpi != "reporting_compliance") continue;
        const KpiCell cell = kpiValue(doc, record.partnerId, record.period, record.kpi, "2026-10");
        EXPECT_EQ(cell.source, "computed") << record.id;
        EXPECT_EQ(cell.value, record.value) << record.id;
        ++compared;
    }
    EXPECT_EQ(compared, 72u);  // 6 partners x 6 months x 2 KPIs
}

TEST(partners_kpis_test, sample_october_table) {
    const auto report = buildPartnerKpiReport(sc::test::loadSample("partner-program"));
    EXPECT_EQ(report.period, "2026-10");
    ASSERT_EQ(report.partners.size(), 6u);
    EXPECT_TRUE(report.thresholds[0].fromDictionary);

    const auto& summit = rowOf(report, "p_summit");
    // Message consistency is entered by hand: 93.5% against green 90% -> green, up from 92.0%.
    const auto& message = cellOf(summit, "message_consistency");
    EXPECT_EQ(message.value, 9350);
    EXPECT_EQ(message.source, "manual");
    EXPECT_EQ(message.rag, "green");
    EXPECT_EQ(message.trend, "improving");
    EXPECT_EQ(message.previousPeriod, "2026-09");
    EXPECT_EQ(message.series.size(), 6u);
    // Summit's only October deal is the open d034 at list price: computed 100%.
    const auto& pricing = cellOf(summit, "pricing_accuracy");
    EXPECT_EQ(pricing.source, "computed");
    EXPECT_EQ(pricing.value, 10000);
    EXPECT_EQ(pricing.detail, "1 of 1 deal at authorised price points");
    // All five green in September and October: silver -> gold.
    EXPECT_EQ(summit.tierAdvice.action, "promote");
    EXPECT_EQ(summit.tierAdvice.recommended, "gold");

    // Prairie: escalations 0 after 1 (lower is better) -> improving; top tier stays.
    const auto& prairie = rowOf(report, "p_prairie");
    EXPECT_EQ(cellOf(prairie, "escalation_frequency").trend, "improving");
    EXPECT_EQ(prairie.tierAdvice.action, "keep");
    EXPECT_NE(prairie.tierAdvice.reason.find("highest tier"), std::string::npos) << prairie.tierAdvice.reason;

    // Coastal: message consistency and pricing red in October and September, lowest tier.
    const auto& coastal = rowOf(report, "p_coastal");
    EXPECT_EQ(cellOf(coastal, "pricing_accuracy").rag, "red");
    // ... which alone would ask for a review; but its purpose pulse is red (below), so the
    // relationship comes first (issue 13.17, seed 004).
    EXPECT_EQ(coastal.tierAdvice.action, "at_risk_relationship");
    EXPECT_NE(coastal.tierAdvice.reason.find("pulse purpose 1.00"), std::string::npos)
        << coastal.tierAdvice.reason;
    EXPECT_NE(coastal.tierAdvice.reason.find("would say review"), std::string::npos)
        << coastal.tierAdvice.reason;
    // Riverbend: pricing red now, pricing and reporting red before: the KPIs alone say watch;
    // a red pulse makes it the relationship first (issue 13.17). Keep gold either way.
    const auto& riverbend = rowOf(report, "p_riverbend");
    EXPECT_EQ(riverbend.tierAdvice.action, "at_risk_relationship");
    EXPECT_NE(riverbend.tierAdvice.reason.find("would say watch"), std::string::npos)
        << riverbend.tierAdvice.reason;
    EXPECT_EQ(riverbend.tierAdvice.recommended, "gold");
    EXPECT_EQ(rowOf(report, "p_greenacre").tierAdvice.action, "keep");

    // Pulse: Coastal's purpose answer fell from 2 to 1 -> red, worsening.
    const auto& purpose = coastal.pulse[2];
    EXPECT_EQ(purpose.question, "purpose");
    EXPECT_EQ(purpose.averageCenti, 100);
    EXPECT_EQ(purpose.rag, "red");
    EXPECT_EQ(purpose.trend, "worsening");
}

TEST(partners_kpis_test, sample_october_lists) {
    const auto report = buildPartnerKpiReport(sc::test::loadSample("partner-program"));
    EXPECT_TRUE(hasNote(report.correctPrivately, "p_coastal", "Message consistency score 74.0% is red"));
    EXPECT_TRUE(hasNote(report.correctPrivately, "p_delta", "Deal d045"));
    EXPECT_TRUE(hasNote(report.correctPrivately, "p_delta", "Kearney Grain Co-op"));
    EXPECT_TRUE(hasNote(report.correctPrivately, "p_greenacre", "Hansen Family Farms"));
    EXPECT_FALSE(hasNote(report.correctPrivately, "p_summit", "Tulare")) << "a rejected claim is settled";
    EXPECT_TRUE(hasNote(report.acknowledgePublicly, "p_summit", "All five KPIs green"));
    EXPECT_TRUE(hasNote(report.acknowledgePublicly, "p_delta",
                        "Reporting compliance improved to 100.0% (green) from 0.0% (red) in 2026-09"));
    EXPECT_FALSE(hasNote(report.acknowledgePublicly, "p_coastal", "All five"));
    // September: Riverbend's objection feedback led to the script change.
    const auto september = buildPartnerKpiReport(sc::test::loadSample("partner-program"), "2026-09");
    EXPECT_TRUE(hasNote(september.acknowledgePublicly, "p_riverbend", "led to a change"));
}

TEST(partners_kpis_test, partner_without_data_and_period_without_deals) {
    auto doc = sc::test::loadSample("partner-program");
    sc::Partner fresh;
    fresh.id = "p_new";
    fresh.tier = "bronze";
    doc.partners.push_back(fresh);
    const auto report = buildPartnerKpiReport(doc, "2026-10");
    const auto& row = rowOf(report, "p_new");
    for (const auto& cell : row.kpis) {
        EXPECT_FALSE(cell.value.has_value()) << cell.kpi;
        EXPECT_EQ(cell.rag, "none");
        EXPECT_EQ(cell.source, "");
    }
    EXPECT_EQ(row.tierAdvice.action, "keep");
    EXPECT_NE(row.tierAdvice.reason.find("only 0 of 5"), std::string::npos);
    // April 2026: before the sample's first deal, report or record.
    const auto april = buildPartnerKpiReport(doc, "2026-04");
    EXPECT_FALSE(cellOf(rowOf(april, "p_prairie"), "pricing_accuracy").value.has_value());
    EXPECT_EQ(rowOf(april, "p_prairie").pricing.deals, 0u);
}

TEST(partners_kpis_test, computed_wins_over_a_record_and_a_record_fills_a_gap) {
    auto doc = fx::partnerProgramme();
    doc.deals = {fx::deal("a", "p_gold", "2026-05-03", 9500, 500)};
    sc::KpiRecord hand;
    hand.partnerId = "p_gold";
    hand.period = "2026-05";
    hand.kpi = "pricing_accuracy";
    hand.value = 4000;
    sc::KpiRecord june = hand;
    june.period = "2026-06";
    june.value = 8000;
    doc.kpiRecords = {hand, june};
    const auto may = kpiValue(doc, "p_gold", "2026-05", "pricing_accuracy", "2026-06");
    EXPECT_EQ(may.value, 10000);
    EXPECT_EQ(may.source, "computed");
    EXPECT_EQ(may.recorded, 4000);
    const auto report = buildPartnerKpiReport(doc, "2026-06");
    const auto& cell = cellOf(rowOf(report, "p_gold"), "pricing_accuracy");
    EXPECT_EQ(cell.value, 8000);
    EXPECT_EQ(cell.source, "manual");
    // No metric dictionary: default thresholds (green 95%, amber 85%) -> red; down from 100%.
    EXPECT_FALSE(report.thresholds[1].fromDictionary);
    EXPECT_EQ(cell.rag, "red");
    EXPECT_EQ(cell.trend, "worsening");
}

TEST(partners_kpis_test, thresholds_are_inclusive_in_the_better_direction) {
    const auto doc = fx::partnerProgramme();  // no metric dictionary: the documented defaults
    const auto pricing = thresholdFor(doc, "pricing_accuracy");
    EXPECT_FALSE(pricing.fromDictionary);
    EXPECT_EQ(ragOf(pricing, 9500), "green");
    EXPECT_EQ(ragOf(pricing, 9499), "amber");
    EXPECT_EQ(ragOf(pricing, 8500), "amber");
    EXPECT_EQ(ragOf(pricing, 8499), "red");
    const auto escalations = thresholdFor(doc, "escalation_frequency");
    EXPECT_FALSE(escalations.higherIsBetter);
    EXPECT_EQ(ragOf(escalations, 1), "green");
    EXPECT_EQ(ragOf(escalations, 3), "amber");
    EXPECT_EQ(ragOf(escalations, 4), "red");
    const auto purpose = thresholdFor(doc, "pulse_purpose");
    EXPECT_EQ(ragOf(purpose, 400, 100), "green");
    EXPECT_EQ(ragOf(purpose, 399, 100), "amber");
    // A dictionary entry replaces the default.
    auto withMetric = doc;
    sc::MetricDefinition m;
    m.id = "pricing_accuracy";
    m.name = "Price discipline";
    m.green = 9000;
    m.amber = 8000;
    withMetric.metrics = {m};
    EXPECT_TRUE(thresholdFor(withMetric, "pricing_accuracy").fromDictionary);
    EXPECT_EQ(ragOf(thresholdFor(withMetric, "pricing_accuracy"), 9000), "green");
}

namespace {

sc::KpiRecord record(const std::string& period, const std::string& kpi, std::int64_t value) {
    sc::KpiRecord r;
    r.id = period + kpi;
    r.partnerId = "p_gold";
    r.period = period;
    r.kpi = kpi;
    r.value = value;
    return r;
}

}  // namespace

// Two KPIs red two months running moves a partner one tier down the ladder (the discount bands'
// tiers, widest band first: gold, silver); off the ladder it asks for a review instead.
TEST(partners_kpis_test, tier_advice_demotes_after_two_red_months) {
    auto doc = fx::partnerProgramme();
    for (const std::string period : {"2026-05", "2026-06"}) {
        doc.kpiRecords.push_back(record(period, "message_consistency", 5000));     // red (< 80%)
        doc.kpiRecords.push_back(record(period, "feedback_participation", 1000));  // red (< 30%)
        doc.kpiRecords.push_back(record(period, "escalation_frequency", 0));       // green
    }
    auto advice = rowOf(buildPartnerKpiReport(doc, "2026-06"), "p_gold").tierAdvice;
    EXPECT_EQ(advice.action, "demote");
    EXPECT_EQ(advice.recommended, "silver");
    EXPECT_EQ(advice.reason,
              "message consistency and feedback participation red in 2026-06; "
              "message consistency and feedback participation red in 2026-05");
    // One red month only: watch, not demote.
    EXPECT_EQ(rowOf(buildPartnerKpiReport(doc, "2026-05"), "p_gold").tierAdvice.action, "watch");
    doc.partners[0].tier = "GOLD";
    EXPECT_EQ(rowOf(buildPartnerKpiReport(doc, "2026-06"), "p_gold").tierAdvice.recommended, "silver");
    doc.partners[0].tier = "platinum";
    advice = rowOf(buildPartnerKpiReport(doc, "2026-06"), "p_gold").tierAdvice;
    EXPECT_EQ(advice.action, "review");
    EXPECT_NE(advice.reason.find("tier 'platinum' is not on the tier ladder"), std::string::npos)
        << advice.reason;
}
