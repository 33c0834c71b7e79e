// Dashboard cache (see dashboard_cache.h).
#include "logic/dashboard_cache.h"

namespace sc::web {

const dashboard::Dashboard& DashboardCache::get(const Snapshot& doc, const std::string& today,
                                                const engine::ScoreReport& report) {
    if (m_builds == 0 || doc != m_doc || today != m_today) {
        static const sc::Document empty;
        m_dashboard = dashboard::buildDashboard(doc ? *doc : empty, report, today);
        m_doc = doc;
        m_today = today;
        ++m_builds;
    }
    return m_dashboard;
}

}  // namespace sc::web
