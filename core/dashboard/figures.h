// The dashboard's figures taken straight from the score report and the maps: the index tile,
// readiness, open mismatches by severity, the top priorities, the heat map, the funnels and
// the conversion trend per pair. Each is one function so a test can check it alone.
#pragma once

#include <string>
#include <vector>

#include "dashboard/dashboard.h"

namespace sc::dashboard {

IndexTile indexTile(const engine::ScoreReport& report);
ReadinessNote readinessNote(const engine::ScoreReport& report);

// Open (and fixing) mismatches by severity, critical first; when the report groups
// mismatches, one unit per group at the group's severity.
SeverityBars severityBars(const engine::ScoreReport& report);

// The first kTopPriorities open mismatches of the ranking.
std::vector<TopPriority> topPriorities(const engine::ScoreReport& report);

// Promises × channels: per cell the open mismatches of that promise on that channel (any pair),
// the worst of their severities and their ids in priority order; `compared` from detection.
HeatMap heatMap(const Document& doc, const engine::ScoreReport& report);

// Each pair with a funnel, from the report's journeys (the engine's divergent stage).
std::vector<PairFunnel> pairFunnels(const Document& doc, const engine::ScoreReport& report);

// Each pair with observations: conversions / visitors per period start, oldest first.
std::vector<PairConversionTrend> conversionTrends(const Document& doc);

// "Promise 'Try it now' vs channel 'Direct sales'" or the mismatch's own name.
std::string mismatchTitle(const engine::ReportMismatch& m);

// 0 low .. 3 critical; -1 for anything else.
int severityRank(const std::string& severity);

}  // namespace sc::dashboard
