// The scorecard dashboard (issue 8, PRODUCT.md section 4; seed 002: "create a simple alignment
// scorecard that tracks the number of mismatches, the severity, and the conversion trend. Share
// it in a visible dashboard"). Every figure the Dashboard view draws, computed once per document
// snapshot from the document and its score report: the view only draws it, never recomputes.
// Each figure comes from the part of core that owns its rule (engine, workflow, partners); this
// file only gathers and arranges them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "engine/score_report.h"
#include "model/document.h"
#include "partners/partner_kpis.h"

namespace sc::dashboard {

// ---- The alignment index tile ----
struct IndexTile {
    bool hasValue = false;
    double value = 0;                       // 0..100, one decimal
    std::string formula;                    // the general formula (hover)
    std::string computation;                // "100 × 812.5 / 1000 = 81.3"
    int verifyingMismatches = 0;            // fixes still in their two-cycle verification
    double pointsAwaitingVerification = 0;  // points of the index resting on them
    std::string verificationShare;  // "index 100, of which 18 points await verification"; may be empty
    std::string caveat;             // the readiness caveat beside the index; empty when ready
};

// ---- Readiness (seed 002 "When not to proceed") ----
struct ReadinessNote {
    bool warn = false;
    std::vector<std::string> messages;  // "what is the case: what the seed advises", one per warning
};

// ---- Open mismatches (groups where the engine groups them) by severity ----
struct SeverityBar {
    std::string severity;                  // "critical" | "high" | "medium" | "low"
    int count = 0;                         // open items of this severity
    std::vector<std::string> mismatchIds;  // the mismatches behind the bar (every member of a group)
};
struct SeverityBars {
    std::vector<SeverityBar> bars;  // always four, critical first
    int total = 0;
    bool countsGroups = false;  // true when the engine's groups are counted (one bar unit per group)
};

// ---- The top priorities ----
inline constexpr std::size_t kTopPriorities = 5;
struct TopPriority {
    int rank = 0;
    std::string mismatchId;  // click -> this mismatch
    std::string title;       // "Promise 'Try it now' vs channel 'Direct sales'"
    std::string severity;
    double score = 0;         // priority score 0..100
    std::string explanation;  // one line: the mismatch's explanation, first sentence
    std::string state;        // "open" | "fixing"
};

// ---- Promise × channel heat map ----
struct HeatCell {
    std::string promiseId;
    std::string channelId;
    bool compared = false;      // the promise reaches customers through the channel (detection compared them)
    int openMismatches = 0;     // open (or fixing) mismatches of this promise on this channel
    std::string worstSeverity;  // of those; empty when none is open
    std::vector<std::string> mismatchIds;  // exactly those, in priority order (click -> these)
};
struct HeatMap {
    std::vector<std::string> promiseIds, promiseNames;  // rows, document order
    std::vector<std::string> channelIds, channelNames;  // columns, document order
    std::vector<HeatCell> cells;                        // row-major: cells[row * channelIds.size() + col]
    const HeatCell& at(std::size_t row, std::size_t col) const {
        return cells[row * channelIds.size() + col];
    }
};

// ---- The funnel of a pair against its benchmark ----
struct FunnelBar {
    std::string stageId;
    std::string funnelStage;   // reach / engage / convert / retain (may be empty)
    std::string journeyStage;  // awareness / consideration / decision / retention, drawn under it
    std::string label;
    std::int64_t entered = 0;
    std::int64_t converted = 0;
    bool hasData = false;
    std::int64_t observedBp = 0;
    std::int64_t benchmarkBp = 0;
    bool divergent = false;  // the engine's divergent stage (engine/journey.h), one per pair at most
};
struct PairFunnel {
    std::string pairId;
    std::string pairName;
    std::vector<FunnelBar> stages;
    std::string divergentStageId;  // empty when no stage falls short
    std::string why;               // the engine's explanation of the divergent stage
};

// ---- KPI tiles and trend lines (metric dictionary) ----
inline constexpr std::size_t kSparklinePeriods = 6;
struct SeriesPoint {
    std::string period;  // "YYYY-MM"
    std::int64_t value = 0;
};
struct KpiTile {
    std::string metricId;
    std::string name;
    std::string unit;  // "bp" | "count" | "minor_units" | "days" | "score"
    bool higherIsBetter = true;
    std::int64_t benchmark = 0, green = 0, amber = 0;  // in the unit (score: hundredths, as values)
    bool hasValue = false;
    std::string period;  // the latest period with a value
    std::int64_t value = 0;
    std::string valueText;               // "95.0%", "3", "4.50"
    std::string rag = "none";            // "green" | "amber" | "red" | "none", against the thresholds
    std::string source;                  // where the values come from, in words (or why there are none)
    std::vector<SeriesPoint> series;     // every period with a value, oldest first (the trend line)
    std::vector<SeriesPoint> sparkline;  // the last kSparklinePeriods of `series`
};

// ---- Conversion trend per pair (pair_observations) ----
struct ConversionPoint {
    std::string periodStart;  // "YYYY-MM-DD"
    std::int64_t visitors = 0;
    std::int64_t conversions = 0;
    std::int64_t conversionBp = -1;  // conversions / visitors (verification.h's definition); -1 = no visitors
};
struct PairConversionTrend {
    std::string pairId;
    std::string pairName;
    std::vector<ConversionPoint> points;  // by period start
};

// ---- What is overdue at `today` ----
struct OverdueItem {
    std::string kind;   // "cadence" | "verification" | "experiment" | "material" | "decision"
    std::string id;     // the item's id (cadence item, verification, experiment, material, decision)
    std::string title;  // "Weekly check-in: Riverbend"
    std::string dueOn;  // "YYYY-MM-DD"
    std::int64_t daysOverdue = 0;  // today − dueOn (0 = due today)
    std::string detail;  // one line: "last held 2026-10-06, weekly" / "2 partners have not acknowledged v3"
    std::string mismatchId;  // for verifications, experiments and decisions: the mismatch to open
};

// ---- Review snapshots: trend across reviews and what changed since the last one ----
struct ReviewPoint {
    std::string reviewId;
    std::string heldOn;
    std::optional<double> index;
    std::int64_t openCritical = 0, openHigh = 0, openMedium = 0, openLow = 0;
    std::int64_t openTotal = 0;
};
struct ReviewDelta {
    bool hasPrevious = false;  // false when the document has no review yet
    std::string sinceReviewId;
    std::string sinceDate;
    std::vector<std::string> newIds;       // open now, not known at the review
    std::vector<std::string> fixedIds;     // open then, fixed (or verifying) now
    std::vector<std::string> verifiedIds;  // not verified then, verified now
    std::vector<std::string> reopenedIds;  // fixed or verified then, open now
    std::vector<std::string> lines;        // "1 fixed since the last review", one per non-empty kind
};

// ---- The workshop's action list ----
struct ActionItem {
    int rank = 0;
    std::string mismatchId;
    std::string title;
    std::string severity;
    double score = 0;
    std::string state;         // "open" | "fixing"
    std::string decisionId;    // empty: nothing decided yet
    std::string decisionKind;  // "change_message" ... (vocabularies.h kDecisionKind)
    std::string action;        // the decision's name, or the first fix option when undecided
    std::string owner;
    std::string due;       // "YYYY-MM-DD" or empty
    bool overdue = false;  // due before today and not implemented
};

struct Dashboard {
    std::string title;
    std::string today;
    std::string currency;
    IndexTile index;
    ReadinessNote readiness;
    SeverityBars bySeverity;
    std::vector<TopPriority> topPriorities;  // at most kTopPriorities
    HeatMap heatMap;
    std::vector<PairFunnel> funnels;              // pairs with a funnel, document order
    std::vector<KpiTile> kpis;                    // one per metric dictionary entry, in its order
    std::vector<PairConversionTrend> conversion;  // pairs with observations, document order
    bool hasPartners = false;
    partners::PartnerKpiReport partners;   // the partner table (tier, five KPIs RAG, tier advice)
    std::vector<OverdueItem> overdue;      // most overdue first
    std::vector<ReviewPoint> reviewTrend;  // the document's reviews, oldest first
    ReviewDelta sinceLastReview;           // now against the latest review
    std::vector<ActionItem> actions;       // open mismatches in priority order
};

// Everything the Dashboard view draws, for `today` ("YYYY-MM-DD"). `report` is
// engine::buildScoreReport(doc, today) (the app passes its cached one).
Dashboard buildDashboard(const Document& doc, const engine::ScoreReport& report, const std::string& today);

}  // namespace sc::dashboard
