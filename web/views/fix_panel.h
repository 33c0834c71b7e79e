// The Fix section of the Mismatches detail panel (seed 002 steps 4–5): Decide fix… (kind, owner,
// rationale — required for a trade-off), the touchpoint checklist of both sides with a box per
// item, Mark implemented (only once every box is ticked: "a fix is not done until every
// touchpoint on both sides is updated") and Withdraw decision; an A/B test of the fix (counts
// in, the stopping rule and verdict of core/workflow/experiments out) and, once implemented,
// the two-sales-cycle verification. Draws only; the edits are pushed
// as commands (logic/mismatch_commands.h) that the App applies through History.
#pragma once

#include "engine/score_report.h"
#include "logic/clock.h"
#include "logic/commands.h"
#include "logic/view_state.h"
#include "model/document.h"

namespace sc::web {

// Draws the section for the selected mismatch inside the detail panel.
void drawFixPanel(const sc::Document& doc, const engine::ScoreReport& report, const engine::ReportMismatch& m,
                  const Clock& clock, ViewState& view, CommandQueue& commands);

}  // namespace sc::web
