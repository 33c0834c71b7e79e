// Heat map (see chart_heat_map.h).
#include "widgets/chart_heat_map.h"

#include <algorithm>

#include "imgui_internal.h"
#include "widgets/chart_common.h"

namespace sc::web {

std::optional<HeatMapPick> HeatMap(const char* id, const HeatMapData& data, const HeatMapTooltip& tooltip,
                                   const ChartPalette& palette) {
    if (data.rows.empty() || data.columns.empty()) return std::nullopt;
    const float em = ImGui::GetFontSize();
    const float avail = ImGui::GetContentRegionAvail().x;
    float rowLabelWidth = 0;
    for (const auto& r : data.rows) rowLabelWidth = std::max(rowLabelWidth, ImGui::CalcTextSize(r.c_str()).x);
    rowLabelWidth = std::min(rowLabelWidth + em * 0.6f, std::max(avail * 0.35f, em * 8.0f));
    const float columns = static_cast<float>(data.columns.size());
    const float cellWidth = std::clamp((avail - rowLabelWidth) / columns, em * 3.0f, em * 9.0f);
    const float cellHeight = ImGui::GetTextLineHeight() * 1.7f;
    // Column names wrap within their column (a little narrower, so neighbours never touch).
    const float wrap = cellWidth - em * 0.4f;
    float headerHeight = 0;
    for (const auto& c : data.columns)
        headerHeight = std::max(headerHeight, ImGui::CalcTextSize(c.c_str(), nullptr, false, wrap).y);
    headerHeight += em * 0.4f;

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImU32 text = ImGui::GetColorU32(ImGuiCol_Text);
    ImFont* font = ImGui::GetFont();
    for (std::size_t c = 0; c < data.columns.size(); ++c) {
        const float x = origin.x + rowLabelWidth + cellWidth * static_cast<float>(c);
        const ImVec2 size = ImGui::CalcTextSize(data.columns[c].c_str(), nullptr, false, wrap);
        draw->AddText(font, em,
                      ImVec2(x + (cellWidth - size.x) * 0.5f, origin.y + headerHeight - em * 0.3f - size.y),
                      text, data.columns[c].c_str(), nullptr, wrap);
    }
    std::optional<HeatMapPick> pick;
    ImGui::PushID(id);
    for (std::size_t r = 0; r < data.rows.size(); ++r) {
        const float y = origin.y + headerHeight + cellHeight * static_cast<float>(r);
        const ImVec2 labelMin(origin.x, y), labelMax(origin.x + rowLabelWidth - em * 0.3f, y + cellHeight);
        const std::string& row = data.rows[r];
        const bool fits = ImGui::CalcTextSize(row.c_str()).x <= labelMax.x - labelMin.x;
        ImGui::PushClipRect(labelMin, labelMax, true);
        ImGui::RenderTextEllipsis(
            draw, ImVec2(labelMin.x, y + (cellHeight - ImGui::GetTextLineHeight()) * 0.5f),
            ImVec2(labelMax.x, labelMax.y), labelMax.x, labelMax.x, row.c_str(), nullptr, nullptr);
        ImGui::PopClipRect();
        if (!fits && ImGui::IsMouseHoveringRect(labelMin, labelMax)) TooltipLines({row});
        for (std::size_t c = 0; c < data.columns.size(); ++c) {
            const HeatMapCell& cell = data.cells[r * data.columns.size() + c];
            const float x = origin.x + rowLabelWidth + cellWidth * static_cast<float>(c);
            const ImVec2 min(x + 1.0f, y + 1.0f), max(x + cellWidth - 1.0f, y + cellHeight - 1.0f);
            draw->AddRectFilled(min, max, toU32(cell.fill));
            draw->AddRect(min, max, toU32(palette.grid));
            if (cell.selected) draw->AddRect(min, max, toU32(palette.marker), 0.0f, 0, em * 0.18f);
            if (!cell.text.empty()) CentredText(draw, min, max, cell.text, toU32(textOn(cell.fill)));
            ImGui::PushID(static_cast<int>(r * data.columns.size() + c));
            const MarkState mark = ChartMark("cell", cell.label, min, max);
            ImGui::PopID();
            if (mark.hovered && tooltip) TooltipLines(tooltip(r, c));
            if (mark.clicked && cell.clickable) pick = HeatMapPick{r, c};
        }
    }
    ImGui::PopID();
    ReserveChart(origin, ImVec2(rowLabelWidth + cellWidth * columns,
                                headerHeight + cellHeight * static_cast<float>(data.rows.size())));
    return pick;
}

}  // namespace sc::web
