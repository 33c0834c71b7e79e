#include "partners/programme_report.h"

#include <sstream>

#include "model/vocabularies.h"

namespace sc::partners {

ProgrammeReport buildProgrammeReport(const Document& doc, const std::string& today) {
    ProgrammeReport report;
    report.today = today;
    report.feedback = buildFeedbackLoop(doc, today);
    report.incidents = reviewIncidents(doc);
    report.postMortems = summarisePostMortems(doc);
    return report;
}

namespace {

Json optionalBp(const std::optional<std::int64_t>& bp) { return bp ? Json(*bp) : Json(nullptr); }

Json tallyJson(const FeedbackTally& t) {
    // Every kind of the vocabulary, 0 when none, so the shape never depends on the data; a kind
    // outside it (a hand-edited file, already a validation error) is kept as written.
    Json kinds = Json::object();
    for (const auto& term : vocab::kFeedbackKind) kinds[std::string(term.id)] = 0;
    for (const auto& [kind, n] : t.byKind) kinds[kind] = n;
    return {{"items", t.items},
            {"closed", t.closed},
            {"changed", t.changed},
            {"unanswered", t.unanswered},
            {"closed_loop_bp", optionalBp(t.closedLoopBp)},
            {"by_kind", kinds}};
}

Json feedbackJson(const FeedbackLoop& loop) {
    Json partners = Json::array();
    for (const auto& row : loop.partners)
        partners.push_back(
            {{"partner", row.partnerId}, {"name", row.partnerName}, {"tally", tallyJson(row.tally)}});
    Json voids = Json::array();
    for (const auto& v : loop.intoTheVoid)
        voids.push_back({{"id", v.id},
                         {"name", v.name},
                         {"partner", v.partnerId},
                         {"kind", v.kind},
                         {"received_on", v.receivedOn},
                         {"days", v.days}});
    Json changes = Json::array();
    for (const auto& c : loop.changes)
        changes.push_back({{"id", c.id}, {"name", c.name}, {"closed_on", c.closedOn}, {"change", c.change}});
    return {{"void_after_days", loop.voidDays},
            {"overall", tallyJson(loop.overall)},
            {"partners", partners},
            {"unanswered", voids},
            {"changes", changes}};
}

Json materialsHeldJson(const std::vector<MaterialHeld>& held) {
    Json out = Json::array();
    for (const auto& m : held)
        out.push_back({{"material", m.materialId},
                       {"name", m.name},
                       {"version", m.version.empty() ? Json(nullptr) : Json(m.version)},
                       {"acknowledged_on", m.acknowledgedOn.empty() ? Json(nullptr) : Json(m.acknowledgedOn)},
                       {"current_version", m.currentVersion},
                       {"up_to_date", m.upToDate}});
    return out;
}

// "Pitch deck: 2026.1, current 2026.2; Price sheet: 2026-Q3 (current); Script: none, current 1.0".
std::string materialsHeldText(const std::vector<MaterialHeld>& held) {
    std::string out;
    for (const auto& m : held)
        out += (out.empty() ? "" : "; ") + m.name + ": " + (m.version.empty() ? "none" : m.version) +
               (m.upToDate ? " (current)" : ", current " + m.currentVersion);
    return out;
}

Json incidentsJson(const std::vector<IncidentReview>& reviews) {
    Json out = Json::array();
    for (const auto& r : reviews) {
        Json findings = Json::array();
        for (const auto& f : r.findings) findings.push_back({{"rule", f.rule}, {"message", f.message}});
        out.push_back({{"id", r.id},
                       {"name", r.name},
                       {"partner", r.partnerId},
                       {"occurred_on", r.occurredOn},
                       {"diagnosis", r.diagnosis},
                       {"response", r.response},
                       {"resolved_on", r.resolvedOn},
                       {"suggested_response", r.suggested.response},
                       {"suggestion", r.suggested.reason},
                       {"repeat", r.suggested.repeat},
                       {"findings", findings},
                       {"materials", materialsHeldJson(r.materials)}});
    }
    return out;
}

Json reasonsJson(const std::vector<ReasonCount>& reasons) {
    Json out = Json::array();
    for (const auto& r : reasons)
        out.push_back(
            {{"reason", r.reason}, {"won", r.won}, {"lost", r.lost}, {"post_mortems", r.postMortemIds}});
    return out;
}

Json groupsJson(const std::vector<ReasonGroup>& groups) {
    Json out = Json::array();
    for (const auto& g : groups)
        out.push_back({{"key", g.key},
                       {"name", g.name},
                       {"won", g.won},
                       {"lost", g.lost},
                       {"reasons", reasonsJson(g.reasons)}});
    return out;
}

std::string pct(const std::optional<std::int64_t>& bp) {
    if (!bp) return "-";
    std::string s = std::to_string(*bp / 100) + "." + std::to_string(*bp % 100 / 10) + "%";
    return s;
}

std::string termLabel(const vocab::Vocabulary& v, const std::string& id) {
    return std::string(v.labelOf(id));
}

}  // namespace

void addProgrammeReportJson(Json& out, const ProgrammeReport& report) {
    out["feedback"] = feedbackJson(report.feedback);
    out["incidents"] = incidentsJson(report.incidents);
    const PostMortemSummary& pm = report.postMortems;
    out["post_mortems"] = {{"won", pm.won},
                           {"lost", pm.lost},
                           {"reasons", reasonsJson(pm.reasons)},
                           {"by_partner", groupsJson(pm.byPartner)},
                           {"by_channel", groupsJson(pm.byChannel)},
                           {"by_period", groupsJson(pm.byPeriod)},
                           {"note", pm.balanceNote}};
}

std::string programmeReportToText(const ProgrammeReport& report) {
    std::ostringstream out;
    const FeedbackLoop& fb = report.feedback;
    out << "\nFeedback loop (" << fb.overall.items << " items, " << fb.overall.closed
        << " closed: " << pct(fb.overall.closedLoopBp) << " closed-loop rate)\n";
    if (fb.partners.empty()) out << "  (no feedback recorded)\n";
    for (const auto& row : fb.partners)
        out << "  " << row.partnerName << ": " << row.tally.items << " items, " << row.tally.closed
            << " closed (" << pct(row.tally.closedLoopBp) << "), " << row.tally.changed
            << " led to a change\n";
    out << "Shouting into a void: unanswered for more than " << fb.voidDays << " days at " << report.today
        << " (" << fb.intoTheVoid.size() << ")\n";
    if (fb.intoTheVoid.empty()) out << "  (none)\n";
    for (const auto& v : fb.intoTheVoid)
        out << "  " << v.partnerName << ": " << v.name << " (" << termLabel(vocab::kFeedbackKind, v.kind)
            << ", received " << v.receivedOn << ", " << v.days << " days)\n";

    out << "\nIncidents: diagnose before you blame (" << report.incidents.size() << ")\n";
    if (report.incidents.empty()) out << "  (none)\n";
    for (const auto& r : report.incidents) {
        out << "  " << r.occurredOn << " " << r.partnerName << ": " << r.name << "\n      diagnosis: "
            << termLabel(vocab::kDiagnosis, r.diagnosis.empty() ? "undiagnosed" : r.diagnosis)
            << "; response: " << (r.response.empty() ? "none yet" : termLabel(vocab::kResponse, r.response));
        if (!r.suggested.response.empty() && r.suggested.response != r.response)
            out << "; suggested: " << termLabel(vocab::kResponse, r.suggested.response);
        out << "\n";
        if (!r.materials.empty())
            out << "      materials the partner had: " << materialsHeldText(r.materials) << "\n";
        for (const auto& f : r.findings) out << "      ! " << f.message << "\n";
        if (!r.suggested.response.empty() && r.suggested.response != r.response)
            out << "      " << r.suggested.reason << "\n";
    }

    const PostMortemSummary& pm = report.postMortems;
    out << "\nPost-mortems (" << pm.won << " won, " << pm.lost << " lost)\n";
    if (pm.won + pm.lost == 0) out << "  (none)\n";
    if (!pm.balanceNote.empty()) out << "  " << pm.balanceNote << "\n";
    for (const auto& r : pm.reasons)
        out << "  " << r.total() << "x " << r.reason << " (" << r.won << " won, " << r.lost << " lost)\n";
    return out.str();
}

}  // namespace sc::partners
