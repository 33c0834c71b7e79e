// What every chart widget shares: palette colours as ImGui colours, one chart mark as an
// ImGui item (hover, click, and a label plus rect the browser tests find it by) and the
// tooltip with a mark's exact values. Charts are drawn with ImDrawList; they take plain data
// (text already worded by logic/dashboard_text) and hold no rule.
#pragma once

#include <string>
#include <vector>

#include "imgui.h"
#include "logic/theme_palette.h"

namespace sc::web {

ImU32 toU32(Colour c);

struct MarkState {
    bool hovered = false;
    bool clicked = false;
};

// Claims the rect [min, max) (screen coordinates) as one item with id `id`, recorded for the
// browser tests as `label`. Leaves the cursor where it was.
MarkState ChartMark(const std::string& id, const std::string& label, ImVec2 min, ImVec2 max);

// A tooltip of these lines (each visible to the browser tests), wrapped at 36 em.
void TooltipLines(const std::vector<std::string>& lines);

// `text` centred in [min, max) in `colour`, clipped to that rect.
void CentredText(ImDrawList* draw, ImVec2 min, ImVec2 max, const std::string& text, ImU32 colour);

// Reserves `size` at the cursor for a chart drawn in it (so the next widget goes below).
void ReserveChart(ImVec2 topLeft, ImVec2 size);

}  // namespace sc::web
