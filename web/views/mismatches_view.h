// Mismatches screen: the score report of the open document (core/engine/score_report.h) —
// alignment index with its formula, readiness, open counts by severity, the ranked table and a
// detail panel for the selected mismatch — plus the triage actions Dismiss… (with a required
// reason) and Reopen, and the Fix section (views/fix_panel.h). Draws only: edits come back as requests the
// App applies through History.
#pragma once

#include <string>

#include "logic/view_state.h"
#include "engine/score_report.h"
#include "model/document.h"
#include "views/fix_panel.h"

namespace sc::web {

struct TriageRequests {
    std::string dismissId;      // dismiss this mismatch ("" = none) ...
    std::string dismissReason;  // ... because of this
    std::string reopenId;       // reopen this dismissed mismatch ("" = none)
    FixRequests fix;            // from the Fix section of the detail panel
};

TriageRequests drawMismatchesView(const sc::Document& doc, const engine::ScoreReport& report,
                                  ViewState& view);

}  // namespace sc::web
