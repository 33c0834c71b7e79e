// KPI tiles: one per metric of the dictionary, the latest value with its RAG against the
// metric's thresholds, the whole series for the trend line and the last six periods for the
// sparkline. Values computed by hand below.
#include "dashboard/kpi_tiles.h"

#include "dashboard_fixtures.h"

namespace {

sc::KpiRecord record(const std::string& partner, const std::string& period, std::int64_t value) {
    sc::KpiRecord r;
    r.id = partner + period;
    r.partnerId = partner;
    r.period = period;
    r.kpi = "message_consistency";
    r.value = value;
    return r;
}

sc::MetricDefinition metric(const std::string& id, const std::string& unit, std::int64_t benchmark,
                            std::int64_t green, std::int64_t amber) {
    sc::MetricDefinition m;
    m.id = id;
    m.name = id;
    m.unit = unit;
    m.benchmark = benchmark;
    m.green = green;
    m.amber = amber;
    return m;
}

// Two partners with message-consistency records over seven months (A: 2026-01..07, B from
// 2026-03), pulse answers on autonomy in two months, and a metric without any data.
sc::Document kpiDocument() {
    sc::Document doc;
    for (const char* id : {"pa", "pb"}) {
        sc::Partner p;
        p.id = id;
        p.name = id;
        p.tier = "silver";
        doc.partners.push_back(p);
    }
    const std::vector<std::int64_t> a = {7000, 7200, 7400, 7600, 7800, 8000, 8200};
    for (int i = 0; i < 7; ++i)
        doc.kpiRecords.push_back(record("pa", "2026-0" + std::to_string(i + 1), a[i]));
    for (int i = 2; i < 7; ++i)
        doc.kpiRecords.push_back(record("pb", "2026-0" + std::to_string(i + 1), 9001));
    auto pulse = [&](const std::string& partner, const std::string& period, std::int64_t score) {
        sc::PulseAnswer ans;
        ans.id = partner + period + std::to_string(score);
        ans.partnerId = partner;
        ans.period = period;
        ans.question = "autonomy";
        ans.score = score;
        doc.pulseAnswers.push_back(ans);
    };
    pulse("pa", "2026-06", 3);
    pulse("pa", "2026-07", 4);
    pulse("pb", "2026-07", 5);
    doc.metrics.push_back(metric("message_consistency", "bp", 9000, 9000, 8000));
    doc.metrics.push_back(metric("pulse_autonomy", "score", 4, 4, 3));
    doc.metrics.push_back(metric("m_conversion", "bp", 300, 300, 150));
    return doc;
}

TEST(DashboardKpiTiles, latest_value_rag_series_and_six_period_sparkline) {
    const auto doc = kpiDocument();
    const auto d = dfx::dashboardOf(doc);
    ASSERT_EQ(d.kpis.size(), 3u);
    const auto& mc = d.kpis[0];
    EXPECT_EQ(mc.metricId, "message_consistency");
    ASSERT_TRUE(mc.hasValue);
    // 2026-01: A alone 7000; 2026-02: 7200; 2026-03: (7400 + 9001) / 2 = 8200.5 -> 8201 ...
    // 2026-07: (8200 + 9001) / 2 = 8600.5 -> 8601: amber (>= 8000, < 9000).
    ASSERT_EQ(mc.series.size(), 7u);
    EXPECT_EQ(mc.series[0].period, "2026-01");
    EXPECT_EQ(mc.series[0].value, 7000);
    EXPECT_EQ(mc.series[1].value, 7200);
    EXPECT_EQ(mc.series[2].value, 8201);
    EXPECT_EQ(mc.series[6].value, 8601);
    EXPECT_EQ(mc.period, "2026-07");
    EXPECT_EQ(mc.value, 8601);
    EXPECT_EQ(mc.rag, "amber");
    EXPECT_EQ(mc.valueText, "86.0%");
    EXPECT_EQ(mc.benchmark, 9000);
    // The sparkline is the last six periods: 2026-02 .. 2026-07.
    ASSERT_EQ(mc.sparkline.size(), 6u);
    EXPECT_EQ(mc.sparkline.front().period, "2026-02");
    EXPECT_EQ(mc.sparkline.front().value, 7200);
    EXPECT_EQ(mc.sparkline.back().value, 8601);
}

TEST(DashboardKpiTiles, pulse_in_hundredths_and_a_metric_without_values) {
    const auto d = dfx::dashboardOf(kpiDocument());
    const auto& pulse = d.kpis[1];
    ASSERT_TRUE(pulse.hasValue);
    // 2026-06: 3 -> 300 (amber, at 3); 2026-07: (4 + 5) / 2 = 4.50 -> 450 (green, at or above 4).
    ASSERT_EQ(pulse.series.size(), 2u);
    EXPECT_EQ(pulse.series[0].value, 300);
    EXPECT_EQ(pulse.value, 450);
    EXPECT_EQ(pulse.valueText, "4.50");
    EXPECT_EQ(pulse.rag, "green");
    EXPECT_EQ(pulse.green, 400);  // thresholds scaled like the values
    const auto& conversion = d.kpis[2];
    EXPECT_FALSE(conversion.hasValue);
    EXPECT_EQ(conversion.rag, "none");
    EXPECT_TRUE(conversion.sparkline.empty());
    EXPECT_FALSE(conversion.source.empty());
}

TEST(DashboardKpiTiles, lower_is_better_thresholds_turn_the_same_value_red_or_amber) {
    auto doc = kpiDocument();
    doc.metrics[0].higherIsBetter = false;
    doc.metrics[0].green = 5000;
    doc.metrics[0].amber = 8000;  // 8601 is above the amber limit: red
    EXPECT_EQ(dfx::dashboardOf(doc).kpis[0].rag, "red");
    doc.metrics[0].amber = 9000;  // at most 9000: amber
    EXPECT_EQ(dfx::dashboardOf(doc).kpis[0].rag, "amber");
}

}  // namespace
