// Section 2 of the document: mismatches and what is done about them (seed 002 steps 3–5):
// fix decisions with their touchpoint checklists, A/B tests, verification, the priority
// model and the readiness facts.
#pragma once

#include "model/common.h"

namespace sc {

// A detected mismatch is identified by its key (promise|channel|pair|dimension), so a
// recompute finds the user's earlier status, notes and dismissal again.
struct Mismatch : Entity {
    std::string origin = "detected";  // "detected" | "manual"
    std::string key;
    std::string promiseId;
    std::string channelId;
    std::string pairId;
    std::string dimensionId;
    std::string severity = "medium";  // "low" | "medium" | "high" | "critical"
    std::string explanation;
    std::string status = "open";  // "open" | "dismissed" | "accepted" | "fixing" | "fixed" | "verified"
    std::string dismissedReason;
    BasisPoints confidenceBp = 10000;  // how sure the team is that this is real
    std::int64_t effort = 3;           // 1 (trivial) .. 5 (renegotiate a contract)
    BasisPoints leadsAffectedBp = -1;  // share of leads hit; -1 = derive from the pair
};

struct ChecklistItem {
    std::string id;
    std::string touchpointId;
    std::string side;  // "promise" | "channel"
    std::string label;
    bool done = false;
    std::string doneOn;
    Json extra = Json::object();
};

// The decision about one mismatch (seed 002 step 4).
struct Decision : Entity {
    std::string mismatchId;
    std::string kind;  // "change_message" | "adjust_channel" | "both" | "stop_channel" | "accept_tradeoff"
    std::string rationale;  // required for accept_tradeoff
    std::string owner;
    std::string decidedOn;
    std::string implementedOn;
    std::string due;  // when the fix should be implemented (the workshop's action list); may be empty
    std::vector<ChecklistItem> checklist;
};

// A/B test of a fix: control vs variant (seed 002 "two weeks or 100 leads").
struct Experiment : Entity {
    std::string decisionId;
    std::string mismatchId;
    std::string hypothesis;
    std::string startedOn;
    std::string endedOn;
    std::int64_t controlVisitors = 0;
    std::int64_t controlConversions = 0;
    std::int64_t variantVisitors = 0;
    std::int64_t variantConversions = 0;
    std::int64_t maxDays = 14;
    std::int64_t maxLeads = 100;
};

// Tracking of a pair's metric after a fix, for two full sales cycles.
struct Verification : Entity {
    std::string decisionId;
    std::string pairId;
    std::string startedOn;       // normally the decision's implementedOn
    std::int64_t cycleDays = 0;  // 0 = take it from the pair / segment
    std::int64_t cyclesRequired = 2;
    BasisPoints baselineConversionBp = 0;
};

// A review snapshot (seed 002: "set a recurring quarterly review ... use the same mapping
// process each time"; "the mismatch count, the severity, and the conversion trend"): a small,
// dated summary of where alignment stood, not a copy of the document. The ids let the next
// review say what is new, fixed, verified or reopened since. The note is the entity's notes.
struct ReviewPairConversion {
    std::string pairId;  // history: kept as written even when the pair is later removed
    std::int64_t visitors = 0;
    std::int64_t conversions = 0;
    BasisPoints conversionBp = -1;  // conversions / visitors; -1 = no visitors
    Json extra = Json::object();
};

struct ReviewKpiValue {
    std::string metricId;  // a metric dictionary id (history, like pairId)
    std::string period;    // the period the value is for ("YYYY-MM"), when it has one
    std::int64_t value = 0;
    std::string rag = "none";  // "green" | "amber" | "red" | "none"
    Json extra = Json::object();
};

struct Review : Entity {
    std::string heldOn;
    std::optional<double> index;  // the alignment index then; empty when nothing could be compared
    std::int64_t openCritical = 0, openHigh = 0, openMedium = 0, openLow = 0;
    std::vector<std::string> openMismatchIds;      // open or fixing then
    std::vector<std::string> fixedMismatchIds;     // fixed or verifying then
    std::vector<std::string> verifiedMismatchIds;  // verified then
    std::vector<ReviewPairConversion> conversions;
    std::vector<ReviewKpiValue> kpis;
};

// The weights of the prioritisation model: data in the document, visible and adjustable.
struct PriorityModel {
    std::int64_t leadsWeight = 30;
    std::int64_t revenueWeight = 30;
    std::int64_t severityWeight = 20;
    std::int64_t complaintsWeight = 10;
    std::int64_t confidenceWeight = 10;
    std::int64_t effortWeight = 50;  // percent: how strongly effort divides the impact
    Json extra = Json::object();
};

// Facts that tell whether the workflow fits yet (seed 002 "When not to proceed").
struct Readiness {
    std::int64_t customers = -1;  // -1 = sum the segments' customers
    bool preRevenue = false;
    bool crisis = false;
    std::string crisisNote;
    Json extra = Json::object();
};

}  // namespace sc
