// The Fix section of the Mismatches detail panel (seed 002 steps 4–5): Decide fix… (kind, owner,
// rationale — required for a trade-off), the touchpoint checklist of both sides with a box per
// item, Mark implemented (only once every box is ticked: "a fix is not done until every
// touchpoint on both sides is updated") and Withdraw decision; an A/B test of the fix (counts
// in, the stopping rule and verdict of core/workflow/experiments out) and, once implemented,
// the two-sales-cycle verification. Draws only; the edits come back
// as requests that the App applies through History.
#pragma once

#include <string>

#include "logic/view_state.h"
#include "engine/score_report.h"
#include "model/document.h"

namespace sc::web {

struct FixRequests {
    std::string decideMismatchId;  // record a decision on this mismatch ("" = none) ...
    std::string decideKind, decideRationale, decideOwner;
    std::string tickDecisionId, tickItemId;  // tick or untick one checklist item
    bool tickDone = false;
    std::string implementDecisionId;                    // mark this decision implemented
    std::string withdrawDecisionId;                     // withdraw this decision
    std::string startExperimentDecisionId, hypothesis;  // start an A/B test of this decision
    std::string recordExperimentId;                     // record these counts on this A/B test
    long long counts[4] = {0, 0, 0, 0};
    std::string endExperimentId;  // end this A/B test today
};

// Draws the section for the selected mismatch inside the detail panel.
void drawFixPanel(const sc::Document& doc, const engine::ScoreReport& report, const engine::ReportMismatch& m,
                  ViewState& view, FixRequests& requests);

}  // namespace sc::web
