// Score report cache (see report_cache.h).
#include "logic/report_cache.h"

namespace sc::web {

const engine::ScoreReport& ReportCache::get(const Snapshot& doc, const std::string& today) {
    if (m_builds == 0 || doc != m_doc || today != m_today) {
        static const sc::Document empty;
        m_report = engine::buildScoreReport(doc ? *doc : empty, today);
        m_doc = doc;
        m_today = today;
        ++m_builds;
    }
    return m_report;
}

}  // namespace sc::web
