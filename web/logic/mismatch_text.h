// What the Mismatches view shows, as plain functions over the score report: the header lines,
// the grouping of rows by status, severity colours, the detail panel's lines and the labels of
// triage edits in Edit > Undo. No ImGui here, so every rule is tested natively (tests/web).
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "engine/score_report.h"
#include "model/document.h"

namespace sc::web {

struct Rgba {
    float r = 0, g = 0, b = 0, a = 1;
};

// Text colour of a severity on the light theme: critical red, high orange, medium amber,
// low slate; anything else the plain text grey.
Rgba severityColour(const std::string& severity);

// "Alignment index 69.3 / 100", or "Alignment index: not available" when nothing was compared.
std::string alignmentIndexHeadline(const engine::AlignmentIndex& index);

// "Readiness: ready (115 customers)" or "Readiness: not ready yet (30 customers): <warnings>".
std::string readinessText(const ReadinessReport& readiness);

// "Open: 1 critical · 2 high · 5 medium · 0 low"
std::string openCountsText(const std::map<std::string, int>& openBySeverity);

// Rows of the table, in the order drawn: first the mismatches still waiting for action (open,
// fixing) by rank, then fixed/verified, accepted trade-offs and dismissed ones. Empty groups
// are left out; indices point into report.mismatches.
struct MismatchGroup {
    std::string title;  // "Open", "Fixed", "Accepted trade-offs", "Dismissed"
    bool active = false;
    std::vector<std::size_t> rows;
};
std::vector<MismatchGroup> groupMismatches(const engine::ScoreReport& report);

// The rank column: "1", "2", ... for active mismatches, "–" for the rest.
std::string rankText(const engine::ReportMismatch& m);

// "Direct sales / Team plan via direct sales": the channel, then the pair when there is one.
std::string channelPairText(const engine::ReportMismatch& m);

// A priority score with two decimals: "42.15".
std::string priorityScoreText(double score);

// The priority arithmetic, one line per component then the total:
//   "leads 0.72 × 30 = 0.216 (72% of leads …)" ... "impact 0.61 ÷ 1.25 (effort 3) × 100 = 48.80"
std::vector<std::string> priorityBreakdownLines(const engine::PriorityBreakdown& p);

// "3 of 5 checklist items done"; a decision without a checklist (a trade-off) says so.
std::string checklistProgressText(const Decision& decision);

// Labels of triage edits (commands) as Edit > Undo names them: "Dismiss mismatch 'Try it now vs …'".
std::string dismissEditLabel(const Mismatch& m);
std::string reopenEditLabel(const Mismatch& m);

}  // namespace sc::web
