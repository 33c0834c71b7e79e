// The score report: everything `scorecard score` and the dashboard show about mismatches in one
// value — ranked, explained, diagnosed mismatches, symptoms, journey divergence and the index —
// plus its two renderings (JSON for pipelines, text for people). docs/SCORE.md documents both.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "engine/alignment_index.h"
#include "engine/diagnosis.h"
#include "engine/journey.h"
#include "engine/priority.h"
#include "engine/symptoms.h"
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
};

struct ScoreReport {
    std::string title;
    std::string today;
    AlignmentIndex index;
    std::vector<ReportMismatch> mismatches;  // ranked
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
};

// Scores a document at `today` ("YYYY-MM-DD"). Mismatches are recomputed first (user
// decisions kept), so the report always reflects the current maps.
ScoreReport buildScoreReport(const Document& doc, const std::string& today);

// The JSON shape documented in docs/SCORE.md.
Json scoreReportToJson(const ScoreReport& report);

// Plain text for people.
std::string scoreReportToText(const ScoreReport& report);

}  // namespace sc::engine
