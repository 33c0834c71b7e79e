// Triage and Fix commands (see mismatch_commands.h).
#include "logic/mismatch_commands.h"

#include "engine/triage.h"
#include "logic/decision_text.h"
#include "logic/mismatch_text.h"
#include "workflow/decisions.h"
#include "workflow/experiments.h"

namespace sc::web {

Command dismissCommand(const Mismatch& m, const std::string& reason, const std::string& now) {
    return {dismissEditLabel(m), [id = m.id, reason, now](const Document& doc) {
                return engine::dismissMismatch(doc, id, reason, now);
            }};
}

Command reopenCommand(const Mismatch& m, const std::string& now) {
    return {reopenEditLabel(m),
            [id = m.id, now](const Document& doc) { return engine::reopenMismatch(doc, id, now); }};
}

Command decideCommand(const Mismatch& m, const std::string& kind, const std::string& rationale,
                      const std::string& owner, const std::string& today) {
    return {decideEditLabel(m, kind), [id = m.id, kind, rationale, owner, today](const Document& doc) {
                return decideFix(doc, id, kind, rationale, owner, today);
            }};
}

Command decideGroupCommand(const Document& doc, const std::vector<std::string>& facetIds,
                           const std::string& kind, const std::string& rationale, const std::string& owner,
                           const std::string& today) {
    return {decideGroupLabel(doc, facetIds, kind),
            [facetIds, kind, rationale, owner, today](const Document& d) {
                return decideGroup(d, facetIds, kind, rationale, owner, today);
            }};
}

Command dismissGroupCommand(const engine::MismatchGroup& group, const std::vector<std::string>& facetIds,
                            const std::string& reason, const std::string& now) {
    return {dismissGroupEditLabel(group, facetIds.size()), [facetIds, reason, now](const Document& d) {
                return engine::dismissGroup(d, facetIds, reason, now);
            }};
}

Command tickCommand(const Decision& d, const ChecklistItem& item, bool done, const std::string& today) {
    return {tickEditLabel(item, done),
            [decisionId = d.id, itemId = item.id, done, today](const Document& doc) {
                return checkItem(doc, decisionId, itemId, done, today);
            }};
}

Command implementCommand(const Mismatch& m, const Decision& d, const std::string& today) {
    return {implementEditLabel(m),
            [id = d.id, today](const Document& doc) { return markImplemented(doc, id, today); }};
}

Command withdrawCommand(const Mismatch& m, const Decision& d) {
    return {withdrawEditLabel(m), [id = d.id](const Document& doc) { return withdrawDecision(doc, id); }};
}

Command startExperimentCommand(const Mismatch& m, const Decision& d, const std::string& hypothesis,
                               const std::string& today) {
    return {startExperimentEditLabel(m), [id = d.id, hypothesis, today](const Document& doc) {
                return startExperiment(doc, id, hypothesis, today);
            }};
}

Command recordCountsCommand(const Mismatch& m, const Experiment& e, const long long (&counts)[4]) {
    return {recordCountsEditLabel(m),
            [id = e.id, c0 = counts[0], c1 = counts[1], c2 = counts[2], c3 = counts[3]](const Document& doc) {
                return recordExperimentCounts(doc, id, c0, c1, c2, c3);
            }};
}

Command endExperimentCommand(const Mismatch& m, const Experiment& e, const std::string& today) {
    return {endExperimentEditLabel(m),
            [id = e.id, today](const Document& doc) { return endExperiment(doc, id, today); }};
}

}  // namespace sc::web
