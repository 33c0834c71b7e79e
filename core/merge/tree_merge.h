// The merge over canonical JSON trees (tables in object form): every object merged key by key,
// every list matched item by item by identity (entity_kinds.h), every leaf compared whole.
#pragma once

#include <vector>

#include "merge/merge.h"
#include "model/common.h"

namespace sc::merge {

// Merges `ours` and `theirs` against `base` (nullptr: two-way, no base), moving values out of
// them (they are left in pieces). Tables whose sides have the same columns merge in row form,
// cell by cell; conflict pointers in tables in object form name the cell by column
// ("/deals/rows/4/sku"), which the caller maps to the file's columns.
Json mergeTrees(const Json* base, Json& ours, Json& theirs, MergeSide prefer,
                std::vector<MergeConflict>& conflicts);

}  // namespace sc::merge
