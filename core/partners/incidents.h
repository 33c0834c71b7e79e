// Handling misalignment (seed 000): "Step 1: Diagnose before you blame. When a partner goes
// off-script or violates a guideline, ask why before issuing a correction." Each diagnosis
// calls for its own response — "Each of these requires a different response. Training is not
// the same as enforcement." — so the engine refuses a response before a diagnosis, suggests the
// response that fits, and flags one that does not. docs/PARTNERS.md "Incidents".
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/edit_result.h"
#include "partners/feedback_loop.h"
#include "partners/materials.h"

namespace sc::partners {

// True when the incident names why it happened (one of the four reasons, not "undiagnosed").
bool isDiagnosed(const Incident& incident);

// Why `response` cannot be recorded on the incident now; "" when it can (clearing it always
// can). The rule the app's incident panel and respondToIncident share.
std::string whyCannotRespond(const Incident& incident, const std::string& response);

// Records the response (refused by whyCannotRespond; the document is then unchanged).
EditResult respondToIncident(const Document& doc, const std::string& incidentId, const std::string& response,
                             const std::string& now);
std::string respondToIncidentLabel(const Document& doc, const std::string& incidentId,
                                   const std::string& response);

struct SuggestedResponse {
    std::string response;  // a kResponse id; "" while undiagnosed
    std::string reason;
    bool repeat = false;  // the same diagnosis for this partner after a corrective response
};

// The response that fits the diagnosis: never received → resend; ambiguous guideline → clarify
// the guideline; customer pressure or a misunderstood requirement → training — and enforcement
// only when the same partner had the same diagnosis before and was already trained or
// corrected (training was tried; it is not the same as enforcement).
SuggestedResponse suggestResponse(const Document& doc, const Incident& incident);

struct IncidentFinding {
    std::string rule;  // "response_before_diagnosis" | "response_does_not_fit" | "not_diagnosed"
    std::string message;
};

struct IncidentReview {
    std::string id;
    std::string name;
    std::string partnerId;
    std::string partnerName;
    std::string occurredOn;
    std::string diagnosis;
    std::string response;
    std::string resolvedOn;
    SuggestedResponse suggested;
    std::vector<IncidentFinding> findings;
    // Which version of each material the partner had acknowledged on the day it occurred
    // (materials.h materialsHeldOn): "they never received the updated material" shows here.
    std::vector<MaterialHeld> materials;
};

// Every incident of the document, in document order.
std::vector<IncidentReview> reviewIncidents(const Document& doc);

// The escalation frequency KPI from the incident log: the partner's incidents that occurred in
// the month. Nullopt when the document keeps no incident log for that month (no incident at all
// in or before it).
std::optional<LogKpi> escalationsFromLog(const Document& doc, const std::string& partnerId,
                                         const std::string& period);

}  // namespace sc::partners
