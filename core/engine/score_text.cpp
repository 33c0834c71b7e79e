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

void writeMismatch(std::ostream& out, const ReportMismatch& r) {
    const Mismatch& m = r.mismatch;
    out << "  " << (r.rank > 0 ? std::to_string(r.rank) + "." : "-") << " [" << m.severity << "] "
        << (r.dimensionName.empty() ? m.name : r.dimensionName) << ":";
    if (!r.promiseName.empty()) out << " '" << r.promiseName << "' vs";
    if (!r.channelName.empty()) out << " '" << r.channelName << "'";
    if (!r.pairName.empty()) out << " in pair '" << r.pairName << "'";
    out << "  (priority " << pad2(r.priority.score) << (r.active ? "" : ", " + r.state) << ", id " << m.id
        << ")\n";
    if (!r.stateReason.empty()) out << "     state: " << r.state << " — " << r.stateReason << "\n";
    if (!m.explanation.empty()) out << "     " << m.explanation << "\n";
    if (!r.severityBasis.empty()) out << "     severity: " << r.severityBasis << "\n";
    if (!m.dismissedReason.empty()) out << "     dismissed: " << m.dismissedReason << "\n";
    if (!r.decisionId.empty())
        out << "     decision: " << r.decisionKind << " (" << r.openChecklistItems
            << " checklist items open)\n";
    for (std::size_t i = 0; i < r.options.size(); ++i)
        out << (i == 0 ? "     options: " : "              ") << i + 1 << ". " << r.options[i].kind << " — "
            << r.options[i].reason << "\n";
    out << "     diagnosis: " << diagnosisLabel(r.diagnosis.kind);
    for (const auto& e : r.diagnosis.evidence) out << "; " << e;
    out << "\n     priority: impact " << pad2(r.priority.impact * 100) << " = ";
    bool first = true;
    for (const auto& c : r.priority.components) {
        out << (first ? "" : " + ") << c.name << " " << pad2(c.value) << "×" << formatNumber(c.weight);
        first = false;
    }
    out << " (÷ Σ weights); effort " << formatNumber(r.priority.effort) << " divides by "
        << pad2(r.priority.effortDivisor) << "\n";
    out << "     from:";
    first = true;
    for (const auto& c : r.priority.components) {
        out << (first ? " " : "; ") << c.source;
        first = false;
    }
    out << "\n";
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
    out << "Mismatches: " << open << " open of " << r.mismatches.size() << " (critical "
        << r.openBySeverity.at("critical") << ", high " << r.openBySeverity.at("high") << ", medium "
        << r.openBySeverity.at("medium") << ", low " << r.openBySeverity.at("low")
        << "), highest priority first\n";
    if (!r.readinessCaveat.empty()) out << "  caveat: " << r.readinessCaveat << "\n";
    if (r.mismatches.empty()) out << "  none\n";
    // Accepted trade-offs are listed apart, after everything else, with their measured impact
    // instead of a priority number that would read as more urgent than open work (issue 13.11).
    for (const auto& m : r.mismatches)
        if (m.mismatch.status != "accepted") writeMismatch(out, m);

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
