// Small documents for the dashboard tests, each with numbers simple enough to compute by hand.
#pragma once

#include <gtest/gtest.h>

#include <string>

#include "dashboard/dashboard.h"
#include "engine_fixtures.h"

namespace dfx {

inline sc::Mismatch manual(const std::string& id, const std::string& promiseId, const std::string& channelId,
                           const std::string& severity, const std::string& status = "open") {
    sc::Mismatch m;
    m.id = id;
    m.name = id;
    m.origin = "manual";
    m.promiseId = promiseId;
    m.channelId = channelId;
    m.severity = severity;
    m.status = status;
    m.explanation = "Explanation of " + id + ".\nSecond line.";
    return m;
}

// Two promises × two channels with no levels (nothing detected), and five hand-added mismatches:
//   m_high  P1 × C1 high open        m_low   P1 × C1 low open
//   m_gone  P1 × C1 critical dismissed (not open)
//   m_mid   P2 × C2 medium fixing    m_done  P2 × C1 critical fixed (not open)
// Priority differs only by severity (no leads, revenue, complaints), so the ranking is
// m_high (high), m_mid (medium), m_low (low).
inline sc::Document heatDocument() {
    auto doc = fx::document();
    doc.promises.push_back(fx::promise("P1", "Try it now", {}));
    doc.promises.push_back(fx::promise("P2", "Premium care", {}));
    doc.channels.push_back(fx::channel("C1", "Direct sales", {}));
    doc.channels.push_back(fx::channel("C2", "Marketplace", {}));
    doc.mismatches.push_back(manual("m_high", "P1", "C1", "high"));
    doc.mismatches.push_back(manual("m_low", "P1", "C1", "low"));
    doc.mismatches.push_back(manual("m_gone", "P1", "C1", "critical", "dismissed"));
    doc.mismatches.back().dismissedReason = "not real";
    doc.mismatches.push_back(manual("m_mid", "P2", "C2", "medium", "fixing"));
    doc.mismatches.push_back(manual("m_done", "P2", "C1", "critical", "fixed"));
    return doc;
}

inline const std::string kToday = "2026-11-01";

inline sc::dashboard::Dashboard dashboardOf(const sc::Document& doc, const std::string& today = kToday) {
    return sc::dashboard::buildDashboard(doc, sc::engine::buildScoreReport(doc, today), today);
}

}  // namespace dfx
