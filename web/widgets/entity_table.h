// A table of entities: a filter box, sortable columns (click a header), rows drawn through
// ImGuiListClipper so only the visible ones cost a frame, a click selects a row, and
// "Copy as TSV" puts the visible rows on the clipboard for a spreadsheet. The rows come from
// logic/table_model.h; this file only draws.
#pragma once

#include <string>

#include "logic/table_model.h"
#include "logic/theme_palette.h"

namespace sc::web {

// Returns the id of the row clicked this frame ("" = none). `id` names the table (its
// filter and sort survive between frames); `height` 0 = fill the space left.
// Cells with a RAG status are filled in `palette`'s colour (with the text in black or white).
std::string drawEntityTable(const char* id, const TableModel& model, const std::string& selectedId,
                            float height, const ChartPalette* palette = nullptr);

}  // namespace sc::web
