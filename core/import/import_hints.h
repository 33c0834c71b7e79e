// The importer's own words for the columns of each importable table: the header names
// spreadsheets and CRMs use ("Customer" for account, "MSRP" for list price), the spellings they
// write for a vocabulary term ("Closed Won"), and the little a CSV needs beyond the field
// descriptions (a deal names its account; a KPI value is a percent or a count by its KPI).
// Everything else about a column - its name, kind, vocabulary, reference target, whether the
// document requires it - comes from model/describe.h (import/import_tables.cpp).
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "import/column_mapping.h"

namespace sc::csv {

struct ColumnHint {
    std::string column;                                          // the document's key ("sku")
    std::vector<std::string> synonyms;                           // normalised header names, best first
    std::vector<std::pair<std::string, std::string>> spellings;  // normalised spelling -> term id
    bool required = false;         // needed in a CSV although the description does not require it
    std::optional<CellKind> kind;  // read as another kind than the description's (the KPI value)
};

// The hint for `column` of `table` ("deals", "price_book"); nullptr when it has none.
const ColumnHint* importHint(const std::string& table, const std::string& column);

}  // namespace sc::csv
