// The Dashboard view's wording and chart rules: hand-made dashboard values, hand-written
// expectations.
#include <gtest/gtest.h>

#include "logic/dashboard_text.h"

using namespace sc::web;
using namespace sc::dashboard;

TEST(dashboard_text_test, index_headline_and_its_hover_lines) {
    IndexTile index;
    EXPECT_EQ(indexHeadline(index), "Alignment index: not available");
    index.hasValue = true;
    index.value = 81.3;
    index.formula = "100 × aligned weight / compared weight";
    index.computation = "100 × 812.5 / 1000 = 81.3";
    index.verificationShare = "index 81.3, of which 18 points await verification";
    EXPECT_EQ(indexHeadline(index), "Alignment index 81.3 / 100");
    const auto lines = indexTooltipLines(index);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0], index.formula);
    EXPECT_EQ(lines[2], "index 81.3, of which 18 points await verification");
}

TEST(dashboard_text_test, open_totals_say_groups_when_the_engine_groups) {
    SeverityBars bars;
    bars.total = 1;
    EXPECT_EQ(openTotalText(bars), "1 open mismatch");
    bars.total = 8;
    EXPECT_EQ(openTotalText(bars), "8 open mismatches");
    bars.countsGroups = true;
    EXPECT_EQ(openTotalText(bars), "8 open mismatch groups");
    EXPECT_EQ(severityBarText(SeverityBar{"critical", 2, {}}), "2 critical");
}

TEST(dashboard_text_test, top_priority_line_names_rank_title_severity_and_score) {
    TopPriority p;
    p.rank = 1;
    p.title = "Promise 'Try it now' vs channel 'Direct sales'";
    p.severity = "critical";
    p.score = 48.8;
    EXPECT_EQ(topPriorityText(p),
              "1. Promise 'Try it now' vs channel 'Direct sales' (critical, priority 48.80)");
}

TEST(dashboard_text_test, heat_cells_print_their_count_and_explain_it_on_hover) {
    HeatCell cell;
    EXPECT_EQ(heatCellText(cell), "");  // not compared: blank
    cell.compared = true;
    EXPECT_EQ(heatCellText(cell), "0");
    EXPECT_EQ(heatCellTooltipLines("Try it now", "Direct sales", cell)[1],
              "0 open mismatches: compared, nothing open");
    cell.openMismatches = 2;
    cell.worstSeverity = "high";
    EXPECT_EQ(heatCellText(cell), "2");
    const auto lines = heatCellTooltipLines("Try it now", "Direct sales", cell);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0], "Promise 'Try it now' × channel 'Direct sales'");
    EXPECT_EQ(lines[1], "2 open mismatches, worst high");
    EXPECT_EQ(heatCellLabel("Try it now", "Direct sales"), "Heat cell: Try it now × Direct sales");
    EXPECT_EQ(heatSelectionHeading("Try it now", "Direct sales", 1),
              "1 open mismatch of 'Try it now' on 'Direct sales'");
}

TEST(dashboard_text_test, funnel_stage_and_divergence_in_words) {
    FunnelBar bar;
    bar.stageId = "demo";
    bar.label = "Demo booked";
    bar.journeyStage = "decision";
    EXPECT_EQ(funnelStageText(bar), "Demo booked: no data");
    bar.hasData = true;
    bar.observedBp = 1200;
    bar.benchmarkBp = 2000;
    EXPECT_EQ(funnelStageText(bar), "Demo booked: 12.0% (benchmark 20.0%)");
    EXPECT_EQ(journeyStageText(bar), "Decision");
    PairFunnel funnel;
    funnel.stages = {bar};
    EXPECT_EQ(funnelDivergenceText(funnel), "");
    funnel.divergentStageId = "demo";
    funnel.why = "the sales call comes before the trial the promise offers";
    EXPECT_EQ(
        funnelDivergenceText(funnel),
        "Diverges at 'Demo booked' (decision): the sales call comes before the trial the promise offers");
}

TEST(dashboard_text_test, metric_values_in_their_unit_and_rag_letters) {
    EXPECT_EQ(metricValueText("bp", 9500, "USD"), "95.0%");
    EXPECT_EQ(metricValueText("count", 12, "USD"), "12");
    EXPECT_EQ(metricValueText("minor_units", 123450, "USD"), "$1,234.50");
    EXPECT_EQ(metricValueText("days", 45, ""), "45 days");
    EXPECT_EQ(metricValueText("days", 1, ""), "1 day");
    EXPECT_EQ(metricValueText("score", 450, ""), "4.50");
    EXPECT_EQ(ragLetter("green"), "G");
    EXPECT_EQ(ragLetter("amber"), "A");
    EXPECT_EQ(ragLetter("red"), "R");
    EXPECT_EQ(ragLetter("none"), "–");
    KpiTile tile;
    tile.unit = "bp";
    EXPECT_EQ(kpiTileValueText(tile, "USD"), "no value yet");
    tile.hasValue = true;
    tile.value = 9500;
    tile.rag = "green";
    EXPECT_EQ(kpiTileValueText(tile, "USD"), "95.0% · green");
    tile.benchmark = 9000;
    tile.green = 9500;
    tile.amber = 8500;
    EXPECT_EQ(kpiThresholdText(tile, "USD"),
              "benchmark 90.0% · green at or above 95.0% · amber at or above 85.0%");
}

