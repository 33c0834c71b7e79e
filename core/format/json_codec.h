// Converts between the Document value and its JSON tree, driven by describe.h.
// Reading never throws on a well-formed JSON tree: type errors and missing required keys
// become findings, and the offending values are kept in `extra` so they are written back.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

#include "model/document.h"
#include "validation/finding.h"

namespace sc {

// Builds the canonical tree: keys in describe order then unknown keys sorted, empty strings
// and lists omitted, large tables in the row layout. Includes "schema_version".
Json documentToJson(const Document& doc);

// The rows of one large table, left out of the tree to be written a chunk at a time (SaveJob):
// write(from, to, text) appends rows [from, to) as the canonical file's row lines
// (appendCanonicalTableRow), joined by ",\n" (none before row 0). Valid while the document lives.
struct DeferredRows {
    std::string table;
    std::size_t count = 0;
    std::function<void(std::size_t from, std::size_t to, std::string& text)> write;
};
// documentToJson, except that each table of more than `minRows` rows (and no kept rows that were
// not lists) gets an empty "rows" list and its rows go to `deferred`, in document order.
Json documentToJsonDeferringRows(const Document& doc, std::size_t minRows,
                                 std::vector<DeferredRows>& deferred);

// Fills `doc` from a tree of the current schema version. Appends type/required findings.
// Consumes the tree to keep a large file from being held twice: text values are moved into
// the document and table rows are freed once read. Afterwards only its structure and the
// tables' "columns" are left as they were (loadDocument maps finding pointers with them).
void documentFromJson(Json& tree, Document& doc, std::vector<Finding>& findings);

// The columns of a row-layout table ("deals", "kpi_records", ...) in describe() order, which
// is the order the canonical file writes them; empty for a key that is not a table.
const std::vector<std::string>& tableColumns(const std::string& table);

}  // namespace sc
