#include "partners/incidents.h"

#include "engine/text_util.h"
#include "model/vocabularies.h"
#include "partners/periods.h"

namespace sc::partners {

namespace {

std::string termLabel(const vocab::Vocabulary& v, const std::string& id) {
    const std::string label(v.labelOf(id));
    return label.empty() ? id : label;
}

bool corrective(const std::string& response) { return !response.empty() && response != "enforcement"; }

// An earlier incident of the same partner with the same diagnosis that was already answered
// with a corrective response (resend, training, clarification).
bool repeatAfterCorrection(const Document& doc, const Incident& incident) {
    for (const Incident& earlier : doc.incidents) {
        if (&earlier == &incident || earlier.id == incident.id) continue;
        if (earlier.partnerId != incident.partnerId || earlier.diagnosis != incident.diagnosis) continue;
        if (!corrective(earlier.response) || earlier.occurredOn.empty() || incident.occurredOn.empty())
            continue;
        if (earlier.occurredOn < incident.occurredOn) return true;
    }
    return false;
}

}  // namespace

bool isDiagnosed(const Incident& incident) {
    return !incident.diagnosis.empty() && incident.diagnosis != "undiagnosed";
}

std::string whyCannotRespond(const Incident& incident, const std::string& response) {
    if (response.empty()) return {};
    if (!vocab::kResponse.contains(response))
        return "'" + response + "' is not a response: use one of " + vocab::kResponse.idList();
    if (!isDiagnosed(incident))
        return "Diagnose before you respond: say why '" + engine::labelOf(incident) +
               "' happened (never received the material, ambiguous guideline, customer pressure, did not "
               "understand compliance) before choosing a response.";
    return {};
}

EditResult respondToIncident(const Document& doc, const std::string& incidentId, const std::string& response,
                             const std::string& now) {
    EditResult result;
    result.document = doc;
    result.id = incidentId;
    const Incident* found = findById(doc.incidents, incidentId);
    if (!found) {
        result.error = "There is no incident '" + incidentId + "'.";
        return result;
    }
    if (std::string why = whyCannotRespond(*found, response); !why.empty()) {
        result.error = why;
        return result;
    }
    for (Incident& incident : result.document.incidents) {
        if (incident.id != incidentId) continue;
        incident.response = response;
        incident.updated = now;
    }
    result.ok = true;
    return result;
}

std::string respondToIncidentLabel(const Document& doc, const std::string& incidentId,
                                   const std::string& response) {
    const Incident* incident = findById(doc.incidents, incidentId);
    const std::string name = incident ? engine::labelOf(*incident) : incidentId;
    if (response.empty()) return "Clear the response to '" + name + "'";
    return "Respond to '" + name + "': " + termLabel(vocab::kResponse, response);
}

SuggestedResponse suggestResponse(const Document& doc, const Incident& incident) {
    SuggestedResponse s;
    const std::string& d = incident.diagnosis;
    if (!isDiagnosed(incident)) {
        s.reason = "Diagnose before you blame: ask why before issuing a correction.";
        return s;
    }
    s.repeat = repeatAfterCorrection(doc, incident);
    if (d == "never_received") {
        s.response = "resend";
        s.reason = s.repeat ? "They again did not have the current material: resend it and fix how materials "
                              "reach them — the system failed, not the partner."
                            : "They never had the current material: resend it — the system failed, not the "
                              "partner.";
    } else if (d == "ambiguous_guideline") {
        s.response = "clarify_guideline";
        s.reason = "The guideline allowed their reading: clarify it, for every partner.";
    } else if (s.repeat) {
        s.response = "enforcement";
        s.reason = "The same " + termLabel(vocab::kDiagnosis, d) +
                   " after an earlier correction: training was tried, now enforcement.";
    } else if (d == "customer_pressure") {
        s.response = "training";
        s.reason = "They improvised under customer pressure: train them on an approved answer to it.";
    } else if (d == "misunderstood_compliance") {
        s.response = "training";
        s.reason = "They did not understand the requirement: train them on it.";
    }
    return s;
}

std::vector<IncidentReview> reviewIncidents(const Document& doc) {
    std::vector<IncidentReview> reviews;
    for (const Incident& incident : doc.incidents) {
        IncidentReview r;
        r.id = incident.id;
        r.name = engine::labelOf(incident);
        r.partnerId = incident.partnerId;
        const Partner* partner = findById(doc.partners, incident.partnerId);
        r.partnerName = partner ? engine::labelOf(*partner) : incident.partnerId;
        r.occurredOn = incident.occurredOn;
        r.diagnosis = incident.diagnosis;
        r.response = incident.response;
        r.resolvedOn = incident.resolvedOn;
        r.suggested = suggestResponse(doc, incident);
        r.materials = materialsHeldOn(doc, incident.partnerId, incident.occurredOn);
        if (!isDiagnosed(incident) && !incident.response.empty())
            r.findings.push_back({"response_before_diagnosis",
                                  "'" + termLabel(vocab::kResponse, incident.response) +
                                      "' was chosen before a diagnosis: diagnose before you blame."});
        else if (!isDiagnosed(incident))
            r.findings.push_back(
                {"not_diagnosed", "Not diagnosed yet: ask why before issuing a correction."});
        else if (!incident.response.empty() && incident.response != r.suggested.response)
            r.findings.push_back({"response_does_not_fit",
                                  "'" + termLabel(vocab::kResponse, incident.response) + "' does not fit '" +
                                      termLabel(vocab::kDiagnosis, incident.diagnosis) +
                                      "': " + termLabel(vocab::kResponse, r.suggested.response) +
                                      " does. Training is not the same as enforcement."});
        reviews.push_back(std::move(r));
    }
    return reviews;
}

std::optional<LogKpi> escalationsFromLog(const Document& doc, const std::string& partnerId,
                                         const std::string& period) {
    bool logCovers = false;
    std::int64_t count = 0;
    for (const Incident& incident : doc.incidents) {
        const auto month = periodOfDate(incident.occurredOn);
        if (!month || *month > period) continue;
        logCovers = true;
        if (incident.partnerId == partnerId && *month == period) ++count;
    }
    if (!logCovers) return std::nullopt;
    return LogKpi{count, std::to_string(count) + (count == 1 ? " incident" : " incidents") + " in the log"};
}

}  // namespace sc::partners
