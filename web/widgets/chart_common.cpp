// Shared chart helpers (see chart_common.h).
#include "widgets/chart_common.h"

#include <algorithm>

#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"

namespace sc::web {

ImU32 toU32(Colour c) { return ImGui::ColorConvertFloat4ToU32(ImVec4(c.r, c.g, c.b, c.a)); }

MarkState ChartMark(const std::string& id, const std::string& label, ImVec2 min, ImVec2 max) {
    const ImVec2 back = ImGui::GetCursorScreenPos();
    ImGui::SetCursorScreenPos(min);
    const ImVec2 size(std::max(max.x - min.x, 1.0f), std::max(max.y - min.y, 1.0f));
    MarkState state;
    state.clicked = ImGui::InvisibleButton(id.c_str(), size);
    state.hovered = ImGui::IsItemHovered();
    test_hooks::noteText(label.c_str());
    ImGui::SetCursorScreenPos(back);
    return state;
}

void TooltipLines(const std::vector<std::string>& lines) {
    if (lines.empty()) return;
    ImGui::BeginTooltip();
    // Wrapped at 36 em from the tooltip's left edge (a wrap at the window's edge would wrap
    // every character: a tooltip grows to fit its text).
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + ImGui::GetFontSize() * 36.0f);
    for (const auto& line : lines) {
        ImGui::TextUnformatted(line.c_str(), line.c_str() + line.size());
        test_hooks::noteText(line.c_str());
    }
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

void CentredText(ImDrawList* draw, ImVec2 min, ImVec2 max, const std::string& text, ImU32 colour) {
    const ImVec2 size = ImGui::CalcTextSize(text.c_str());
    const ImVec2 at(min.x + (max.x - min.x - size.x) * 0.5f, min.y + (max.y - min.y - size.y) * 0.5f);
    draw->PushClipRect(min, max, true);
    draw->AddText(at, colour, text.c_str());
    draw->PopClipRect();
}

void ReserveChart(ImVec2 topLeft, ImVec2 size) {
    ImGui::SetCursorScreenPos(topLeft);
    ImGui::Dummy(size);
}

}  // namespace sc::web
