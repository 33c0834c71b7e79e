// Horizontal bars, one row each: the label, a bar as long as value / largest value, and the
// value in text right of the bar (never colour alone). Hover: the bar's tooltip lines.
#pragma once

#include <string>
#include <vector>

#include "logic/theme_palette.h"

namespace sc::web {

struct BarDatum {
    std::string label;      // "Critical"
    std::string valueText;  // "2"
    double value = 0;
    Colour fill;
    std::vector<std::string> tooltip;
};

// Draws the bars in `width` (≤ 0: the available width); returns the clicked bar or -1.
// Each bar is recorded for the tests as "Bar: <label> <valueText>".
int HorizontalBars(const char* id, const std::vector<BarDatum>& bars, float width, Colour frame);

}  // namespace sc::web
