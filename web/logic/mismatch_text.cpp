// Mismatches view text (see mismatch_text.h).
#include "logic/mismatch_text.h"

#include <cstdio>

#include "engine/text_util.h"
#include "engine/triage.h"
#include "workflow/decisions.h"
#include "workflow/money_text.h"

namespace sc::web {

namespace {

std::string fixed(double value, int decimals) {
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%.*f", decimals, value);
    return buffer;
}

}  // namespace

Rgba severityColour(const std::string& severity) {
    if (severity == "critical") return {0.78f, 0.10f, 0.12f, 1.0f};
    if (severity == "high") return {0.85f, 0.38f, 0.02f, 1.0f};
    if (severity == "medium") return {0.62f, 0.47f, 0.00f, 1.0f};
    if (severity == "low") return {0.33f, 0.42f, 0.55f, 1.0f};
    return {0.30f, 0.30f, 0.30f, 1.0f};
}

std::string alignmentIndexHeadline(const engine::AlignmentIndex& index) {
    if (!index.hasValue) return "Alignment index: not available";
    std::string text = "Alignment index " + fixed(index.value, 1) + " / 100";
    if (index.verifyingMismatches > 0)
        text += ", of which " + fixed(index.pointsAwaitingVerification, 1) + " points await verification";
    return text;
}

std::string readinessCaveatText(const engine::ScoreReport& report) {
    return report.readinessCaveat.empty() ? "" : "Caveat: " + report.readinessCaveat;
}

std::string systemicText(const engine::SystemicMisalignment& systemic) {
    return "Systemic misalignment: " + systemic.message;
}

std::string readinessText(const ReadinessReport& r) {
    const std::string customers = std::to_string(r.customers) + " customers";
    if (r.ready) return "Readiness: ready (" + customers + ")";
    std::string text = "Readiness: not ready yet (" + customers + ")";
    for (std::size_t i = 0; i < r.warnings.size(); ++i) text += (i ? " " : ": ") + r.warnings[i].message;
    return text;
}

std::string openCountsText(const std::map<std::string, int>& openBySeverity) {
    std::string text = "Open:";
    const char* separator = " ";
    for (const char* severity : {"critical", "high", "medium", "low"}) {
        const auto it = openBySeverity.find(severity);
        text += separator + std::to_string(it == openBySeverity.end() ? 0 : it->second) + " " + severity;
        separator = " \xC2\xB7 ";  // U+00B7 MIDDLE DOT
    }
    return text;
}

std::string stateText(const engine::ReportMismatch& m) {
    return m.state.empty() ? m.mismatch.status : m.state;
}

std::string stateDetailText(const engine::ReportMismatch& m) {
    return m.stateReason.empty() ? stateText(m) : stateText(m) + ": " + m.stateReason;
}

std::vector<MismatchSection> mismatchSections(const engine::ScoreReport& report) {
    std::vector<MismatchSection> sections = {{SectionKind::Ranked, "Open", true, {}},
                                             {SectionKind::Tradeoffs, "Accepted trade-offs", false, {}},
                                             {SectionKind::Verifying, "Verifying", false, {}},
                                             {SectionKind::Fixed, "Fixed", false, {}},
                                             {SectionKind::Dismissed, "Dismissed", false, {}}};
    for (std::size_t i = 0; i < report.mismatches.size(); ++i) {
        const engine::ReportMismatch& m = report.mismatches[i];
        const std::string state = stateText(m);
        std::size_t section = 3;  // fixed, verified, anything unknown
        if (m.active) section = 0;
        else if (state == "accepted") section = 1;
        else if (state == "verifying") section = 2;
        else if (state == "dismissed") section = 4;
        sections[section].rows.push_back(i);
    }
    std::vector<MismatchSection> out;
    for (auto& s : sections)
        if (!s.rows.empty()) out.push_back(std::move(s));
    return out;
}

std::string sectionTitle(const engine::ScoreReport& report, const MismatchSection& section) {
    std::string text = section.title + " (" + std::to_string(section.rows.size()) + ")";
    if (section.kind == SectionKind::Ranked && !report.readinessCaveat.empty())
        text += ", ranked as a first look: readiness warns";
    return text;
}

const engine::TradeoffCost* tradeoffCostOf(const engine::ScoreReport& report, const std::string& mismatchId) {
    for (const auto& c : report.tradeoffCosts)
        if (c.mismatchId == mismatchId) return &c;
    return nullptr;
}

TradeoffCostCells tradeoffCostCells(const engine::TradeoffCost& cost, const std::string& currency) {
    TradeoffCostCells cells;
    const bool measured = cost.basis != "no_leads";
    cells.lostCustomers = measured ? std::to_string(cost.lostCustomers) : "\xE2\x80\x93";  // U+2013 EN DASH
    cells.lostRevenue = measured ? formatMoney(cost.lostRevenueMinor, currency) : "\xE2\x80\x93";
    cells.complaints = std::to_string(cost.complaints);
    cells.text = cost.text;
    return cells;
}

std::string rankText(const engine::ReportMismatch& m) {
    return m.rank > 0 ? std::to_string(m.rank) : "\xE2\x80\x93";  // U+2013 EN DASH
}

std::string channelPairText(const engine::ReportMismatch& m) {
    std::string text = m.channelName;
    if (!m.pairName.empty()) text += (text.empty() ? "" : " / ") + m.pairName;
    return text;
}

std::string priorityScoreText(double score) { return fixed(score, 2); }

std::vector<std::string> priorityBreakdownLines(const engine::PriorityBreakdown& p) {
    std::vector<std::string> lines;
    for (const auto& c : p.components) {
        std::string line = c.name + " " + fixed(c.value, 2) + " \xC3\x97 " + engine::formatNumber(c.weight) +
                           " = " + fixed(c.contribution, 3);
        if (!c.source.empty()) line += " (" + c.source + ")";
        lines.push_back(line);
    }
    lines.push_back("impact " + fixed(p.impact, 3) + " \xC3\xB7 " + fixed(p.effortDivisor, 2) + " (effort " +
                    engine::formatNumber(p.effort) + ") \xC3\x97 100 = " + priorityScoreText(p.score));
    return lines;
}

std::string checklistProgressText(const Decision& decision) {
    if (decision.checklist.empty()) return "no checklist";
    const std::size_t total = decision.checklist.size();
    const std::size_t done = total - static_cast<std::size_t>(openItemCount(decision));
    return std::to_string(done) + " of " + std::to_string(total) + " checklist item" +
           (total == 1 ? "" : "s") + " done";
}

std::string dismissEditLabel(const Mismatch& m) { return "Dismiss mismatch '" + engine::labelOf(m) + "'"; }

std::string reopenEditLabel(const Mismatch& m) { return "Reopen mismatch '" + engine::labelOf(m) + "'"; }

const engine::MismatchGroup* groupOf(const engine::ScoreReport& report, const std::string& mismatchId) {
    for (const auto& g : report.groups)
        for (const std::size_t i : g.facets)
            if (i < report.mismatches.size() && report.mismatches[i].mismatch.id == mismatchId) return &g;
    return nullptr;
}

std::string groupCaption(const engine::MismatchGroup& group) {
    const std::size_t n = group.facets.size();
    std::string text = "One contradiction, " + std::to_string(n) + (n == 1 ? " facet" : " facets");
    if (group.activeFacets > 0 && group.activeFacets < n)
        text += " (" + std::to_string(group.activeFacets) + " open)";
    return text;
}

std::string dimensionText(const engine::ReportMismatch& m) {
    return m.dimensionName.empty() ? m.mismatch.name : m.dimensionName;
}

std::string facetText(const engine::ReportMismatch& m) {
    return dimensionText(m) + " \xC2\xB7 " + m.mismatch.severity + " \xC2\xB7 " + stateText(m);  // U+00B7
}

std::string groupName(const engine::MismatchGroup& group) {
    return "'" + group.promiseName + "' vs '" + group.channelName + "'";
}

std::vector<std::string> dismissableFacets(const engine::ScoreReport& report, const std::string& mismatchId) {
    std::vector<std::string> out;
    if (const engine::MismatchGroup* group = groupOf(report, mismatchId))
        for (const std::size_t i : group->facets)
            if (engine::canDismiss(report.mismatches[i].mismatch))
                out.push_back(report.mismatches[i].mismatch.id);
    return out;
}

std::string dismissGroupEditLabel(const engine::MismatchGroup& group, std::size_t facets) {
    return "Dismiss " + std::to_string(facets) + " facets of " + groupName(group);
}

}  // namespace sc::web
