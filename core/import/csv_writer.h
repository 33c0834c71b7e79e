// Writing CSV (RFC 4180) that is safe to open in a spreadsheet: fields with a delimiter, quote or
// line break are quoted with doubled quotes, records end in CRLF, and a text cell that a
// spreadsheet would run as a formula — one starting with = + - @, a tab or a carriage return —
// gets a leading apostrophe (OWASP "CSV injection"), so it comes back as text, unexecuted.
#pragma once

#include <string>
#include <vector>

namespace sc::csv {

// One field. `text` false for numbers and booleans the exporter wrote itself, which are never
// neutralised (-5 stays a number).
std::string field(const std::string& value, bool text = true, char delimiter = ',');

// Fields joined by the delimiter, then CRLF.
std::string record(const std::vector<std::string>& fields, const std::vector<bool>& isText = {},
                   char delimiter = ',');

// True when a spreadsheet would read `value` as a formula (see above).
bool looksLikeFormula(const std::string& value);

}  // namespace sc::csv
