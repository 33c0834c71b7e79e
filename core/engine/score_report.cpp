#include "engine/score_report.h"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "engine/detection.h"
#include "engine/mismatch_state.h"
#include "engine/recompute.h"
#include "engine/text_util.h"

namespace sc::engine {

namespace {

template <class T>
std::string nameIn(const std::vector<T>& items, const std::string& id) {
    if (id.empty()) return "";
    const T* x = findById(items, id);
    return x ? labelOf(*x) : id;
}

double round4(double v) { return std::round(v * 10000.0) / 10000.0; }

Json strings(const std::vector<std::string>& v) {
    Json a = Json::array();
    for (const auto& s : v) a.push_back(s);
    return a;
}

Json orNull(const std::string& s) { return s.empty() ? Json(nullptr) : Json(s); }

Json optionsJson(const std::vector<FixOption>& options) {
    Json a = Json::array();
    for (const auto& o : options) a.push_back({{"kind", o.kind}, {"reason", o.reason}});
    return a;
}

Json mismatchJson(const ReportMismatch& r, const std::string& groupId) {
    const Mismatch& m = r.mismatch;
    Json j = Json::object();
    j["group"] = groupId;
    j["rank"] = r.rank == 0 ? Json(nullptr) : Json(r.rank);
    j["id"] = m.id;
    j["key"] = m.key;
    j["origin"] = m.origin;
    j["status"] = m.status;
    j["state"] = r.state;
    j["state_reason"] = r.stateReason;
    j["promise"] = orNull(m.promiseId);
    j["promise_name"] = r.promiseName;
    j["channel"] = orNull(m.channelId);
    j["channel_name"] = r.channelName;
    j["pair"] = orNull(m.pairId);
    j["pair_name"] = r.pairName;
    j["dimension"] = orNull(m.dimensionId);
    j["dimension_name"] = r.dimensionName;
    j["severity"] = m.severity;
    j["severity_basis"] = r.severityBasis;
    j["explanation"] = m.explanation;
    j["dismissed_reason"] = m.dismissedReason;
    j["diagnosis"] = r.diagnosis.kind;
    j["diagnosis_evidence"] = strings(r.diagnosis.evidence);
    j["decision"] = r.decisionId.empty() ? Json(nullptr)
                                         : Json{{"id", r.decisionId},
                                                {"kind", r.decisionKind},
                                                {"open_checklist_items", r.openChecklistItems}};
    j["options"] = optionsJson(r.options);
    j["priority_score"] = r.priority.score;
    Json comps = Json::array();
    for (const auto& c : r.priority.components)
        comps.push_back({{"name", c.name},
                         {"value", round4(c.value)},
                         {"weight", c.weight},
                         {"contribution", round4(c.contribution)},
                         {"source", c.source}});
    j["priority"] = {{"impact", round4(r.priority.impact)},
                     {"effort", r.priority.effort},
                     {"effort_divisor", round4(r.priority.effortDivisor)},
                     {"components", comps}};
    return j;
}

Json groupJson(const MismatchGroup& g, const std::vector<ReportMismatch>& mismatches) {
    Json facets = Json::array();
    for (std::size_t i : g.facets) {
        const ReportMismatch& r = mismatches[i];
        facets.push_back({{"mismatch", r.mismatch.id},
                          {"dimension", orNull(r.mismatch.dimensionId)},
                          {"dimension_name", r.dimensionName},
                          {"severity", r.mismatch.severity},
                          {"state", r.state},
                          {"explanation", r.mismatch.explanation}});
    }
    return {{"id", g.id},
            {"rank", g.rank == 0 ? Json(nullptr) : Json(g.rank)},
            {"state", g.state},
            {"promise", orNull(g.promiseId)},
            {"promise_name", g.promiseName},
            {"channel", orNull(g.channelId)},
            {"channel_name", g.channelName},
            {"pair", orNull(g.pairId)},
            {"pair_name", g.pairName},
            {"severity", g.severity},
            {"explanation", g.explanation},
            {"facets", facets},
            {"active_facets", g.activeFacets},
            {"diagnosis", g.diagnosis.kind},
            {"diagnosis_evidence", strings(g.diagnosis.evidence)},
            {"options", optionsJson(g.options)},
            {"priority_score", g.priority.score},
            {"decidable", strings(g.decidableIds)}};
}

Json symptomJson(const Symptom& s) {
    Json numbers = Json::object();
    for (const auto& [k, v] : s.numbers) numbers[k] = v;
    return {{"kind", s.kind},
            {"title", s.title},
            {"pairs", strings(s.pairIds)},
            {"stages", strings(s.stageIds)},
            {"partners", strings(s.partnerIds)},
            {"numbers", numbers},
            {"threshold", s.threshold},
            {"explanation", s.explanation}};
}

Json journeyJson(const PairJourney& j) {
    Json stages = Json::array();
    for (const auto& s : j.stages)
        stages.push_back({{"id", s.stageId},
                          {"label", s.label},
                          {"entered", s.entered},
                          {"converted", s.converted},
                          {"observed_bp", s.hasData ? Json(s.observedBp) : Json(nullptr)},
                          {"benchmark_bp", s.benchmarkBp},
                          {"shortfall_bp", s.shortfallBp}});
    return {{"pair", j.pairId},
            {"divergent_stage", orNull(j.divergentStageId)},
            {"why", j.why},
            {"stages", stages}};
}

Json readinessJson(const ReadinessReport& r) {
    Json warnings = Json::array();
    for (const auto& w : r.warnings)
        warnings.push_back({{"code", w.code}, {"message", w.message}, {"advice", w.advice}});
    return {{"ready", r.ready},
            {"customers", r.customers},
            {"customers_source", r.customersSource},
            {"warnings", warnings}};
}

Json experimentJson(const ExperimentVerdict& e) {
    Json j = {{"id", e.experimentId},
              {"status", e.status},
              {"status_reason", e.statusReason},
              {"days_elapsed", e.daysElapsed},
              {"leads", e.leads},
              {"verdict", e.verdict},
              {"summary", e.summary},
              {"warnings", strings(e.warnings)},
              {"message", e.message}};
    if (e.test.valid)
        j["test"] = {{"method", e.test.method},
                     {"control_rate", round4(e.test.controlRate)},
                     {"variant_rate", round4(e.test.variantRate)},
                     {"absolute_lift", round4(e.test.absoluteLift)},
                     {"p_value", round4(e.test.pValue)},
                     {"significant", e.test.significant}};
    else j["test"] = nullptr;
    return j;
}

Json verificationJson(const VerificationResult& v) {
    return {{"id", v.verificationId},
            {"status", v.status},
            {"message", v.message},
            {"days_elapsed", v.daysElapsed},
            {"days_required", v.daysRequired},
            {"baseline_conversion_bp", v.baselineConversionBp},
            {"after_conversion_bp", v.afterConversionBp}};
}

Json costJson(const TradeoffCost* c) {
    if (!c) return nullptr;
    Json refs = Json::array();
    for (const auto& id : c->referencePairIds) refs.push_back(id);
    return {{"basis", c->basis},
            {"reference_pairs", refs},
            {"conversion_bp", c->conversionBp < 0 ? Json(nullptr) : Json(c->conversionBp)},
            {"reference_conversion_bp", c->referenceConversionBp},
            {"lost_customers", c->lostCustomers},
            {"lost_revenue_minor", c->lostRevenueMinor},
            {"complaints", c->complaints},
            {"text", c->text}};
}

Json tradeoffJson(const TradeoffImpact& t, const TradeoffCost* cost) {
    return {{"cost", costJson(cost)},
            {"mismatch", t.mismatchId},
            {"decision", orNull(t.decisionId)},
            {"rationale", t.rationale},
            {"pairs", strings(t.pairIds)},
            {"leads", t.leads},
            {"customers", t.customers},
            {"revenue_minor", t.revenueMinor},
            {"complaints", t.complaints},
            {"conversion_bp", t.conversionBp < 0 ? Json(nullptr) : Json(t.conversionBp)},
            {"share_of_revenue_bp", t.shareOfRevenueBp},
            {"share_of_leads_bp", t.shareOfLeadsBp}};
}

// Seed 002: "Each of these symptoms points to a gap between what the marketing says and what
// the distribution delivers." A symptom on the pair is evidence in its diagnosis, and the
// diagnosis never says "no visible problem" beside it.
void addSymptoms(Diagnosis& d, const std::vector<Symptom>& symptoms) {
    if (d.pairId.empty()) return;
    bool any = false;
    for (const auto& s : symptoms)
        if (std::find(s.pairIds.begin(), s.pairIds.end(), d.pairId) != s.pairIds.end()) {
            d.evidence.push_back("symptom: " + s.title + " — " + s.explanation);
            any = true;
        }
    if (any && d.kind == "no_visible_problem") {
        d.kind = "undetermined";
        d.evidence.push_back(
            "a symptom is visible although conversion and audience look normal: the numbers do not tell "
            "message from distribution yet");
    }
}

// Issue 13.7: a mismatch that comes from a channel's own constraint (a cookie window, a minimum
// order, a packaging requirement: seed 002 "channels themselves have constraints ... they are
// often the root of misalignment") is evidence that the channel cannot carry the promise as it
// stands — whatever the pair's funnel says — and the diagnosis names that evidence.
void addConstraintEvidence(const Document& doc, const Mismatch& m, Diagnosis& d) {
    if (m.dimensionId.empty()) return;
    const Channel* channel = findById(doc.channels, m.channelId);
    if (!channel || channel->levels.count(m.dimensionId)) return;  // its own level, not a constraint
    for (const auto& c : channel->constraints) {
        if (c.dimensionId != m.dimensionId || !c.value) continue;
        d.evidence.push_back("evidence used: channel '" + labelOf(*channel) + "' constraint '" + labelOf(c) +
                             "' (" + formatNumber(*c.value) + (c.unit.empty() ? "" : " " + c.unit) +
                             ") is what contradicts the promise: the channel cannot carry it as it stands");
        const std::string before = d.kind;
        if (d.kind == "message") d.kind = "both";
        else if (d.kind != "both") d.kind = "distribution";
        if (d.kind != before)
            d.evidence.push_back("diagnosis " + diagnosisLabel(d.kind) + " (the pair's numbers alone said " +
                                 diagnosisLabel(before) + ")");
        return;
    }
}

std::vector<SystemicMisalignment> findSystemic(const Document& scored, const DetectionResult& det) {
    std::vector<SystemicMisalignment> out;
    for (const auto& p : scored.promises) {
        std::vector<std::string> compared, contradicting;
        for (const auto& c : det.comparisons)
            if (c.promiseId == p.id && !c.dimensionIds.empty() &&
                std::find(compared.begin(), compared.end(), c.channelId) == compared.end())
                compared.push_back(c.channelId);
        for (const auto& m : scored.mismatches)
            if (m.promiseId == p.id && isActiveStatus(m.status) &&
                std::find(compared.begin(), compared.end(), m.channelId) != compared.end() &&
                std::find(contradicting.begin(), contradicting.end(), m.channelId) == contradicting.end())
                contradicting.push_back(m.channelId);
        if (compared.size() < 2) continue;  // one channel is a channel problem, not a system
        const std::int64_t share = rateBp(static_cast<std::int64_t>(contradicting.size()),
                                          static_cast<std::int64_t>(compared.size()));
        if (share < kSystemicShareBp) continue;
        SystemicMisalignment s;
        s.promiseId = p.id;
        s.promiseName = labelOf(p);
        s.channelsCompared = static_cast<int>(compared.size());
        s.channelsContradicting = static_cast<int>(contradicting.size());
        s.shareBp = share;
        const std::string count =
            std::to_string(s.channelsContradicting) + " of " + std::to_string(s.channelsCompared);
        s.message = (contradicting.size() == compared.size()
                         ? "every channel (" + count + ")"
                         : "nearly every channel (" + count + ", " + formatBp(share) + ")") +
                    " contradicts promise '" + s.promiseName +
                    "': the misalignment is systemic; revisit the core marketing strategy (a full marketing "
                    "audit of the value proposition and the target segment) before fixing channels";
        out.push_back(std::move(s));
    }
    return out;
}

}  // namespace

ScoreReport buildScoreReport(const Document& input, const std::string& today) {
    Document doc = recomputeMismatches(input, today + "T00:00:00Z");
    DetectionResult det = detectMismatches(doc);
    ScoreReport r;
    r.title = doc.info.title;
    r.currency = doc.info.currency;
    r.today = today;
    r.index = computeAlignmentIndexAt(doc, today);
    const Document scored = withMismatchStates(doc, today);
    for (const char* s : {"critical", "high", "medium", "low"}) r.openBySeverity[s] = 0;
    // Key -> how detection reached the severity, looked up once per mismatch (scanning every
    // detection for every mismatch made a 1000-pair report quadratic). A later detection
    // with the same key wins, as the scan did.
    std::unordered_map<std::string, const std::string*> basisByKey;
    basisByKey.reserve(det.mismatches.size());
    for (const auto& d : det.mismatches) basisByKey[d.key] = &d.severityBasis;
    for (const auto& e : rankMismatches(scored)) {
        ReportMismatch rm;
        rm.mismatch = doc.mismatches[e.index];
        rm.rank = e.rank;
        const MismatchState st = mismatchState(doc, rm.mismatch, today);
        rm.state = st.state;
        rm.stateReason = st.reason;
        rm.active = isActiveStatus(rm.state);
        rm.priority = e.breakdown;
        rm.diagnosis = diagnoseMismatch(doc, rm.mismatch);
        rm.promiseName = nameIn(doc.promises, rm.mismatch.promiseId);
        rm.channelName = nameIn(doc.channels, rm.mismatch.channelId);
        rm.pairName = nameIn(doc.pairs, rm.mismatch.pairId);
        rm.dimensionName = nameIn(doc.dimensions, rm.mismatch.dimensionId);
        if (rm.mismatch.origin == "detected")
            if (auto it = basisByKey.find(rm.mismatch.key); it != basisByKey.end())
                rm.severityBasis = *it->second;
        for (const auto& dec : doc.decisions)
            if (dec.mismatchId == rm.mismatch.id) {
                rm.decisionId = dec.id;
                rm.decisionKind = dec.kind;
                rm.openChecklistItems = openItemCount(dec);
            }
        if (rm.active) ++r.openBySeverity[rm.mismatch.severity];
        r.mismatches.push_back(std::move(rm));
    }
    r.symptoms = findSymptoms(doc);
    r.diagnoses = diagnosePairs(doc);
    for (auto& d : r.diagnoses) addSymptoms(d, r.symptoms);
    for (auto& m : r.mismatches) {
        addSymptoms(m.diagnosis, r.symptoms);
        addConstraintEvidence(doc, m.mismatch, m.diagnosis);
        if (m.state == "open") m.options = fixOptions(m.mismatch, m.diagnosis);
    }
    r.groups = groupReportMismatches(doc, r.mismatches);
    r.journeys = analyseJourneys(doc);
    r.readiness = assessReadiness(doc);
    r.systemic = findSystemic(scored, det);
    if (!r.readiness.ready) {
        std::string why;
        for (const auto& w : r.readiness.warnings) why += (why.empty() ? "" : " ") + w.message;
        r.readinessCaveat = "not ready for this workflow yet — " + why +
                            " Read the ranking and the index as a first look, not a diagnosis.";
    }
    for (const auto& e : doc.experiments) r.experiments.push_back(evaluateExperiment(e, today));
    for (const auto& v : doc.verifications) r.verifications.push_back(evaluateVerification(doc, v, today));
    r.tradeoffs = tradeoffImpact(doc);
    r.tradeoffCosts = tradeoffCosts(doc);
    r.notes = det.notes;
    r.notes.insert(r.notes.end(), r.index.notes.begin(), r.index.notes.end());
    return r;
}

Json scoreReportToJson(const ScoreReport& r) {
    Json j = Json::object();
    j["report"] = "alignment_scorecard.score";
    j["report_version"] = 1;
    j["title"] = r.title;
    j["today"] = r.today;
    j["alignment_index"] = {{"value", r.index.hasValue ? Json(r.index.value) : Json(nullptr)},
                            {"formula", r.index.formula},
                            {"computation", r.index.computation},
                            {"comparisons", r.index.comparisons},
                            {"dimensions_compared", r.index.dimensionsCompared},
                            {"open_mismatches_counted", r.index.openMismatchesCounted},
                            {"contradictions_counted", r.index.contradictionsCounted},
                            {"verifying_mismatches", r.index.verifyingMismatches},
                            {"points_awaiting_verification", r.index.pointsAwaitingVerification},
                            {"verification_share", r.index.verificationShare},
                            {"caveat", orNull(r.readinessCaveat)}};
    Json systemic = Json::array();
    for (const auto& x : r.systemic)
        systemic.push_back({{"promise", x.promiseId},
                            {"promise_name", x.promiseName},
                            {"channels_compared", x.channelsCompared},
                            {"channels_contradicting", x.channelsContradicting},
                            {"share_bp", x.shareBp},
                            {"message", x.message}});
    j["systemic"] = systemic;
    j["readiness"] = readinessJson(r.readiness);
    int open = 0;
    Json bySeverity = Json::object();
    for (const char* s : {"critical", "high", "medium", "low"}) {
        bySeverity[s] = r.openBySeverity.count(s) ? r.openBySeverity.at(s) : 0;
        open += bySeverity[s].get<int>();
    }
    int openGroups = 0;
    for (const auto& g : r.groups) openGroups += g.active ? 1 : 0;
    j["summary"] = {{"mismatches", r.mismatches.size()},  {"groups", r.groups.size()},
                    {"open_groups", openGroups},          {"open", open},
                    {"open_by_severity", bySeverity},     {"symptoms", r.symptoms.size()},
                    {"caveat", orNull(r.readinessCaveat)}};
    std::vector<std::string> groupOf(r.mismatches.size());
    Json gs = Json::array();
    for (const auto& g : r.groups) {
        gs.push_back(groupJson(g, r.mismatches));
        for (std::size_t i : g.facets) groupOf[i] = g.id;
    }
    Json ms = Json::array();
    for (std::size_t i = 0; i < r.mismatches.size(); ++i)
        ms.push_back(mismatchJson(r.mismatches[i], groupOf[i]));
    j["mismatches"] = ms;
    j["groups"] = gs;
    Json ss = Json::array();
    for (const auto& s : r.symptoms) ss.push_back(symptomJson(s));
    j["symptoms"] = ss;
    Json ds = Json::array();
    for (const auto& d : r.diagnoses)
        ds.push_back(
            {{"pair", d.pairId},
             {"kind", d.kind},
             {"audience_share_bp", d.audienceShareBp},
             {"conversion_ratio_bp", d.conversionRatioBp < 0 ? Json(nullptr) : Json(d.conversionRatioBp)},
             {"evidence", strings(d.evidence)}});
    j["diagnosis"] = ds;
    Json js = Json::array();
    for (const auto& x : r.journeys) js.push_back(journeyJson(x));
    j["journey"] = js;
    Json ex = Json::array();
    for (const auto& e : r.experiments) ex.push_back(experimentJson(e));
    j["experiments"] = ex;
    Json vs = Json::array();
    for (const auto& v : r.verifications) vs.push_back(verificationJson(v));
    j["verifications"] = vs;
    Json ts = Json::array();
    for (std::size_t i = 0; i < r.tradeoffs.size(); ++i)
        ts.push_back(
            tradeoffJson(r.tradeoffs[i], i < r.tradeoffCosts.size() ? &r.tradeoffCosts[i] : nullptr));
    j["tradeoffs"] = ts;
    j["notes"] = strings(r.notes);
    return j;
}

}  // namespace sc::engine
