// Plain-text rendering of the score report, for people reading a terminal or a mail: ranked
// mismatches with their explanation, diagnosis and priority arithmetic, then symptoms,
// journey divergence and notes.
#include <sstream>

#include "engine/score_report.h"
#include "engine/text_util.h"
#include "workflow/money_text.h"

namespace sc::engine {

namespace {

std::string pad2(double v) {
    std::ostringstream s;
    s.setf(std::ios::fixed);
    s.precision(2);
    s << v;
    return s.str();
}

// The lines about one mismatch (a facet), under its group's header, `indent` deep.
void writeFacetDetails(std::ostream& out, const ReportMismatch& r, const std::string& indent) {
    const Mismatch& m = r.mismatch;
    if (!r.stateReason.empty()) out << indent << "state: " << r.state << " — " << r.stateReason << "\n";
    if (!m.explanation.empty()) out << indent << m.explanation << "\n";
    if (!r.severityBasis.empty()) out << indent << "severity: " << r.severityBasis << "\n";
    if (!m.dismissedReason.empty()) out << indent << "dismissed: " << m.dismissedReason << "\n";
    if (!r.decisionId.empty())
        out << indent << "decision: " << r.decisionKind << " (" << r.openChecklistItems
            << " checklist items open)\n";
}

void writeOptions(std::ostream& out, const std::vector<FixOption>& options) {
    for (std::size_t i = 0; i < options.size(); ++i)
        out << (i == 0 ? "     options: " : "              ") << i + 1 << ". " << options[i].kind << " — "
            << options[i].reason << "\n";
}

void writeDiagnosisAndPriority(std::ostream& out, const Diagnosis& d, const PriorityBreakdown& p) {
    out << "     diagnosis: " << diagnosisLabel(d.kind);
    for (const auto& e : d.evidence) out << "; " << e;
    out << "\n     priority: impact " << pad2(p.impact * 100) << " = ";
    bool first = true;
    for (const auto& c : p.components) {
        out << (first ? "" : " + ") << c.name << " " << pad2(c.value) << "×" << formatNumber(c.weight);
        first = false;
    }
    out << " (÷ Σ weights); effort " << formatNumber(p.effort) << " divides by " << pad2(p.effortDivisor)
        << "\n";
    out << "     from:";
    first = true;
    for (const auto& c : p.components) {
        out << (first ? " " : "; ") << c.source;
        first = false;
    }
    out << "\n";
}

std::string between(const std::string& promise, const std::string& channel, const std::string& pair) {
    std::string s;
    if (!promise.empty()) s += " '" + promise + "' vs";
    if (!channel.empty()) s += " '" + channel + "'";
    if (!pair.empty()) s += " in pair '" + pair + "'";
    return s;
}

std::string facetTitle(const ReportMismatch& r) {
    return r.dimensionName.empty() ? r.mismatch.name : r.dimensionName;
}

std::string stateTail(const ReportMismatch& r) {
    return (r.active ? "" : ", " + r.state) + ", id " + r.mismatch.id;
}

// One contradiction (issue 13.6): a single-facet group reads as the mismatch it is; a group
// of several facets gets one header, its facets listed under it, then one diagnosis, one set
// of options and the top facet's priority. Accepted facets are listed with the trade-offs.
void writeGroup(std::ostream& out, const MismatchGroup& g, const std::vector<ReportMismatch>& mismatches) {
    std::vector<const ReportMismatch*> shown;
    for (std::size_t i : g.facets)
        if (mismatches[i].mismatch.status != "accepted") shown.push_back(&mismatches[i]);
    if (shown.empty()) return;
    const std::string number = g.rank > 0 ? std::to_string(g.rank) + "." : "-";
    if (shown.size() == 1) {
        const ReportMismatch& r = *shown.front();
        out << "  " << number << " [" << r.mismatch.severity << "] " << facetTitle(r) << ":"
            << between(r.promiseName, r.channelName, r.pairName) << "  (priority " << pad2(r.priority.score)
            << stateTail(r) << ")\n";
        writeFacetDetails(out, r, "     ");
        writeOptions(out, g.options);
        writeDiagnosisAndPriority(out, g.diagnosis, g.priority);
        return;
    }
    out << "  " << number << " [" << g.severity << "]" << between(g.promiseName, g.channelName, g.pairName)
        << ": one contradiction, " << shown.size() << " facets  (priority " << pad2(g.priority.score)
        << (g.active ? "" : ", " + g.state) << ", group " << g.id << ")\n";
    for (const ReportMismatch* r : shown) {
        out << "     - [" << r->mismatch.severity << "] " << facetTitle(*r) << "  (priority "
            << pad2(r->priority.score) << stateTail(*r) << ")\n";
        writeFacetDetails(out, *r, "         ");
    }
    writeOptions(out, g.options);
    writeDiagnosisAndPriority(out, g.diagnosis, g.priority);
}

}  // namespace

std::string scoreReportToText(const ScoreReport& r) {
    std::ostringstream out;
    out << "Alignment score: " << (r.title.empty() ? "(untitled)" : r.title) << " — " << r.today << "\n\n";
    for (const auto& x : r.systemic) out << "SYSTEMIC: " << x.message << "\n";
    if (!r.systemic.empty()) out << "\n";
    out << "Alignment index: "
        << (r.index.hasValue ? formatNumber(r.index.value) + " / 100" : "not available") << "\n";
    if (!r.readinessCaveat.empty()) out << "  caveat: " << r.readinessCaveat << "\n";
    out << "  " << r.index.formula << "\n  " << r.index.computation << "\n";
    if (!r.index.verificationShare.empty()) out << "  " << r.index.verificationShare << "\n";
    out << "\n";

    out << "Readiness: " << (r.readiness.ready ? "ready" : "not ready yet") << " (" << r.readiness.customers
        << " customers)\n";
    for (const auto& w : r.readiness.warnings) out << "  ! " << w.message << " " << w.advice << "\n";
    out << "\n";

    int open = 0;
    for (const auto& [sev, n] : r.openBySeverity) open += n;
    int openGroups = 0;
    for (const auto& g : r.groups) openGroups += g.active ? 1 : 0;
    out << "Contradictions: " << openGroups << " open of " << r.groups.size()
        << " (each promise × channel (× pair) counted once, its facets listed under it)\n";
    out << "Mismatches: " << open << " open of " << r.mismatches.size() << " (critical "
        << r.openBySeverity.at("critical") << ", high " << r.openBySeverity.at("high") << ", medium "
        << r.openBySeverity.at("medium") << ", low " << r.openBySeverity.at("low")
        << "), highest priority first\n";
    if (!r.readinessCaveat.empty()) out << "  caveat: " << r.readinessCaveat << "\n";
    if (r.mismatches.empty()) out << "  none\n";
    // Accepted trade-offs are listed apart, after everything else, with their measured impact
    // instead of a priority number that would read as more urgent than open work (issue 13.11).
    for (const auto& g : r.groups) writeGroup(out, g, r.mismatches);

    out << "\nSymptoms:\n";
    if (r.symptoms.empty()) out << "  none found\n";
    for (const auto& s : r.symptoms)
        out << "  - " << s.title << ": " << s.explanation << " (rule: " << s.threshold << ")\n";

    out << "\nMessage or distribution (per pair):\n";
    if (r.diagnoses.empty()) out << "  no product-channel pairs\n";
    for (const auto& d : r.diagnoses) {
        out << "  - " << d.pairId << ": " << diagnosisLabel(d.kind);
        for (const auto& e : d.evidence) out << "; " << e;
        out << "\n";
    }

    out << "\nWhere the journey and the funnel diverge:\n";
    bool any = false;
    for (const auto& j : r.journeys)
        if (!j.divergentStageId.empty()) {
            out << "  - " << j.pairId << ": " << j.why << "\n";
            any = true;
        }
    if (!any) out << "  no stage below its benchmark\n";

    out << "\nExperiments (A/B tests of fixes):\n";
    if (r.experiments.empty()) out << "  none\n";
    for (const auto& e : r.experiments) {
        out << "  - " << e.experimentId << ": " << e.status << ", " << verdictLabel(e.verdict) << ". "
            << e.summary << "\n";
        for (const auto& w : e.warnings) out << "      ! " << w << "\n";  // every warning the JSON carries
    }

    if (!r.verifications.empty()) {
        out << "\nVerification over two sales cycles:\n";
        for (const auto& v : r.verifications)
            out << "  - " << v.verificationId << ": " << v.status << ". " << v.message << "\n";
    }
    if (!r.tradeoffs.empty()) {
        out << "\nAccepted trade-offs (measured separately, not ranked):\n";
        for (std::size_t i = 0; i < r.tradeoffs.size(); ++i) {
            const auto& t = r.tradeoffs[i];
            std::string what = t.mismatchId;
            for (const auto& m : r.mismatches)
                if (m.mismatch.id == t.mismatchId)
                    what = (m.dimensionName.empty() ? m.mismatch.name : m.dimensionName) + ": '" +
                           m.promiseName + "' vs '" + m.channelName + "' (id " + t.mismatchId + ")";
            out << "  - " << what << "\n     rationale: " << t.rationale << "\n     impact: " << t.leads
                << " leads (" << formatBp(t.shareOfLeadsBp) << " of all), " << t.customers << " customers, "
                << formatMoney(t.revenueMinor, r.currency) << " revenue (" << formatBp(t.shareOfRevenueBp)
                << " of all), " << t.complaints << " complaints\n";
            if (i < r.tradeoffCosts.size()) out << "     cost: " << r.tradeoffCosts[i].text << "\n";
        }
    }

    if (!r.notes.empty()) {
        out << "\nNotes:\n";
        for (const auto& n : r.notes) out << "  - " << n << "\n";
    }
    return out.str();
}

}  // namespace sc::engine
