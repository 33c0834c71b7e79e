// Rule family "consistency" (consistency.h).
#include "validation/consistency.h"

#include "partners/copy_text.h"

namespace sc::rules {
namespace {

std::string quotedList(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& s : items) out += (out.empty() ? "" : ", ") + quote(s);
    return out;
}

void checkFixesWithOpenTouchpoints(const Document& doc, FindingSink& sink) {
    forEach(doc.decisions, "/decisions", [&](const Decision& d, const std::string& p, std::size_t i) {
        if (d.kind == "accept_tradeoff") return;
        const Mismatch* m = findById(doc.mismatches, d.mismatchId);
        const bool mismatchDone = m && (m->status == "fixed" || m->status == "verified");
        if (d.implementedOn.empty() && !mismatchDone) return;
        std::vector<std::string> open;
        std::size_t first = 0;
        for (std::size_t k = 0; k < d.checklist.size(); ++k)
            if (!d.checklist[k].done) {
                if (open.empty()) first = k;
                open.push_back(d.checklist[k].label.empty() ? d.checklist[k].id : d.checklist[k].label);
            }
        if (open.empty()) return;
        const std::string what =
            !d.implementedOn.empty() ? "is marked implemented" : "has its mismatch marked " + m->status;
        sink.warning(at(at(p, "checklist"), first),  // the first open item
                     nameOf("decision", d, i) + " " + what + " while " + std::to_string(open.size()) +
                         " checklist item" + (open.size() == 1 ? " is" : "s are") +
                         " open: " + quotedList(open) +
                         "; a fix is done only when every touchpoint is updated, so the mismatch stays "
                         "open until they are ticked");
    });
}

void checkClaimsAgainstForbiddenPhrases(const Document& doc, FindingSink& sink) {
    const std::string base = "/rules_of_engagement/approved_claims";
    forEach(doc.rules.approvedClaims, base, [&](const Claim& c, const std::string& p, std::size_t i) {
        const partners::NormalText text = partners::normaliseText(c.text.empty() ? c.name : c.text);
        for (const auto& rule : doc.rules.forbiddenRules)
            for (const auto& phrase : rule.phrases) {
                const std::string normal = partners::normalisePhrase(phrase);
                if (normal.empty() || partners::findPhrase(text, normal).empty()) continue;
                sink.warning(at(p, "text"),
                             nameOf("approved claim", c, i) + " contains " + quote(phrase) +
                                 ", a phrase of forbidden-claim rule " +
                                 quote(rule.name.empty() ? rule.id : rule.name) +
                                 ": the rules of engagement contradict each other; reword the claim or "
                                 "narrow the rule");
            }
    });
}

}  // namespace

void checkConsistency(const Document& doc, FindingSink& sink) {
    checkFixesWithOpenTouchpoints(doc, sink);
    checkClaimsAgainstForbiddenPhrases(doc, sink);
}

}  // namespace sc::rules
