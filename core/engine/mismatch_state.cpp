#include "engine/mismatch_state.h"

#include "workflow/decisions.h"
#include "workflow/verification.h"

namespace sc::engine {

namespace {

std::string joined(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "'" : ", '") + s + "'";
    return out;
}

}  // namespace

MismatchState mismatchState(const Document& doc, const Mismatch& m, const std::string& today) {
    MismatchState s;
    s.state = m.status;
    const bool recordedDone = m.status == "fixed" || m.status == "verified";
    // [checklist] a fix with open touchpoints is not done, whatever the file says.
    for (const auto& d : doc.decisions) {
        if (d.mismatchId != m.id || d.kind == "accept_tradeoff") continue;
        if (!recordedDone && d.implementedOn.empty()) continue;
        for (const auto& item : d.checklist)
            if (!item.done) s.openItems.push_back(item.label.empty() ? item.id : item.label);
    }
    if (!s.openItems.empty() && (recordedDone || m.status == "fixing")) {
        s.state = "fixing";
        s.reason = "recorded " + m.status + ", but " + std::to_string(s.openItems.size()) +
                   " touchpoint(s) of the fix are not updated: " + joined(s.openItems) +
                   " — the mismatch stays open until every item is ticked";
        if (m.status == "fixing")
            s.reason = "the fix is marked implemented, but " + std::to_string(s.openItems.size()) +
                       " touchpoint(s) are not updated: " + joined(s.openItems);
        return s;
    }
    s.openItems.clear();
    if (m.status != "fixed") return s;
    // [verification] fixed is not aligned until verified over two sales cycles.
    for (const auto& v : doc.verifications) {
        const Decision* d = findById(doc.decisions, v.decisionId);
        if (!d || d->mismatchId != m.id) continue;
        const VerificationResult r = evaluateVerification(doc, v, today);
        if (r.status == "regressed") {
            s.state = "open";
            s.reason = "reopened: the verification regressed (" + r.message + ")";
            return s;
        }
        if (r.status == "too_early" || r.status == "insufficient_data") {
            s.state = "verifying";
            s.reason = "verifying: " + r.message;
        }
    }
    return s;
}

Document withMismatchStates(const Document& doc, const std::string& today) {
    Document out = doc;
    for (auto& m : out.mismatches) m.status = mismatchState(doc, m, today).state;
    return out;
}

}  // namespace sc::engine