TEST(dashboard_text_test, overdue_dates_count_the_days) {
    OverdueItem item;
    item.dueOn = "2026-10-06";
    item.daysOverdue = 12;
    EXPECT_EQ(overdueWhenText(item), "2026-10-06 · 12 days overdue");
    item.daysOverdue = 0;
    EXPECT_EQ(overdueWhenText(item), "2026-10-06 · due today");
    EXPECT_EQ(overdueKindText("cadence"), "Cadence");
}

TEST(dashboard_text_test, action_list_as_tsv_and_csv) {
    ActionItem a;
    a.rank = 1;
    a.title = "Promise 'Try it now' vs channel 'Direct sales, inside'";
    a.severity = "critical";
    a.score = 48.84;
    a.decisionId = "d1";
    a.action = "Change the message";
    a.owner = "Ana\tB";
    a.due = "2026-12-01";
    a.overdue = true;
    a.state = "fixing";
    ActionItem b;
    b.rank = 2;
    b.title = "Say \"now\"";
    b.severity = "low";
    b.score = 3;
    b.action = "Adjust the channel";
    b.state = "open";
    EXPECT_EQ(
        actionListTsv({a, b}),
        "Rank\tMismatch\tSeverity\tPriority\tDecision\tOwner\tDue\tState\n"
        "1\tPromise 'Try it now' vs channel 'Direct sales, inside'\tcritical\t48.8\tChange the message\tAna "
        "B\t2026-12-01 (overdue)\tfixing\n"
        "2\tSay \"now\"\tlow\t3.0\t(no decision yet; suggested: Adjust the channel)\t\t\topen\n");
    EXPECT_EQ(actionListCsv({b}),
              "Rank,Mismatch,Severity,Priority,Decision,Owner,Due,State\r\n"
              "2,\"Say \"\"now\"\"\",low,3.0,(no decision yet; suggested: Adjust the channel),,,open\r\n");
    EXPECT_EQ(actionListFileName("Q3: plan/review"), "Q3- plan-review action list.csv");
}

TEST(dashboard_text_test, projector_pages_stay_within_the_priorities) {
    EXPECT_EQ(presentPage(0, +1, 5), 1);
    EXPECT_EQ(presentPage(4, +1, 5), 4);
    EXPECT_EQ(presentPage(0, -1, 5), 0);
    EXPECT_EQ(presentPage(3, 0, 2), 1);  // fewer priorities after an edit
    EXPECT_EQ(presentPage(2, +1, 0), 0);
    EXPECT_EQ(presentPageText(1, 5), "Priority 2 of 5");
}

TEST(dashboard_text_test, trend_axis_covers_values_benchmark_and_bands) {
    const AxisRange axis = trendAxis({9000, 9600}, 9000, 9500, 8000);
    EXPECT_DOUBLE_EQ(axis.min, 8000 - 160);  // span 1600, 10% room
    EXPECT_DOUBLE_EQ(axis.max, 9600 + 160);
    EXPECT_DOUBLE_EQ(axis.fraction(axis.min), 0.0);
    EXPECT_DOUBLE_EQ(axis.fraction(axis.max), 1.0);
    const TrendBands up = trendBands(axis, true, 9500, 8000);
    EXPECT_DOUBLE_EQ(up.green.from, 9500);
    EXPECT_DOUBLE_EQ(up.green.to, axis.max);
    EXPECT_DOUBLE_EQ(up.amber.from, 8000);
    EXPECT_DOUBLE_EQ(up.amber.to, 9500);
    const TrendBands down = trendBands(trendAxis({3, 5}, 4, 2, 6), false, 2, 6);
    EXPECT_DOUBLE_EQ(down.green.to, 2);
    EXPECT_DOUBLE_EQ(down.amber.from, 2);
    EXPECT_DOUBLE_EQ(down.amber.to, 6);
    const AxisRange flat = trendAxis({5, 5}, std::nullopt, std::nullopt, std::nullopt);
    EXPECT_LT(flat.min, 5);
    EXPECT_GT(flat.max, 5);
}
