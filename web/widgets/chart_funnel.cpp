// Funnel vs benchmark (see chart_funnel.h).
#include "widgets/chart_funnel.h"

#include <algorithm>

#include "widgets/cell_text.h"
#include "widgets/chart_common.h"

namespace sc::web {

void Funnel(const char* id, const std::vector<FunnelStageDatum>& stages, const std::string& caption,
            const ChartPalette& palette) {
    if (stages.empty()) return;
    const float em = ImGui::GetFontSize();
    const float line = ImGui::GetTextLineHeight();
    const float avail = ImGui::GetContentRegionAvail().x;
    const float column = std::clamp(avail / static_cast<float>(stages.size()), em * 6.0f, em * 12.0f);
    const float wrap = column - em * 0.6f;
    const float barArea = em * 6.0f;
    double largest = 0;
    float labelHeight = 0;
    for (const auto& s : stages) {
        largest = std::max({largest, s.observed, s.benchmark});
        labelHeight = std::max(labelHeight, ImGui::CalcTextSize(s.label.c_str(), nullptr, false, wrap).y);
    }
    if (largest <= 0) largest = 1;
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float top = origin.y + line * 2.2f;  // room for the two values above the bars
    const float baseline = top + barArea;
    const float height = baseline - origin.y + em * 0.3f + labelHeight + line * 1.2f + line * 1.2f;
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    const ImU32 hint = ImGui::GetColorU32(ImGuiCol_TextDisabled);
    ImFont* font = ImGui::GetFont();
    ImGui::PushID(id);
    for (std::size_t i = 0; i < stages.size(); ++i) {
        const FunnelStageDatum& s = stages[i];
        const float x = origin.x + column * static_cast<float>(i);
        const float barWidth = std::min(em * 2.2f, (column - em) * 0.5f);
        const float centre = x + column * 0.5f;
        const ImVec2 cellMin(x + em * 0.15f, origin.y), cellMax(x + column - em * 0.15f, origin.y + height);
        if (s.divergent) {
            draw->AddRect(cellMin, cellMax, toU32(palette.marker), 0.0f, 0, em * 0.15f);
            draw->AddText(ImVec2(cellMin.x + em * 0.3f, cellMax.y - line * 1.1f), text, "diverges here");
        }
        if (s.hasData) {
            const float hObserved = static_cast<float>(s.observed / largest) * barArea;
            const float hBenchmark = static_cast<float>(s.benchmark / largest) * barArea;
            draw->AddRectFilled(ImVec2(centre - barWidth, baseline - hObserved), ImVec2(centre, baseline),
                                toU32(palette.bar));
            draw->AddRectFilled(ImVec2(centre, baseline - hBenchmark), ImVec2(centre + barWidth, baseline),
                                toU32(palette.barBenchmark));
            draw->AddRect(ImVec2(centre, baseline - hBenchmark), ImVec2(centre + barWidth, baseline),
                          toU32(palette.grid));
            const std::string values = s.observedText;
            const std::string bench = "bm " + s.benchmarkText;
            draw->AddText(ImVec2(centre - ImGui::CalcTextSize(values.c_str()).x * 0.5f, origin.y), text,
                          values.c_str());
            draw->AddText(
                ImVec2(centre - ImGui::CalcTextSize(bench.c_str()).x * 0.5f, origin.y + line * 1.05f), hint,
                bench.c_str());
        } else {
            draw->AddText(ImVec2(centre - ImGui::CalcTextSize("no data").x * 0.5f, baseline - line), hint,
                          "no data");
        }
        draw->AddLine(ImVec2(x + em * 0.3f, baseline), ImVec2(x + column - em * 0.3f, baseline),
                      toU32(palette.grid));
        const ImVec2 labelSize = ImGui::CalcTextSize(s.label.c_str(), nullptr, false, wrap);
        draw->AddText(font, em, ImVec2(centre - labelSize.x * 0.5f, baseline + em * 0.3f), text,
                      s.label.c_str(), nullptr, wrap);
        const ImVec2 journeySize = ImGui::CalcTextSize(s.journeyStage.c_str());
        draw->AddText(ImVec2(centre - journeySize.x * 0.5f, baseline + em * 0.3f + labelHeight + line * 0.2f),
                      hint, s.journeyStage.c_str());
        ImGui::PushID(static_cast<int>(i));
        const MarkState mark = ChartMark("stage", "Funnel stage: " + s.label, cellMin, cellMax);
        ImGui::PopID();
        if (mark.hovered) TooltipLines(s.tooltip);
    }
    ImGui::PopID();
    ReserveChart(origin, ImVec2(column * static_cast<float>(stages.size()), height));
    // A legend in words, then why the divergent stage diverges.
    HintText("Left bar: observed conversion; right bar: benchmark (bm).");
    if (!caption.empty()) CellTextWrapped(caption);
}

}  // namespace sc::web
