// Mismatches screen: the score report of the open document (core/engine/score_report.h) —
// alignment index with its formula, readiness, open counts by severity, the ranked table and a
// detail panel for the selected mismatch — plus the triage actions Dismiss… (with a required
// reason) and Reopen, and the Fix section (views/fix_panel.h). Draws only: every edit is pushed
// as a command (logic/mismatch_commands.h) that the App applies through History after drawing.
#pragma once

#include "engine/score_report.h"
#include "logic/clock.h"
#include "logic/commands.h"
#include "logic/view_state.h"
#include "model/document.h"

namespace sc::web {

// `clock` stamps the edits pushed into `commands`.
void drawMismatchesView(const sc::Document& doc, const engine::ScoreReport& report, const Clock& clock,
                        ViewState& view, CommandQueue& commands);

}  // namespace sc::web
