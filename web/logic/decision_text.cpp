// Fix section text and rules (see decision_text.h).
#include "logic/decision_text.h"

#include <algorithm>
#include <cctype>

#include "engine/text_util.h"
#include "model/vocabularies.h"
#include "workflow/decisions.h"
#include "workflow/experiments.h"

namespace sc::web {

const std::vector<FixKindChoice>& fixKindChoices() {
    // Kinds, labels and hints are the core's vocabulary (model/vocabularies.h); only the
    // phrase for "decided to …" is this view's wording.
    static const std::vector<FixKindChoice> choices = [] {
        const auto phrase = [](std::string_view kind) -> std::string {
            if (kind == "both") return "change both sides";
            if (kind == "accept_tradeoff") return "accept it as a trade-off";
            std::string label(vocab::kDecisionKind.labelOf(kind));
            if (!label.empty())
                label[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(label[0])));
            return label;
        };
        std::vector<FixKindChoice> out;
        for (const vocab::Term& t : vocab::kDecisionKind)
            out.push_back({std::string(t.id), std::string(t.label), phrase(t.id), std::string(t.help)});
        return out;
    }();
    return choices;
}

std::string fixKindLabel(const std::string& kind) {
    for (const auto& c : fixKindChoices())
        if (c.kind == kind) return c.label;
    std::string text = kind;
    std::replace(text.begin(), text.end(), '_', ' ');
    return text;
}

std::vector<DecideOption> decideOptions(const engine::ReportMismatch& m) { return decideOptions(m.options); }

std::vector<DecideOption> decideOptions(const std::vector<engine::FixOption>& options) {
    static const std::string kAccept = "accept_tradeoff";
    std::vector<DecideOption> out;
    for (const auto& o : options) out.push_back({o.kind, fixKindLabel(o.kind), o.reason});
    if (out.empty())
        for (const auto& c : fixKindChoices()) out.push_back({c.kind, c.label, c.hint});
    const auto accept =
        std::find_if(out.begin(), out.end(), [](const DecideOption& o) { return o.kind == kAccept; });
    const std::string required = "accept as an intentional trade-off (rationale required)";
    if (accept == out.end()) out.push_back({kAccept, fixKindLabel(kAccept), required});
    else if (accept->reason.find("rationale required") == std::string::npos) accept->reason = required;
    return out;
}

std::string preselectedKind(const engine::ReportMismatch& m) { return decideOptions(m).front().kind; }

std::string bestFitText(const engine::ReportMismatch& m) {
    return "best fit: " + decideOptions(m).front().reason;
}

bool rationaleRequired(const std::string& kind) { return needsRationale(kind); }

bool canConfirmDecision(const std::string& kind, const std::string& rationale) {
    return isDecisionKind(kind) && rationaleSuffices(kind, rationale);
}

FixActions fixActions(const Document& doc, const engine::ReportMismatch& m) {
    FixActions a;
    a.decision = m.decisionId.empty() ? nullptr : findById(doc.decisions, m.decisionId);
    const bool pending = a.decision && a.decision->implementedOn.empty();
    a.canDecide = whyCannotDecide(doc, m.mismatch.id).empty();  // the core's own rule
    a.canWithdraw = pending;
    a.canTick = pending && a.decision->kind != "accept_tradeoff";
    if (a.canTick) {
        const auto open = openItemCount(*a.decision);
        a.canImplement = open == 0;
        if (open > 0)
            a.implementBlockedBy =
                std::to_string(open) + " checklist item" + (open == 1 ? "" : "s") + " still open";
    }
    return a;
}

std::string decisionSummary(const Decision& d) {
    std::string text = fixKindLabel(d.kind);
    if (!d.decidedOn.empty()) text += " \xC2\xB7 decided " + d.decidedOn;  // U+00B7 MIDDLE DOT
    if (!d.owner.empty()) text += (d.decidedOn.empty() ? " \xC2\xB7 by " : " by ") + d.owner;
    if (!d.implementedOn.empty()) text += " \xC2\xB7 implemented " + d.implementedOn;
    return text;
}

const VerificationResult* verificationOf(const engine::ScoreReport& report, const Document& doc,
                                         const std::string& decisionId) {
    const Verification* found = nullptr;
    for (const auto& v : doc.verifications)
        if (v.decisionId == decisionId) found = &v;  // the latest one
    if (!found) return nullptr;
    for (const auto& r : report.verifications)
        if (r.verificationId == found->id) return &r;
    return nullptr;
}

std::string verificationText(const VerificationResult& v) { return "Verification: " + v.message; }

const Experiment* experimentOf(const Document& doc, const std::string& decisionId) {
    const Experiment* found = nullptr;
    for (const auto& e : doc.experiments)
        if (e.decisionId == decisionId) found = &e;
    return found;
}

const ExperimentVerdict* verdictOf(const engine::ScoreReport& report, const std::string& experimentId) {
    for (const auto& v : report.experiments)
        if (v.experimentId == experimentId) return &v;
    return nullptr;
}

std::string experimentHeadline(const ExperimentVerdict& v, const Experiment& e) {
    if (v.verdict != "interim_look") return "Result: " + verdictLabel(v.verdict);
    const auto plural = [](std::int64_t n, const char* one, const char* many) {
        return std::to_string(n) + " " + (n == 1 ? one : many);
    };
    std::string text = "Interim look, no winner yet: " + std::to_string(v.leads) + " of " +
                       plural(e.maxLeads, "lead", "leads");
    if (v.daysElapsed >= 0)
        text += " after " + std::to_string(v.daysElapsed) + " of " + plural(e.maxDays, "day", "days");
    return text + " (the test runs " + plural(e.maxDays, "day", "days") + " or " +
           plural(e.maxLeads, "lead", "leads") + ", whichever comes first)";
}

bool canStartExperiment(const Decision& d) { return d.kind != "accept_tradeoff" && isDecisionKind(d.kind); }

std::string checklistSideText(const ChecklistItem& item) {
    if (item.side == "promise") return "Promise side";
    if (item.side == "channel") return "Channel side";
    return item.side;
}

std::string decideEditLabel(const Mismatch& m, const std::string& kind) {
    std::string what = kind;
    for (const auto& c : fixKindChoices())
        if (c.kind == kind) what = c.action;
    return "Decide to " + what + " on '" + engine::labelOf(m) + "'";
}

std::string tickEditLabel(const ChecklistItem& item, bool done) {
    return std::string(done ? "Tick" : "Untick") + " '" + item.label + "'";
}

std::string implementEditLabel(const Mismatch& m) {
    return "Mark the fix of '" + engine::labelOf(m) + "' implemented";
}

std::string withdrawEditLabel(const Mismatch& m) {
    return "Withdraw the decision on '" + engine::labelOf(m) + "'";
}

std::string startExperimentEditLabel(const Mismatch& m) {
    return "Start an A/B test on '" + engine::labelOf(m) + "'";
}

std::string recordCountsEditLabel(const Mismatch& m) {
    return "Record A/B counts on '" + engine::labelOf(m) + "'";
}

std::string endExperimentEditLabel(const Mismatch& m) {
    return "End the A/B test on '" + engine::labelOf(m) + "'";
}

}  // namespace sc::web
