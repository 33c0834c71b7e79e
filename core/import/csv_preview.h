// How the CSV reader sees a file, before anything is imported (`scorecard csv-preview`): one
// JSON object per data row keyed by the header row's names, every value a string exactly as
// read (quotes removed, doubled quotes undone, quoted line breaks kept as "\n").
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/common.h"

namespace sc::csv {

struct Preview {
    bool ok = false;
    std::string error;  // when !ok: "line 3, column 2: ..." or why no delimiter was chosen
    char delimiter = ',';
    std::vector<std::string> header;
    Json rows = Json::array();
    // Rows whose cell count differs from the header's: "line 7: 5 cells, the header has 6".
    // Missing cells are left out of the row's object; extra ones are keyed "column N".
    std::vector<std::string> warnings;
};

// `delimiter` 0 = detect (',', ';' or tab, as the importer does).
Preview preview(std::string_view text, char delimiter = 0);

}  // namespace sc::csv
