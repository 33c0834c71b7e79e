// The score report: everything `scorecard score` and the dashboard show about mismatches in one
// value — ranked, explained, diagnosed mismatches, symptoms, journey divergence and the index —
// plus its two renderings (JSON for pipelines, text for people). docs/SCORE.md documents both.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/alignment_index.h"
#include "engine/diagnosis.h"
#include "engine/fix_options.h"
#include "engine/journey.h"
#include "engine/priority.h"
#include "engine/symptoms.h"
#include "engine/tradeoff_cost.h"
#include "model/document.h"
#include "workflow/decisions.h"
#include "workflow/experiments.h"
#include "workflow/readiness.h"
#include "workflow/verification.h"

namespace sc::engine {

struct ReportMismatch {
    Mismatch mismatch;  // as in the recomputed document
    int rank = 0;       // 1.. for open/fixing, 0 for the rest
    bool active = false;
    PriorityBreakdown priority;
    Diagnosis diagnosis;
    std::string promiseName, channelName, pairName, dimensionName;
    std::string severityBasis;  // from detection, empty for manual or no-longer-detected
    std::string decisionId;     // the latest decision on it (core/workflow), empty when none
    std::string decisionKind;
    std::int64_t openChecklistItems = 0;
    // What ranking and the index go by (mismatch_state.h): the recorded status, or "fixing"
    // while touchpoints are open, "verifying" during verification, "open" after a regression.
    std::string state;
    std::string stateReason;
    // The decisions that fit its diagnosis, best first (fix_options.h); empty once decided
    // (dismissed, accepted, fixed, verified).
    std::vector<FixOption> options;
};

// Issue 13.6, one contradiction counted once: "Try it now" against a sales team that insists on
// a demo is ONE contradiction with several facets (buying motion, access, setup effort, service
// level). The mismatches of one promise × channel (× pair) form one group: ranked by its best
// ranked facet, with the worst facet's severity, one diagnosis and one set of options, and a
// decision (fix, trade-off, dismissal) taken for the whole group (workflow/decisions.h
// decideGroup, triage.h dismissGroup). The index counts a group once (alignment_index.h).
struct MismatchGroup {
    std::string id;  // "promise|channel|pair" (stable across recomputes, like a mismatch key)
    std::string promiseId, channelId, pairId;
    std::string promiseName, channelName, pairName;
    int rank = 0;  // 1.. for groups with an open (or fixing) facet, 0 for the rest
    bool active = false;
    // "open" when a facet is open, else "fixing" when one is fixing, else the first present of
    // verifying, accepted, fixed, verified, dismissed.
    std::string state;
    std::string severity;  // the worst active facet's (the worst facet's when none is active)
    // Indices into ScoreReport::mismatches, in ranked order (the first is the top facet).
    std::vector<std::size_t> facets;
    std::size_t activeFacets = 0;
    std::string explanation;                // "'Try it now' vs 'Sales': one contradiction, 4 facets (…)"
    Diagnosis diagnosis;                    // the facets' diagnoses combined (message + distribution = both)
    std::vector<FixOption> options;         // for the whole group; empty unless state is "open"
    PriorityBreakdown priority;             // the top facet's
    std::vector<std::string> decidableIds;  // facets a group decision applies to (whyCannotDecide)
};

// Seed 002: "if you find that the misalignment is systemic—every channel seems to contradict
// the marketing—it may be time to revisit the core marketing strategy." One per promise whose
// compared channels all (or at least kSystemicShareBp of them, two or more) contradict it.
inline constexpr std::int64_t kSystemicShareBp = 7500;
struct SystemicMisalignment {
    std::string promiseId;
    std::string promiseName;
    int channelsCompared = 0;
    int channelsContradicting = 0;  // with an open (or fixing) mismatch against the promise
    std::int64_t shareBp = 0;
    std::string message;  // "every channel (3 of 3) contradicts ... : review the marketing first"
};

struct ScoreReport {
    std::string title;
    std::string today;
    std::string currency;  // the document's, for money in the text
    AlignmentIndex index;
    std::vector<ReportMismatch> mismatches;  // ranked
    std::vector<MismatchGroup> groups;       // ranked: one per promise × channel (× pair)
    std::map<std::string, int> openBySeverity;
    std::vector<Symptom> symptoms;
    std::vector<Diagnosis> diagnoses;   // per pair
    std::vector<PairJourney> journeys;  // pairs with a funnel
    std::vector<std::string> notes;     // detection notes, index notes
    // From core/workflow: does the workflow fit yet, the A/B tests of fixes, the two-cycle
    // verifications and the accepted trade-offs measured on their own.
    ReadinessReport readiness;
    std::vector<ExperimentVerdict> experiments;
    std::vector<VerificationResult> verifications;
    std::vector<TradeoffImpact> tradeoffs;
    std::vector<TradeoffCost> tradeoffCosts;     // same order as tradeoffs (one per accepted mismatch)
    std::vector<SystemicMisalignment> systemic;  // shown first: a marketing review before channel fixes
    // Seed 002 "When not to proceed": when readiness warns, the ranking and the index carry
    // this caveat wherever they are shown; empty when ready.
    std::string readinessCaveat;
};

// Scores a document at `today` ("YYYY-MM-DD"). Mismatches are recomputed first (user
// decisions kept), so the report always reflects the current maps.
ScoreReport buildScoreReport(const Document& doc, const std::string& today);

// Groups the report's mismatches by promise × channel (× pair), ranked by their best ranked
// facet; diagnosis and options are combined over the facets. buildScoreReport calls it.
std::vector<MismatchGroup> groupReportMismatches(const Document& doc,
                                                 const std::vector<ReportMismatch>& mismatches);

// The JSON shape documented in docs/SCORE.md.
Json scoreReportToJson(const ScoreReport& report);

// Plain text for people.
std::string scoreReportToText(const ScoreReport& report);

}  // namespace sc::engine
