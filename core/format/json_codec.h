// Converts between the Document value and its JSON tree, driven by describe.h.
// Reading never throws on a well-formed JSON tree: type errors and missing required keys
// become findings, and the offending values are kept in `extra` so they are written back.
#pragma once

#include <vector>

#include "model/document.h"
#include "validation/finding.h"

namespace sc {

// Builds the canonical tree: keys in describe order then unknown keys sorted, empty strings
// and lists omitted, large tables in the row layout. Includes "schema_version".
Json documentToJson(const Document& doc);

// Fills `doc` from a tree of the current schema version. Appends type/required findings.
// Consumes the tree to keep a large file from being held twice: text values are moved into
// the document and table rows are freed once read. Afterwards only its structure and the
// tables' "columns" are left as they were (loadDocument maps finding pointers with them).
void documentFromJson(Json& tree, Document& doc, std::vector<Finding>& findings);

// The columns of a row-layout table ("deals", "kpi_records", ...) in describe() order, which
// is the order the canonical file writes them; empty for a key that is not a table.
const std::vector<std::string>& tableColumns(const std::string& table);

}  // namespace sc
