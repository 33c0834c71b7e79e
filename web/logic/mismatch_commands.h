// The commands of the Mismatches view (triage: dismiss, reopen) and its Fix section (decide,
// tick, mark implemented, withdraw, A/B test): each wraps the core's edit with its Undo label.
// They take what the view is showing (the report's mismatch, the decision, the experiment) for
// the label and keep only ids and values, never pointers, for the edit applied after drawing.
#pragma once

#include <string>

#include <vector>

#include "engine/score_report.h"
#include "logic/commands.h"
#include "model/document.h"

namespace sc::web {

// Triage (core/engine/triage.h); `now` stamps `updated`.
Command dismissCommand(const Mismatch& m, const std::string& reason, const std::string& now);
Command reopenCommand(const Mismatch& m, const std::string& now);

// The Fix section (core/workflow/decisions.h, experiments.h); `today` is the user's local date.
Command decideCommand(const Mismatch& m, const std::string& kind, const std::string& rationale,
                      const std::string& owner, const std::string& today);
// One decision (or dismissal) for several facets of one contradiction (issue 13.6): the core's
// decideGroup / dismissGroup, all or nothing, one Undo step.
Command decideGroupCommand(const Document& doc, const std::vector<std::string>& facetIds,
                           const std::string& kind, const std::string& rationale, const std::string& owner,
                           const std::string& today);
Command dismissGroupCommand(const engine::MismatchGroup& group, const std::vector<std::string>& facetIds,
                            const std::string& reason, const std::string& now);
Command tickCommand(const Decision& d, const ChecklistItem& item, bool done, const std::string& today);
Command implementCommand(const Mismatch& m, const Decision& d, const std::string& today);
Command withdrawCommand(const Mismatch& m, const Decision& d);
Command startExperimentCommand(const Mismatch& m, const Decision& d, const std::string& hypothesis,
                               const std::string& today);
// counts: control visitors, control conversions, variant visitors, variant conversions.
Command recordCountsCommand(const Mismatch& m, const Experiment& e, const long long (&counts)[4]);
Command endExperimentCommand(const Mismatch& m, const Experiment& e, const std::string& today);

}  // namespace sc::web
