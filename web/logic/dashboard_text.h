// What the Dashboard view says, as plain functions over core's dashboard value
// (core/dashboard/dashboard.h): headlines, chart labels and tooltips, the value printed next
// to every coloured mark, the action list as TSV/CSV, projector paging and chart scales. The
// view lays these out; no rule lives there. No ImGui here: tested natively (tests/web).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "dashboard/dashboard.h"

namespace sc::web {

// "Alignment index 81.3 / 100", or "Alignment index: not available" when nothing was compared.
std::string indexHeadline(const dashboard::IndexTile& index);
// The hover text of the index: the formula, this document's computation and, when fixes still
// await verification, the share of the index resting on them.
std::vector<std::string> indexTooltipLines(const dashboard::IndexTile& index);

// "2 critical" beside a severity bar; the bar's colour is the palette's.
std::string severityBarText(const dashboard::SeverityBar& bar);
// "8 open mismatches" or "8 open mismatch groups" (the engine groups them) in total.
std::string openTotalText(const dashboard::SeverityBars& bars);

// "1. Try it now vs Direct sales (high, priority 48.80)".
std::string topPriorityText(const dashboard::TopPriority& p);

// What a heat-map cell prints: its open count, "0" when compared with nothing open, "" when
// the promise and channel were not compared.
std::string heatCellText(const dashboard::HeatCell& cell);
// The recorder label of a cell, which tests find it by: "Heat cell: <promise> × <channel>".
std::string heatCellLabel(const std::string& promiseName, const std::string& channelName);
// The cell's tooltip, the exact values:
//   "Promise 'Try it now' × channel 'Direct sales'", "2 open mismatches, worst high", "Click to list them."
std::vector<std::string> heatCellTooltipLines(const std::string& promiseName, const std::string& channelName,
                                              const dashboard::HeatCell& cell);
// The drill-down heading after a click: "2 open mismatches of 'Try it now' on 'Direct sales'".
std::string heatSelectionHeading(const std::string& promiseName, const std::string& channelName,
                                 std::size_t count);

// "Awareness" under a funnel stage; "" when the stage has no journey stage.
std::string journeyStageText(const dashboard::FunnelBar& bar);
// "Demo booked: 12.0% (benchmark 20.0%)" or "Demo booked: no data".
std::string funnelStageText(const dashboard::FunnelBar& bar);
// The divergent stage explained: "Diverges at 'Demo booked' (decision): <why>"; "" when none.
std::string funnelDivergenceText(const dashboard::PairFunnel& funnel);

// A value in a metric's unit: "95.0%" (bp), "12" (count), "$1,234.50" (minor_units in the
// document currency), "45 days", "4.50" (score, hundredths).
std::string metricValueText(const std::string& unit, std::int64_t value, const std::string& currency);
// "G", "A", "R" printed on a RAG mark; "–" for none.
std::string ragLetter(const std::string& rag);
// "95.0% · green", or "no value yet".
std::string kpiTileValueText(const dashboard::KpiTile& tile, const std::string& currency);
// "benchmark 90.0% · green at or above 95.0% · amber at or above 85.0%".
std::string kpiThresholdText(const dashboard::KpiTile& tile, const std::string& currency);
// A series point's tooltip: "2026-09: 95.0%".
std::string seriesPointText(const std::string& period, const std::string& unit, std::int64_t value,
                            const std::string& currency);

// "2026-10-06 · 12 days overdue" (or "due today").
std::string overdueWhenText(const dashboard::OverdueItem& item);
// "Cadence", "Verification", "Experiment", "Material", "Decision".
std::string overdueKindText(const std::string& kind);

// One action-list row's decision cell: the decision's action, or "(no decision yet)".
std::string actionDecisionText(const dashboard::ActionItem& a);
// The action list for a spreadsheet: header row then one row per action, tab-separated
// (tabs/newlines in cells become spaces), and as CSV (RFC 4180 quoting).
std::string actionListTsv(const std::vector<dashboard::ActionItem>& actions);
std::string actionListCsv(const std::vector<dashboard::ActionItem>& actions);
// "<title> action list.csv" safe for a desktop file system.
std::string actionListFileName(const std::string& title);

// Projector mode: the page shown after pressing an arrow (`delta` −1/+1) on page `page` of
// `count` top priorities; stays within 0..count−1 (0 when there are none).
int presentPage(int page, int delta, int count);
// "Priority 2 of 5" above the shown priority.
std::string presentPageText(int page, int count);

// A value axis for a trend chart: covers every value, the benchmark and both band edges,
// with a little room above and below so marks are never drawn on the frame.
struct AxisRange {
    double min = 0, max = 1;
    // Where `value` sits, 0 (bottom) .. 1 (top).
    double fraction(double value) const { return max > min ? (value - min) / (max - min) : 0.5; }
};
AxisRange trendAxis(const std::vector<std::int64_t>& values, std::optional<std::int64_t> benchmark,
                    std::optional<std::int64_t> green, std::optional<std::int64_t> amber);

// The bands of a trend chart (value ranges), from the metric's thresholds: green from the
// green threshold outwards, amber between the amber and the green thresholds.
struct Band {
    double from = 0, to = 0;
};
struct TrendBands {
    Band green, amber;
};
TrendBands trendBands(const AxisRange& axis, bool higherIsBetter, std::int64_t green, std::int64_t amber);

}  // namespace sc::web
