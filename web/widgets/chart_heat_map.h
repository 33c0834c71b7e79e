// A heat map: rows × columns of cells, each filled in its colour with its value printed in it
// (black or white, whichever reads on the fill). Column names wrap above their column; row
// names that do not fit end in "…" (the tooltip has the whole name). Hover: the cell's
// tooltip; click: the cell is returned.
#pragma once

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "logic/theme_palette.h"

namespace sc::web {

struct HeatMapCell {
    std::string text;   // printed in the cell ("2"); "" leaves it blank
    std::string label;  // recorded for the tests: "Heat cell: <row> × <column>"
    Colour fill;
    bool clickable = false;
    bool selected = false;  // outlined
};

struct HeatMapData {
    std::vector<std::string> rows, columns;
    std::vector<HeatMapCell> cells;  // row-major
};

struct HeatMapPick {
    std::size_t row = 0, column = 0;
};

// The tooltip lines of the hovered cell (asked only for that one).
using HeatMapTooltip = std::function<std::vector<std::string>(std::size_t row, std::size_t column)>;

std::optional<HeatMapPick> HeatMap(const char* id, const HeatMapData& data, const HeatMapTooltip& tooltip,
                                   const ChartPalette& palette);

}  // namespace sc::web
