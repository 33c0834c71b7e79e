// The workshop's action list (seed 002: "produce a prioritized list of mismatches and one action
// item per mismatch"): each open mismatch in priority order with its decision, owner and due
// date; exported as CSV (RFC 4180) and copied as TSV (the app's clipboard tables).
#pragma once

#include <string>
#include <vector>

#include "dashboard/dashboard.h"

namespace sc::dashboard {

// Open (and fixing) mismatches in the report's ranking. The action is the latest decision's
// name (its kind's label when unnamed); undecided, the engine's first fix option, marked
// "(suggested)". Overdue: a due date before `today` and not implemented.
std::vector<ActionItem> actionList(const Document& doc, const engine::ScoreReport& report,
                                   const std::string& today);

// Header "Rank,Mismatch,Id,Severity,Priority,State,Action,Decision,Owner,Due,Overdue", one row
// per item, CRLF line ends; a field with a comma, a quote, CR or LF is quoted, quotes doubled.
std::string actionListCsv(const std::vector<ActionItem>& items);

// The same columns separated by tabs, LF line ends; tabs and line breaks inside a field become
// spaces (a TSV cell cannot hold them).
std::string actionListTsv(const std::vector<ActionItem>& items);

// One CSV field as RFC 4180 writes it.
std::string csvField(const std::string& text);

}  // namespace sc::dashboard
