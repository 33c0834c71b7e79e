// The structural limits of format/limits.h, checked before the work they protect: a scan of the
// raw bytes before the JSON tree is built (nesting depth, keys per object, objects and lists for
// the file's size), and a look at the tree's tables before rows are read (columns per table).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "model/common.h"

namespace sc {

struct StructureProblem {
    enum class Kind { None, TooDeep, TooManyKeys, TooManyContainers };
    Kind kind = Kind::None;
    std::size_t offset = 0;  // byte offset of the bracket or key that crossed the limit
    std::string pointer;     // JSON Pointer of the object (TooManyKeys) or of the list/object opened
    std::string key;         // TooManyKeys: the first key over the limit, decoded
    std::size_t limit = 0;   // the limit that was crossed
};

// One pass over the bytes, with memory bounded by the nesting limit; stops at the first problem.
// Strings are skipped whole, so brackets and commas inside text do not count. Meant to run
// before parsing: on text that is not JSON it may find nothing (the parser then refuses it).
StructureProblem findStructureProblem(std::string_view text);

// The first row table (a known table at the top level) listing more than kMaxColumnsPerTable
// columns besides its own: fills `table` and `columns` (that count); false when none does.
bool findTooWideTable(const Json& tree, std::string& table, std::size_t& columns);

}  // namespace sc
