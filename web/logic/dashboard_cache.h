// The dashboard of the open document, rebuilt only when the document snapshot or the day
// changes (like ReportCache): buildDashboard walks every mismatch, deal and KPI record, far too
// much to repeat every frame (issue 8: under 16 ms a frame on a 100k-deal document).
#pragma once

#include <memory>
#include <string>

#include "dashboard/dashboard.h"
#include "engine/score_report.h"
#include "model/document.h"

namespace sc::web {

class DashboardCache {
  public:
    using Snapshot = std::shared_ptr<const sc::Document>;

    // The dashboard of `doc` at `today` from its `report` (the ReportCache's for the same pair),
    // built on the first call for this pair.
    const dashboard::Dashboard& get(const Snapshot& doc, const std::string& today,
                                    const engine::ScoreReport& report);

    // How many times a dashboard was built (the tests check it is not every call).
    int builds() const { return m_builds; }

  private:
    Snapshot m_doc;
    std::string m_today;
    dashboard::Dashboard m_dashboard;
    int m_builds = 0;
};

}  // namespace sc::web
