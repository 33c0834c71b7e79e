// Mismatches view text (see mismatch_text.h).
#include "logic/mismatch_text.h"

#include <cstdio>

#include "engine/text_util.h"
#include "workflow/decisions.h"

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
    return "Alignment index " + fixed(index.value, 1) + " / 100";
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

std::vector<MismatchGroup> groupMismatches(const engine::ScoreReport& report) {
    std::vector<MismatchGroup> groups = {{"Open", true, {}},
                                         {"Fixed", false, {}},
                                         {"Accepted trade-offs", false, {}},
                                         {"Dismissed", false, {}}};
    for (std::size_t i = 0; i < report.mismatches.size(); ++i) {
        const std::string& status = report.mismatches[i].mismatch.status;
        std::size_t group = 0;
        if (status == "dismissed") group = 3;
        else if (status == "accepted") group = 2;
        else if (!report.mismatches[i].active) group = 1;  // fixed, verified, anything unknown
        groups[group].rows.push_back(i);
    }
    std::vector<MismatchGroup> out;
    for (auto& g : groups)
        if (!g.rows.empty()) out.push_back(std::move(g));
    return out;
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

}  // namespace sc::web
