// The one way a scorecard file is written: two-space indentation, UTF-8, one key per line,
// rows of large tables one per line, a newline at the end. Same tree in, same bytes out.
#pragma once

#include <string>

#include "model/common.h"

namespace sc {

std::string dumpCanonical(const Json& tree);

// A row of a top-level table's "rows" list as dumpCanonical writes it: the line's indentation
// and the compact row, without the ",\n" that separates it from the next.
void appendCanonicalTableRow(const Json& row, std::string& out);

// In canonical text whose top-level table `table` was written with an empty "rows" list, puts
// `rowLines` (appendCanonicalTableRow lines joined by ",\n") in that list, as dumpCanonical would
// have written them. False (text unchanged) when the empty list is not where it should be.
bool spliceCanonicalTableRows(std::string& text, const std::string& table, const std::string& rowLines);

}  // namespace sc
