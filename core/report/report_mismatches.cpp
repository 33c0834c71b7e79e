// The ranked mismatches of the HTML report: one <article> per contradiction (the engine's
// group of one promise × channel (× pair)), in the report's order, with the explanation of
// every facet, the diagnosis, and the decision taken — or, while undecided, the engine's fix
// options in order of fit.
#include <set>

#include "dashboard/figures.h"
#include "engine/text_util.h"
#include "model/vocabularies.h"
#include "report/html_escape.h"
#include "report/report_sections.h"

namespace sc::report {

namespace {

std::string groupTitle(const engine::MismatchGroup& g, const engine::ReportMismatch& top, bool single) {
    if (single) return dashboard::mismatchTitle(top);
    std::string s = "Promise '" + g.promiseName + "' vs channel '" + g.channelName + "'";
    if (!g.pairName.empty()) s += " in pair '" + g.pairName + "'";
    return s;
}

std::string fact(const std::string& term, const std::string& value) {
    return "<dt>" + escapeHtml(term) + "</dt><dd>" + escapeHtml(value) + "</dd>\n";
}

std::string facetFacts(const engine::ReportMismatch& r) {
    std::string out;
    if (!r.mismatch.explanation.empty()) out += "<p>" + escapeHtml(r.mismatch.explanation) + "</p>\n";
    if (!r.severityBasis.empty()) out += "<p>Severity: " + escapeHtml(r.severityBasis) + "</p>\n";
    if (!r.stateReason.empty())
        out += "<p>State: " + escapeHtml(r.state) + " — " + escapeHtml(r.stateReason) + "</p>\n";
    if (!r.mismatch.dismissedReason.empty())
        out += "<p>Dismissed: " + escapeHtml(r.mismatch.dismissedReason) + "</p>\n";
    return out;
}

std::string decisionText(const Decision& d, std::int64_t openItems) {
    std::string out =
        "<p><strong>Decision:</strong> " + escapeHtml(std::string(vocab::kDecisionKind.labelOf(d.kind)));
    if (!d.name.empty()) out += " — " + escapeHtml(d.name);
    out += "</p>\n<dl class=\"facts\">\n";
    if (!d.owner.empty()) out += fact("Owner", d.owner);
    if (!d.decidedOn.empty()) out += fact("Decided on", d.decidedOn);
    if (!d.due.empty()) out += fact("Due", d.due);
    out += fact("Implemented", d.implementedOn.empty() ? "not yet" : d.implementedOn);
    out += fact("Checklist", std::to_string(openItems) + " of " + std::to_string(d.checklist.size()) +
                                 " touchpoint items open");
    if (!d.rationale.empty()) out += fact("Rationale", d.rationale);
    return out + "</dl>\n";
}

std::string optionsText(const std::vector<engine::FixOption>& options) {
    if (options.empty()) return {};
    std::string out = "<p><strong>No decision yet.</strong> Fixes that fit, best first:</p>\n<ol>\n";
    for (const auto& o : options)
        out += "<li>" + escapeHtml(std::string(vocab::kDecisionKind.labelOf(o.kind))) + " — " +
               escapeHtml(o.reason) + "</li>\n";
    return out + "</ol>\n";
}

std::string groupArticle(const Document& doc, const engine::MismatchGroup& g,
                         const std::vector<engine::ReportMismatch>& mismatches) {
    if (g.facets.empty()) return {};
    const engine::ReportMismatch& top = mismatches[g.facets.front()];
    const bool single = g.facets.size() == 1;
    const std::string severity = single ? top.mismatch.severity : g.severity;
    std::string out = "<article class=\"mismatch sev-" + escapeHtml(severity) + "\">\n<h3>";
    out += g.rank > 0 ? std::to_string(g.rank) + ". " : std::string();
    out += escapeHtml(groupTitle(g, top, single)) + "</h3>\n<dl class=\"facts\">\n";
    out += fact("Severity", std::string(vocab::kSeverity.labelOf(severity)));
    out += fact("Priority", engine::formatFixed(g.priority.score, 2) + " of 100");
    out += fact("State", single ? top.state : g.state);
    std::string diagnosis = engine::diagnosisLabel(g.diagnosis.kind);
    for (const auto& e : g.diagnosis.evidence) diagnosis += "; " + e;
    out += fact("Diagnosis", diagnosis);
    if (single) out += fact("Id", top.mismatch.id);
    out += "</dl>\n";
    if (single) {
        out += facetFacts(top);
    } else {
        out += "<p>" + escapeHtml(g.explanation) + "</p>\n<ul>\n";
        for (std::size_t i : g.facets) {
            const auto& r = mismatches[i];
            out += "<li><strong>" + escapeHtml(r.dimensionName.empty() ? r.mismatch.name : r.dimensionName) +
                   "</strong> (" + escapeHtml(std::string(vocab::kSeverity.labelOf(r.mismatch.severity))) +
                   ", " + escapeHtml(r.state) + ")\n" + facetFacts(r) + "</li>\n";
        }
        out += "</ul>\n";
    }
    // A group decision is recorded once per facet: show each decision once.
    std::set<std::string> shown;
    for (std::size_t i : g.facets) {
        const auto& r = mismatches[i];
        if (r.decisionId.empty() || !shown.insert(r.decisionId).second) continue;
        if (const Decision* d = findById(doc.decisions, r.decisionId))
            out += decisionText(*d, r.openChecklistItems);
    }
    if (shown.empty()) out += optionsText(g.options);
    return out + "</article>\n";
}

}  // namespace

std::string mismatchesSection(const Document& doc, const engine::ScoreReport& report) {
    std::string out =
        "<section id=\"mismatches\" aria-labelledby=\"mismatches-h\">\n<h2 id=\"mismatches-h\">Ranked "
        "mismatches</h2>\n";
    for (const auto& s : report.systemic)
        out += "<p class=\"warn\">Systemic: " + escapeHtml(s.message) + "</p>\n";
    if (!report.readinessCaveat.empty())
        out += "<p class=\"warn\">Caveat: " + escapeHtml(report.readinessCaveat) + "</p>\n";
    if (report.groups.empty()) return out + noneParagraph("No mismatch found.") + "</section>\n";
    out +=
        "<p>Open contradictions first, highest priority first; the others (fixed, verifying, accepted, "
        "dismissed) follow without a rank.</p>\n";
    for (const auto& g : report.groups) out += groupArticle(doc, g, report.mismatches);
    return out + "</section>\n";
}

}  // namespace sc::report
