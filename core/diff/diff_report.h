// A document diff as a person or a program reads it (docs/DIFF.md): text grouped by list, one
// line per change, and a summary line; or one JSON object. The CLI prints these; the app
// shows the same DiffChange values in its own table.
#pragma once

#include <string>

#include "diff/diff.h"

namespace sc {

// "Promise \"Fast delivery\" (pr_fast)", "Deal d_123", "Scorecard": how a line names the
// entity of a change, with what holds it ("… of promise \"Try it now\" (pr_try)").
std::string diffEntityInWords(const DiffChange& change);

// One line: "Promise \"Fast delivery\" (pr_fast): Target changed from 3 days to 2 days",
// "Deal d_123 added". Line breaks inside values are written as \n.
std::string diffChangeInWords(const DiffChange& change);

// "3 changed, 1 added, 0 removed".
std::string diffSummary(const DocumentDiff& diff);

// Each group's label on a line of its own, its changes indented below, then the summary;
// "no differences" when the documents are equal.
std::string diffReportText(const DocumentDiff& diff);

// {"equal": bool, "changed": n, "added": n, "removed": n, "changes": [{"change", "group",
// "entity", "id", "name", "owner", "field", "label", "from", "to", "pointer"}, ...]}.
std::string diffReportJson(const DocumentDiff& diff);

// `text` on one line: a line break is written \n (\r for a carriage return), as report
// lines and the app's Compare cells show values.
std::string oneLine(const std::string& text);

}  // namespace sc
