// What the Fix section of a mismatch offers and says, as plain functions: the five fix kinds in
// words, which actions are open at this point of the workflow (decide, tick, mark implemented,
// withdraw) and why one is not, and the labels of these edits in Edit > Undo. The rules
// themselves are the core's (core/workflow/decisions.h); no ImGui here, tested in tests/web.
#pragma once

#include <string>
#include <vector>

#include "engine/score_report.h"
#include "model/document.h"

namespace sc::web {

struct FixKindChoice {
    std::string kind;    // core id: "change_message" ...
    std::string label;   // "Change the message"
    std::string action;  // as in "decided to …": "change the message"
    std::string hint;    // one line on what it means (seed 002 step 4)
};

// The choices of the Decide fix… dialog, in the core's order.
const std::vector<FixKindChoice>& fixKindChoices();

// "Change the message"; an unknown kind as written, underscores as spaces.
std::string fixKindLabel(const std::string& kind);

// One choice of the Decide fix… dialog: the core's fix options for this mismatch
// (ReportMismatch::options, engine/fix_options.h) in the order of fit it gives, each with its
// one-line reason.
struct DecideOption {
    std::string kind;    // core id
    std::string label;   // the vocabulary's label: "Change the message"
    std::string reason;  // the core's one line: "change the message first: …"
};
// The options in the core's order; when the core proposes none (a trade-off on record being
// replaced), the five kinds in vocabulary order with their meanings. Accepting the mismatch as
// an intentional trade-off (rationale required) is always among them (seed 002 FAQ).
std::vector<DecideOption> decideOptions(const engine::ReportMismatch& m);
// The same from any list of the core's options (a contradiction's, MismatchGroup::options).
std::vector<DecideOption> decideOptions(const std::vector<engine::FixOption>& options);
// The kind the dialog starts on: the best fit, the first option.
std::string preselectedKind(const engine::ReportMismatch& m);
// Beside Decide fix…: "best fit: change the message first: …".
std::string bestFitText(const engine::ReportMismatch& m);

// An accepted trade-off needs its rationale written down (seed 002 "calculated trade-off").
bool rationaleRequired(const std::string& kind);

// OK in the Decide fix… dialog: a known kind, and a non-blank rationale when it is required.
bool canConfirmDecision(const std::string& kind, const std::string& rationale);

// Where the fix of one mismatch stands and what can be done next.
struct FixActions {
    const Decision* decision = nullptr;  // the latest decision on the mismatch, if any
    bool canDecide = false;              // "Decide fix…": an open mismatch with no fix under way
    bool canTick = false;                // checklist boxes: a fix decided, not yet implemented
    bool canImplement = false;           // "Mark implemented": every checklist item done
    std::string implementBlockedBy;      // why not, when canTick: "2 checklist items still open"
    bool canWithdraw = false;            // a decision not implemented yet (a trade-off too)
};
FixActions fixActions(const Document& doc, const engine::ReportMismatch& m);

// "Change the message · decided 2026-11-24 by Maya · implemented 2026-11-25": the decision in
// one line (progress on the checklist is shown with the checklist).
std::string decisionSummary(const Decision& d);

// The verification started when the fix was marked implemented, and its result in the report.
const VerificationResult* verificationOf(const engine::ScoreReport& report, const Document& doc,
                                         const std::string& decisionId);
// "Verification: too early: 1 full sales cycles of 45 days …" — the core's words, labelled.
std::string verificationText(const VerificationResult& v);

// The latest A/B test of a decision, and its verdict in the report.
const Experiment* experimentOf(const Document& doc, const std::string& decisionId);
const ExperimentVerdict* verdictOf(const engine::ScoreReport& report, const std::string& experimentId);

// The first line of an A/B test's result. Before either stopping rule is reached (seed 002:
// "two weeks or 100 leads, whichever comes first") it is an interim look with its numbers and
// no winner: "Interim look, no winner yet: 24 of 100 leads after 3 of 14 days (the test runs
// 14 days or 100 leads, whichever comes first)"; afterwards "Result: variant better".
std::string experimentHeadline(const ExperimentVerdict& v, const Experiment& e);

// An A/B test can be started for a decided fix that changes something (not a trade-off).
bool canStartExperiment(const Decision& d);

// "promise" / "channel" side of a checklist item, as a column label: "Promise side".
std::string checklistSideText(const ChecklistItem& item);

// Labels of the edits (commands) as Edit > Undo names them: "Undo Tick 'Landing page'".
std::string decideEditLabel(const Mismatch& m,
                            const std::string& kind);             // "Decide to change the message on 'X'"
std::string tickEditLabel(const ChecklistItem& item, bool done);  // "Tick 'Update the landing page'"
std::string implementEditLabel(const Mismatch& m);                // "Mark the fix of 'X' implemented"
std::string withdrawEditLabel(const Mismatch& m);                 // "Withdraw the decision on 'X'"
std::string startExperimentEditLabel(const Mismatch& m);          // "Start an A/B test on 'X'"
std::string recordCountsEditLabel(const Mismatch& m);             // "Record A/B counts on 'X'"
std::string endExperimentEditLabel(const Mismatch& m);            // "End the A/B test on 'X'"

}  // namespace sc::web
