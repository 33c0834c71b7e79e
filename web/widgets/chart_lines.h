// Line charts over periods: a sparkline (a KPI tile's last periods, no axes) and a trend line
// with the benchmark as a dashed line and the green and amber bands shaded, the first and
// last values and the axis ends printed. Hover a point: its exact period and value.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "imgui.h"
#include "logic/dashboard_text.h"
#include "logic/theme_palette.h"

namespace sc::web {

struct LinePoint {
    std::string period;
    double value = 0;
    std::string text;  // "2026-09: 95.0%" (the tooltip)
};

// `size` in pixels; recorded for the tests as "Sparkline: <label>".
void Sparkline(const char* id, const std::string& label, const std::vector<LinePoint>& points, ImVec2 size,
               const ChartPalette& palette);

struct TrendChart {
    std::vector<LinePoint> points;
    AxisRange axis;
    std::optional<double> benchmark;
    std::string benchmarkText;  // "benchmark 90.0%"
    std::optional<TrendBands> bands;
    std::string axisMinText, axisMaxText;
};

// Recorded as "Trend: <label>" (the whole chart) and "Trend point: <text>" per point.
void TrendLine(const char* id, const std::string& label, const TrendChart& chart, ImVec2 size,
               const ChartPalette& palette);

}  // namespace sc::web
