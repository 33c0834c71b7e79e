// The dashboard's figures from the score report: heat-map cells, severity bars, the top
// priorities, the funnel's divergent stage and the conversion trend, each against numbers
// computed by hand from the fixture.
#include "dashboard/figures.h"

#include "dashboard_fixtures.h"
#include "engine/journey.h"

namespace {

using Ids = std::vector<std::string>;

TEST(DashboardHeatMap, cells_count_open_mismatches_with_worst_severity_and_their_ids) {
    const auto d = dfx::dashboardOf(dfx::heatDocument());
    const auto& map = d.heatMap;
    ASSERT_EQ(map.promiseIds, (Ids{"P1", "P2"}));
    ASSERT_EQ(map.channelIds, (Ids{"C1", "C2"}));
    ASSERT_EQ(map.cells.size(), 4u);
    // P1 × C1: high + low open (the dismissed critical does not count), high first by priority.
    EXPECT_EQ(map.at(0, 0).openMismatches, 2);
    EXPECT_EQ(map.at(0, 0).worstSeverity, "high");
    EXPECT_EQ(map.at(0, 0).mismatchIds, (Ids{"m_high", "m_low"}));
    // P1 × C2: nothing.
    EXPECT_EQ(map.at(0, 1).openMismatches, 0);
    EXPECT_EQ(map.at(0, 1).worstSeverity, "");
    EXPECT_TRUE(map.at(0, 1).mismatchIds.empty());
    // P2 × C1: only a fixed critical: not open.
    EXPECT_EQ(map.at(1, 0).openMismatches, 0);
    EXPECT_TRUE(map.at(1, 0).mismatchIds.empty());
    // P2 × C2: the fixing medium counts as open.
    EXPECT_EQ(map.at(1, 1).openMismatches, 1);
    EXPECT_EQ(map.at(1, 1).worstSeverity, "medium");
    EXPECT_EQ(map.at(1, 1).mismatchIds, (Ids{"m_mid"}));
    EXPECT_EQ(map.at(1, 1).promiseId, "P2");
    EXPECT_EQ(map.at(1, 1).channelId, "C2");
}

TEST(DashboardHeatMap, a_compared_cell_is_one_detection_compared) {
    auto doc = fx::gatedDocument();  // "Try it now" (self-serve, instant) vs "Sales" (sales-led, demo-gated)
    doc.channels.push_back(fx::channel("c2", "Unmapped", {}));
    const auto map = dfx::dashboardOf(doc).heatMap;
    ASSERT_EQ(map.cells.size(), 2u);
    EXPECT_TRUE(map.at(0, 0).compared);
    EXPECT_EQ(map.at(0, 0).openMismatches, 2);  // buying motion and access
    EXPECT_FALSE(map.at(0, 1).compared);
}

TEST(DashboardSeverity, open_mismatches_by_severity_critical_first) {
    const auto bars = dfx::dashboardOf(dfx::heatDocument()).bySeverity;
    ASSERT_EQ(bars.bars.size(), 4u);
    EXPECT_EQ(bars.bars[0].severity, "critical");
    EXPECT_EQ(bars.bars[0].count, 0);  // the dismissed and the fixed critical are not open
    EXPECT_EQ(bars.bars[1].severity, "high");
    EXPECT_EQ(bars.bars[1].mismatchIds, (Ids{"m_high"}));
    EXPECT_EQ(bars.bars[2].severity, "medium");
    EXPECT_EQ(bars.bars[2].mismatchIds, (Ids{"m_mid"}));
    EXPECT_EQ(bars.bars[3].severity, "low");
    EXPECT_EQ(bars.bars[3].mismatchIds, (Ids{"m_low"}));
    EXPECT_EQ(bars.total, 3);
}

TEST(DashboardTopPriorities, the_first_five_open_in_rank_order_with_a_one_line_explanation) {
    auto doc = dfx::heatDocument();
    for (int i = 0; i < 4; ++i)
        doc.mismatches.push_back(dfx::manual("m_x" + std::to_string(i), "P2", "C2", "low"));
    const auto top = dfx::dashboardOf(doc).topPriorities;
    ASSERT_EQ(top.size(), 5u);  // 7 open, five shown
    EXPECT_EQ(top[0].mismatchId, "m_high");
    EXPECT_EQ(top[0].rank, 1);
    EXPECT_EQ(top[0].severity, "high");
    EXPECT_EQ(top[0].explanation, "Explanation of m_high.");  // first line only
    EXPECT_EQ(top[1].mismatchId, "m_mid");
    EXPECT_EQ(top[1].state, "fixing");
    EXPECT_EQ(top[4].rank, 5);
    EXPECT_GT(top[0].score, top[1].score);
}

TEST(DashboardFunnel, the_divergent_stage_is_the_engines_lowest_ratio_to_benchmark) {
    auto doc = fx::document();
    doc.channels.push_back(fx::channel("c", "Sales", {}));
    auto pair = fx::pair("pr", "c", {});
    // reach 30% vs 40% (ratio 0.75), engage 10% vs 20% (0.50), convert 20% vs 20% (1.00):
    // engage diverges; its shortfall (10 points) is the same as reach's, the ratio decides.
    pair.funnel.push_back(fx::stage("s_reach", "reach", 1000, 300, 4000));
    pair.funnel.push_back(fx::stage("s_engage", "engage", 300, 30, 2000, "Try it now", "Book a demo first"));
    pair.funnel.push_back(fx::stage("s_convert", "convert", 30, 6, 2000));
    pair.funnel[0].journeyStage = "awareness";
    pair.funnel[1].journeyStage = "consideration";
    pair.funnel[2].journeyStage = "decision";
    doc.pairs.push_back(pair);
    const auto funnels = dfx::dashboardOf(doc).funnels;
    ASSERT_EQ(funnels.size(), 1u);
    const auto& f = funnels[0];
    EXPECT_EQ(f.divergentStageId, "s_engage");
    EXPECT_EQ(f.divergentStageId, sc::engine::analyseJourney(doc.pairs[0]).divergentStageId);
    EXPECT_EQ(f.why, sc::engine::analyseJourney(doc.pairs[0]).why);
    ASSERT_EQ(f.stages.size(), 3u);
    EXPECT_FALSE(f.stages[0].divergent);
    EXPECT_TRUE(f.stages[1].divergent);
    EXPECT_FALSE(f.stages[2].divergent);
    EXPECT_EQ(f.stages[0].journeyStage, "awareness");
    EXPECT_EQ(f.stages[1].funnelStage, "engage");
    EXPECT_EQ(f.stages[1].journeyStage, "consideration");
    EXPECT_EQ(f.stages[1].observedBp, 1000);
    EXPECT_EQ(f.stages[1].benchmarkBp, 2000);
    EXPECT_NE(f.why.find("engage"), std::string::npos);
}

TEST(DashboardConversion, conversion_per_pair_from_its_observations_oldest_first) {
    auto doc = fx::document();
    doc.channels.push_back(fx::channel("c", "Sales", {}));
    doc.pairs.push_back(fx::pair("pr", "c", {}));
    doc.pairs.push_back(fx::pair("none", "c", {}));
    auto obs = [&](const std::string& start, std::int64_t visitors, std::int64_t conversions) {
        sc::PairObservation o;
        o.id = "o" + start;
        o.pairId = "pr";
        o.periodStart = start;
        o.visitors = visitors;
        o.conversions = conversions;
        doc.pairObservations.push_back(o);
    };
    obs("2026-09-01", 2000, 50);  // 2.50%
    obs("2026-08-01", 1000, 20);  // 2.00%, listed after but earlier
    obs("2026-10-01", 0, 0);      // no visitors: no rate
    const auto trends = dfx::dashboardOf(doc).conversion;
    ASSERT_EQ(trends.size(), 1u);  // the pair without observations has no trend
    ASSERT_EQ(trends[0].points.size(), 3u);
    EXPECT_EQ(trends[0].points[0].periodStart, "2026-08-01");
    EXPECT_EQ(trends[0].points[0].conversionBp, 200);
    EXPECT_EQ(trends[0].points[1].conversionBp, 250);
    EXPECT_EQ(trends[0].points[2].conversionBp, -1);
}

TEST(DashboardIndex, index_tile_is_the_reports_with_the_readiness_caveat) {
    auto doc = dfx::heatDocument();
    doc.readiness.customers = 12;  // fewer than 50: the workflow does not fit yet
    const auto report = sc::engine::buildScoreReport(doc, dfx::kToday);
    const auto d = sc::dashboard::buildDashboard(doc, report, dfx::kToday);
    EXPECT_EQ(d.index.hasValue, report.index.hasValue);
    EXPECT_EQ(d.index.formula, report.index.formula);
    EXPECT_FALSE(d.index.caveat.empty());
    EXPECT_TRUE(d.readiness.warn);
    ASSERT_EQ(d.readiness.messages.size(), 1u);
    EXPECT_NE(d.readiness.messages[0].find("12"), std::string::npos);
}

}  // namespace
