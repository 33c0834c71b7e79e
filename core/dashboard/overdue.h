// "What is overdue" at a given today (issue 8), each with its due date and days overdue:
//  - cadence items past their next meeting (core/partners/cadence.h);
//  - verifications whose two sales cycles are over while the mismatch is still recorded
//    "fixed" (the result has not been carried over yet: workflow/verification.h
//    applyVerification); due on start + the cycles' days;
//  - A/B tests past their stopping rule and not ended (workflow/experiments.h status "ready");
//    due on start + max_days, or today when the lead count was reached first;
//  - current materials with acknowledgements missing a week after the version
//    (core/partners/materials.h);
//  - fix decisions past their due date and not implemented (accepted trade-offs have nothing
//    to implement).
// Most overdue first; ties in that kind order, then document order.
#pragma once

#include <string>
#include <vector>

#include "dashboard/dashboard.h"

namespace sc::dashboard {

std::vector<OverdueItem> overdueItems(const Document& doc, const engine::ScoreReport& report,
                                      const std::string& today);

}  // namespace sc::dashboard
