// Horizontal bar chart (see chart_bars.h).
#include "widgets/chart_bars.h"

#include <algorithm>

#include "widgets/chart_common.h"

namespace sc::web {

int HorizontalBars(const char* id, const std::vector<BarDatum>& bars, float width, Colour frame) {
    const float em = ImGui::GetFontSize();
    if (width <= 0) width = ImGui::GetContentRegionAvail().x;
    float labelWidth = 0, valueWidth = 0;
    double largest = 0;
    for (const auto& b : bars) {
        labelWidth = std::max(labelWidth, ImGui::CalcTextSize(b.label.c_str()).x);
        valueWidth = std::max(valueWidth, ImGui::CalcTextSize(b.valueText.c_str()).x);
        largest = std::max(largest, b.value);
    }
    labelWidth += em * 0.6f;
    const float rowHeight = ImGui::GetTextLineHeight() * 1.5f;
    const float barSpace = std::max(width - labelWidth - valueWidth - em, em * 3.0f);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    int clicked = -1;
    ImGui::PushID(id);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const BarDatum& b = bars[i];
        const float y = origin.y + rowHeight * static_cast<float>(i);
        const float textY = y + (rowHeight - ImGui::GetTextLineHeight()) * 0.5f;
        draw->AddText(ImVec2(origin.x, textY), text, b.label.c_str());
        const float length = largest > 0 ? static_cast<float>(b.value / largest) * barSpace : 0.0f;
        const ImVec2 barMin(origin.x + labelWidth, y + rowHeight * 0.15f);
        const ImVec2 barMax(barMin.x + std::max(length, 2.0f), y + rowHeight * 0.85f);
        draw->AddRectFilled(barMin, barMax, toU32(b.fill));
        draw->AddRect(barMin, barMax, toU32(frame));
        draw->AddText(ImVec2(barMax.x + em * 0.4f, textY), text, b.valueText.c_str());
        ImGui::PushID(static_cast<int>(i));
        const MarkState mark = ChartMark("bar", "Bar: " + b.label + " " + b.valueText, ImVec2(origin.x, y),
                                         ImVec2(origin.x + width, y + rowHeight));
        ImGui::PopID();
        if (mark.hovered) TooltipLines(b.tooltip);
        if (mark.clicked) clicked = static_cast<int>(i);
    }
    ImGui::PopID();
    ReserveChart(origin, ImVec2(width, rowHeight * static_cast<float>(bars.size())));
    return clicked;
}

}  // namespace sc::web
