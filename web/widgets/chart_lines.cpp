// Sparkline and trend line (see chart_lines.h).
#include "widgets/chart_lines.h"

#include <algorithm>
#include <cmath>

#include "widgets/chart_common.h"

namespace sc::web {

namespace {

// Where point i of n sits horizontally in [left, right].
float xAt(std::size_t i, std::size_t n, float left, float right) {
    if (n <= 1) return (left + right) * 0.5f;
    return left + (right - left) * static_cast<float>(i) / static_cast<float>(n - 1);
}

float yAt(const AxisRange& axis, double value, float top, float bottom) {
    return bottom - static_cast<float>(axis.fraction(value)) * (bottom - top);
}

// The point nearest the mouse horizontally while it is over [min, max), or -1.
int hoveredPoint(std::size_t n, ImVec2 min, ImVec2 max, float left, float right) {
    if (n == 0 || !ImGui::IsMouseHoveringRect(min, max)) return -1;
    const float mx = ImGui::GetIO().MousePos.x;
    int best = 0;
    float bestDistance = 1e30f;
    for (std::size_t i = 0; i < n; ++i) {
        const float d = std::fabs(xAt(i, n, left, right) - mx);
        if (d < bestDistance) bestDistance = d, best = static_cast<int>(i);
    }
    return best;
}

void dashedLine(ImDrawList* draw, ImVec2 a, ImVec2 b, ImU32 colour, float dash, float thickness) {
    const float length = b.x - a.x;
    for (float x = 0; x < length; x += dash * 2.0f)
        draw->AddLine(ImVec2(a.x + x, a.y), ImVec2(a.x + std::min(x + dash, length), b.y), colour, thickness);
}

}  // namespace

void Sparkline(const char* id, const std::string& label, const std::vector<LinePoint>& points, ImVec2 size,
               const ChartPalette& palette) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const ImVec2 end(origin.x + size.x, origin.y + size.y);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const float pad = ImGui::GetFontSize() * 0.2f;
    std::vector<std::int64_t> values;
    for (const auto& p : points) values.push_back(static_cast<std::int64_t>(std::llround(p.value)));
    const AxisRange axis = trendAxis(values, std::nullopt, std::nullopt, std::nullopt);
    const float left = origin.x + pad, right = end.x - pad, top = origin.y + pad, bottom = end.y - pad;
    draw->AddLine(ImVec2(origin.x, end.y), end, toU32(palette.grid));
    for (std::size_t i = 0; i + 1 < points.size(); ++i)
        draw->AddLine(
            ImVec2(xAt(i, points.size(), left, right), yAt(axis, points[i].value, top, bottom)),
            ImVec2(xAt(i + 1, points.size(), left, right), yAt(axis, points[i + 1].value, top, bottom)),
            toU32(palette.line), ImGui::GetFontSize() * 0.12f);
    for (std::size_t i = 0; i < points.size(); ++i)
        draw->AddCircleFilled(
            ImVec2(xAt(i, points.size(), left, right), yAt(axis, points[i].value, top, bottom)),
            ImGui::GetFontSize() * 0.15f, toU32(palette.line));
    const MarkState mark = ChartMark(std::string(id), "Sparkline: " + label, origin, end);
    const int hovered = hoveredPoint(points.size(), origin, end, left, right);
    if (mark.hovered && hovered >= 0) {
        std::vector<std::string> lines;
        for (const auto& p : points) lines.push_back(p.text);          // every value, exact
        lines[static_cast<std::size_t>(hovered)] += "  \xE2\x97\x80";  // marks the hovered one (U+25C0)
        TooltipLines(lines);
    }
    ReserveChart(origin, size);
}

void TrendLine(const char* id, const std::string& label, const TrendChart& chart, ImVec2 size,
               const ChartPalette& palette) {
    const float em = ImGui::GetFontSize();
    const float line = ImGui::GetTextLineHeight();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    float axisWidth = std::max(ImGui::CalcTextSize(chart.axisMinText.c_str()).x,
                               ImGui::CalcTextSize(chart.axisMaxText.c_str()).x) +
                      em * 0.4f;
    const float left = origin.x + axisWidth + em * 0.6f, right = origin.x + size.x - em * 0.6f;
    const float top = origin.y + line * 0.5f, bottom = origin.y + size.y - line * 1.4f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 hint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    if (chart.bands) {
        auto band = [&](const Band& b, Colour colour) {
            if (b.to <= b.from) return;
            draw->AddRectFilled(ImVec2(left, yAt(chart.axis, b.to, top, bottom)),
                                ImVec2(right, yAt(chart.axis, b.from, top, bottom)), toU32(colour));
        };
        band(chart.bands->green, palette.greenBand);
        band(chart.bands->amber, palette.amberBand);
    }
    draw->AddRect(ImVec2(left, top), ImVec2(right, bottom), toU32(palette.grid));
    draw->AddText(ImVec2(origin.x, top - line * 0.5f), hint, chart.axisMaxText.c_str());
    draw->AddText(ImVec2(origin.x, bottom - line * 0.5f), hint, chart.axisMinText.c_str());
    if (chart.benchmark) {
        const float y = yAt(chart.axis, *chart.benchmark, top, bottom);
        dashedLine(draw, ImVec2(left, y), ImVec2(right, y), toU32(palette.benchmark), em * 0.4f, em * 0.08f);
    }
    const std::size_t n = chart.points.size();
    for (std::size_t i = 0; i + 1 < n; ++i)
        draw->AddLine(
            ImVec2(xAt(i, n, left, right), yAt(chart.axis, chart.points[i].value, top, bottom)),
            ImVec2(xAt(i + 1, n, left, right), yAt(chart.axis, chart.points[i + 1].value, top, bottom)),
            toU32(palette.line), em * 0.14f);
    ImGui::PushID(id);
    for (std::size_t i = 0; i < n; ++i) {
        const ImVec2 at(xAt(i, n, left, right), yAt(chart.axis, chart.points[i].value, top, bottom));
        draw->AddCircleFilled(at, em * 0.22f, toU32(palette.line));
        ImGui::PushID(static_cast<int>(i));
        const float r = em * 0.45f;
        const MarkState mark = ChartMark("point", "Trend point: " + chart.points[i].text,
                                         ImVec2(at.x - r, at.y - r), ImVec2(at.x + r, at.y + r));
        ImGui::PopID();
        if (mark.hovered) TooltipLines({chart.points[i].text});
    }
    // Period names under the first and the last point only: never overlapping.
    if (n > 0) {
        draw->AddText(ImVec2(left, bottom + line * 0.2f), hint, chart.points.front().period.c_str());
        if (n > 1) {
            const float w = ImGui::CalcTextSize(chart.points.back().period.c_str()).x;
            draw->AddText(ImVec2(right - w, bottom + line * 0.2f), hint, chart.points.back().period.c_str());
        }
    }
    if (!chart.benchmarkText.empty()) {
        const float w = ImGui::CalcTextSize(chart.benchmarkText.c_str()).x;
        draw->AddText(ImVec2((left + right - w) * 0.5f, bottom + line * 0.2f), text,
                      chart.benchmarkText.c_str());
    }
    ImGui::PopID();
    ChartMark(std::string(id) + "-all", "Trend: " + label, origin,
              ImVec2(origin.x + size.x, origin.y + size.y));
    ReserveChart(origin, size);
}

}  // namespace sc::web
