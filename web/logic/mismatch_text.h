// What the Mismatches view shows, as plain functions over the score report: the header lines
// (index with the share resting on unverified fixes, readiness caveat, systemic misalignment),
// the sections of the list by the report's state, the trade-offs' measured cost, severity
// colours, the detail panel's lines and the labels of triage edits in Edit > Undo. No ImGui
// here, so every rule is tested natively (tests/web).
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
// When fixes still in their two-sales-cycle verification lift it, the headline says by how much
// (seed 002 "measure results for at least two sales cycles before concluding"):
// "Alignment index 100.0 / 100, of which 18.0 points await verification".
std::string alignmentIndexHeadline(const engine::AlignmentIndex& index);

// Seed 002 "When not to proceed": "Caveat: not ready for this workflow yet — … Read the ranking
// and the index as a first look, not a diagnosis." Empty when readiness does not warn.
std::string readinessCaveatText(const engine::ScoreReport& report);

// Seed 002 "if … every channel seems to contradict the marketing—it may be time to revisit the
// core marketing strategy": "Systemic misalignment: every channel (3 of 3) contradicts …".
std::string systemicText(const engine::SystemicMisalignment& systemic);

// "Readiness: ready (115 customers)" or "Readiness: not ready yet (30 customers): <warnings>".
std::string readinessText(const ReadinessReport& readiness);

// "Open: 1 critical · 2 high · 5 medium · 0 low"
std::string openCountsText(const std::map<std::string, int>& openBySeverity);

// The contradiction (engine MismatchGroup, issue 13.6) a mismatch is a facet of; null when the
// report groups it nowhere.
const engine::MismatchGroup* groupOf(const engine::ScoreReport& report, const std::string& mismatchId);
// Above a contradiction's facets in the detail panel: "One contradiction, 3 facets (2 open)".
std::string groupCaption(const engine::MismatchGroup& group);
// The dimension a row names: its name, else (a hand-written mismatch) the mismatch's own name.
std::string dimensionText(const engine::ReportMismatch& m);
// One facet in that list: "Access · critical · open".
std::string facetText(const engine::ReportMismatch& m);
// "'Try it now' vs 'Direct sales'": the contradiction as the buttons and Undo labels name it.
std::string groupName(const engine::MismatchGroup& group);
// The facets of `mismatchId`'s contradiction that can be dismissed now (engine canDismiss),
// itself included; what "Dismiss all N facets…" dismisses together.
std::vector<std::string> dismissableFacets(const engine::ScoreReport& report, const std::string& mismatchId);
// Edit > Undo label of dismissing facets together: "Dismiss 3 facets of 'Try it now' vs 'Sales'".
std::string dismissGroupEditLabel(const engine::MismatchGroup& group, std::size_t facets);

// The state a row shows (engine/mismatch_state.h: "open", "fixing", "verifying", …): the
// report's state, which is what ranking and the index go by, not the status the file records.
std::string stateText(const engine::ReportMismatch& m);

// The state with why it differs from the recorded status, for the detail panel and the hover
// of the state cell: "verifying: too early: 1 full sales cycle of 45 days …"; the state alone
// when the core gives no reason.
std::string stateDetailText(const engine::ReportMismatch& m);

// Sections of the list, in the order drawn, by the report's state: the ranked items still
// waiting for action (open, fixing), then the accepted trade-offs apart without a rank and
// with their measured cost (issue 13.11), then fixes being verified, fixed/verified, dismissed.
// Empty sections are left out; indices point into report.mismatches.
enum class SectionKind { Ranked, Tradeoffs, Verifying, Fixed, Dismissed };
struct MismatchSection {
    SectionKind kind = SectionKind::Ranked;
    std::string title;  // "Open", "Accepted trade-offs", "Verifying", "Fixed", "Dismissed"
    bool active = false;
    std::vector<std::size_t> rows;
};
std::vector<MismatchSection> mismatchSections(const engine::ScoreReport& report);

// The caption of a section: "Dismissed (1)"; the ranked one carries the readiness caveat in
// short when readiness warns ("Open (3), ranked as a first look: readiness warns"), else
// "Open (3)".
std::string sectionTitle(const engine::ScoreReport& report, const MismatchSection& section);

// What an accepted trade-off costs (engine/tradeoff_cost.h), as the trade-off table shows it:
// customers lost, revenue lost in the document's currency (sc::formatMoney), complaints, and
// the core's sentence on how it was measured.
struct TradeoffCostCells {
    std::string lostCustomers;  // "12"; "–" when the core found no leads to measure
    std::string lostRevenue;    // "$4,800.00"; "–" likewise
    std::string complaints;     // "160"
    std::string text;           // the core's sentence, for the hover and the detail panel
};
// The cost of mismatch `mismatchId` in the report; null when it is not an accepted trade-off.
const engine::TradeoffCost* tradeoffCostOf(const engine::ScoreReport& report, const std::string& mismatchId);
TradeoffCostCells tradeoffCostCells(const engine::TradeoffCost& cost, const std::string& currency);

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
