// A virtualised table for the big row tables (deals, registrations, reports, KPI records, pulse
// answers): only the rows on screen are formatted (ImGuiListClipper), and filtering or sorting
// runs in steps across frames (logic/row_query.h) with its progress shown, so a million rows
// scroll smoothly and a sort never freezes the page.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "logic/row_query.h"

namespace sc::web {

// `dataKey` identifies the rows' current contents (the table's address in the open snapshot):
// when it changes, a running filter or sort starts over.
void drawRowTable(const char* id, const std::vector<std::string>& headers, std::size_t rowCount,
                  const RowCells& cells, const void* dataKey);

}  // namespace sc::web
