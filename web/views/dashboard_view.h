// The Dashboard, the app's start view (issue 8; seed 002 "Share it in a visible dashboard"):
// the alignment index (formula on hover), open mismatches by severity, the top five
// priorities, readiness, since the last review, the promise × channel heat map, KPI tiles
// with sparklines, funnels, trends, the partner table, what is overdue, and the workshop's
// action list. Draws core's dashboard value (core/dashboard/dashboard.h, cached per snapshot
// by the App) with wording from logic/dashboard_text; computes nothing itself.
#pragma once

#include <optional>
#include <string>

#include "dashboard/dashboard.h"
#include "logic/theme_palette.h"
#include "logic/view_state.h"

namespace sc::web {

// What the user asked for that only the App can do.
struct DashboardRequests {
    std::optional<std::string> downloadCsv;  // Export CSV: the action list's text
    bool leavePresent = false;               // projector mode: Esc
};

void drawDashboardView(const dashboard::Dashboard& dash, const ChartPalette& palette, ViewState& view,
                       DashboardRequests& requests);

// Projector mode (View > Present): the dashboard's headline figures and the action list only,
// in large text; Left/Right (or Up/Down) page through the top priorities, Esc leaves.
void drawPresentView(const dashboard::Dashboard& dash, const ChartPalette& palette, ViewState& view,
                     DashboardRequests& requests);

}  // namespace sc::web
