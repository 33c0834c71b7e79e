// Row-layout tables ({"columns": [...], "rows": [[...], ...]}) turned into lists of objects for
// the merge and back, so a table row is merged like any entity: matched by its id, field by
// field by column name (two files may order or extend their columns differently).
#pragma once

#include <vector>

#include "model/common.h"

namespace sc::merge {

// Marks a table in object form; never a key of a real file.
inline constexpr const char* kObjectRowsMarker = "\x01object_rows";

// For each top-level table whose columns are not the same in all `trees` (nullptr entries are
// skipped), rewrites that table in object form in every tree: "columns" is replaced by the
// marker and each row of the table's width becomes {column: value}. Unknown columns holding
// null are left out (null is what the writer fills in for a row without that column). Rows of
// another width or type stay as they are. Tables the reader could not read stay untouched.
// Tables with the same columns everywhere (the usual case) stay in row form and merge cell by
// cell, which saves building an object per row.
void objectFormWhereColumnsDiffer(const std::vector<Json*>& trees);

// The reverse: columns are the table's known columns in file order, then the other keys found
// in its rows, sorted — the columns the canonical writer would write. Missing cells are null.
void tablesToRowForm(Json& tree);

}  // namespace sc::merge
