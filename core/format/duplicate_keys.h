// Repeated keys and repeated column names: the parser and the table reader keep only one of
// two equal names, which would silently drop data, so such a file is refused instead.
#pragma once

#include <string>
#include <string_view>

#include "model/common.h"

namespace sc {

// The index of the quote that closes the JSON string opened at `open`, or text.size() when the
// string never closes. Shared by the pre-parse scans (nesting depth, repeated keys).
std::size_t jsonStringEnd(std::string_view text, std::size_t open);

// The body of a JSON string (between its quotes) with its escapes decoded. Meant for text the
// parser accepts; on other text it decodes what it can and never reads past the end.
std::string decodeJsonString(std::string_view body);

// In valid JSON text, the offset of the first key that repeats within one object; npos when
// none does. Keys are compared after decoding escapes, so "title" and "titl\u0065" are equal.
std::size_t duplicateKeyAt(std::string_view text, std::string& key);

// In a parsed document tree, the first table (a known row-layout table at the top level) that
// lists a column name twice: fills `table`, `column` and both indexes; false when none does.
struct DuplicateColumn {
    std::string table, column;
    std::size_t first = 0, second = 0;
};
bool findDuplicateColumn(const Json& tree, DuplicateColumn& found);

}  // namespace sc
