// Triage of a mismatch in the workshop: dismiss it with a written reason ("we checked, this is
// not a real problem because …") or reopen a dismissed one. Pure edits returning a new
// Document (or why the edit was refused), like the fix decisions in core/workflow.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"
#include "workflow/decisions.h"

namespace sc::engine {

// True when `reason` says something (not empty, not only white space): what dismissMismatch
// needs, and what the app checks before enabling its OK button.
bool isDismissReason(const std::string& reason);

// The statuses each action applies to (the app shows the matching button only): an open
// mismatch can be dismissed, a dismissed one reopened.
bool canDismiss(const Mismatch& m);
bool canReopen(const Mismatch& m);

// Sets the mismatch's status to "dismissed", its dismissed_reason to `reason` (trimmed) and
// `updated` to `now` ("YYYY-MM-DDThh:mm:ssZ"). A mismatch that detection finds but the file
// does not store yet (the report recomputes in memory) is stored first: the document's
// mismatches are then recomputed at `now` so the dismissal has a place to live and survives
// later recomputes. Refused for an unknown id, a blank reason, a `now` that is not a
// timestamp, or a mismatch that is not "open" (a fix in progress is withdrawn instead; an
// accepted trade-off or a fixed one is not dismissed).
WorkflowEdit dismissMismatch(const Document& doc, const std::string& mismatchId, const std::string& reason,
                             const std::string& now);

// Dismisses every facet of one contradiction (issue 13.6: a dismissal, like a fix, is taken for
// the whole group) with the same reason, as dismissMismatch would one by one; refused, with
// nothing changed, when any facet would be refused (the message names it) or none is given.
WorkflowEdit dismissGroup(const Document& doc, const std::vector<std::string>& mismatchIds,
                          const std::string& reason, const std::string& now);

// Sets a dismissed mismatch back to "open", clears its dismissed_reason, `updated` = `now`.
// Refused for an unknown id, a bad `now`, or a mismatch that is not dismissed.
WorkflowEdit reopenMismatch(const Document& doc, const std::string& mismatchId, const std::string& now);

}  // namespace sc::engine
