#include "partners/json_values.h"
#include "partners/report_output.h"

namespace sc::partners {

namespace {

Json centiJson(const std::optional<std::int64_t>& centi) {
    return centi ? Json(static_cast<double>(*centi) / 100.0) : Json(nullptr);
}

Json thresholdJson(const KpiThreshold& t) {
    return {{"id", t.id},
            {"name", t.name},
            {"unit", t.unit},
            {"higher_is_better", t.higherIsBetter},
            {"benchmark", t.benchmark},
            {"green", t.green},
            {"amber", t.amber},
            {"from", t.fromDictionary ? "metric_dictionary" : "default"}};
}

Json kpiJson(const KpiCell& c) {
    Json series = Json::array();
    for (const auto& [period, value] : c.series) series.push_back({{"period", period}, {"value", value}});
    return {
        {"value", optionalJson(c.value)},
        {"source", c.source.empty() ? Json(nullptr) : Json(c.source)},
        {"recorded", optionalJson(c.recorded)},
        {"rag", c.rag},
        {"trend", c.trend},
        {"previous", c.previous ? Json{{"period", c.previousPeriod}, {"value", *c.previous}} : Json(nullptr)},
        {"detail", c.detail},
        {"series", series}};
}

Json pulseJson(const PulseCell& c) {
    return {{"average", centiJson(c.averageCenti)},
            {"answers", c.answers},
            {"rag", c.rag},
            {"trend", c.trend},
            {"previous", c.previousCenti
                             ? Json{{"period", c.previousPeriod}, {"average", *c.previousCenti / 100.0}}
                             : Json(nullptr)}};
}

Json pricingJson(const PricingAudit& a) {
    Json violations = Json::array();
    for (const auto& v : a.violations)
        violations.push_back({{"deal_id", v.dealId}, {"account", v.account}, {"reasons", v.reasons}});
    Json notChecked = Json::array();
    for (const auto& n : a.notChecked)
        notChecked.push_back(
            {{"check", n.check}, {"reason", n.reason}, {"deal_ids", n.dealIds}, {"text", n.text}});
    return {
        {"deals", a.deals},         {"accurate", a.accurate},    {"accuracy_bp", optionalJson(a.accuracyBp)},
        {"violations", violations}, {"not_judged", a.notJudged}, {"not_checked", notChecked}};
}

Json reportingJson(const ReportingAudit& a) {
    Json problems = Json::array();
    for (const auto& p : a.problems)
        problems.push_back({{"report_id", p.reportId}, {"kind", p.kind}, {"reason", p.reason}});
    return {{"reports", a.reports},
            {"compliant", a.compliant},
            {"compliance_bp", optionalJson(a.complianceBp)},
            {"problems", problems}};
}

Json notesJson(const std::vector<PartnerNote>& notes) {
    Json out = Json::array();
    for (const auto& n : notes)
        out.push_back({{"partner_id", n.partnerId}, {"topic", n.topic}, {"text", n.text}});
    return out;
}

}  // namespace

Json partnerKpiReportToJson(const PartnerKpiReport& report) {
    Json thresholds = Json::array();
    for (const auto& t : report.thresholds) thresholds.push_back(thresholdJson(t));
    Json partners = Json::array();
    for (const auto& row : report.partners) {
        Json kpis = Json::object();
        for (const auto& c : row.kpis) kpis[c.kpi] = kpiJson(c);
        Json pulse = Json::object();
        for (const auto& c : row.pulse) pulse[c.question] = pulseJson(c);
        partners.push_back({{"id", row.partnerId},
                            {"name", row.name},
                            {"tier", row.tier},
                            {"status", row.status},
                            {"kpis", kpis},
                            {"pulse", pulse},
                            {"tier_recommendation",
                             {{"current", row.tierAdvice.current},
                              {"recommended", row.tierAdvice.recommended},
                              {"action", row.tierAdvice.action},
                              {"reason", row.tierAdvice.reason}}},
                            {"pricing", pricingJson(row.pricing)},
                            {"reporting", reportingJson(row.reporting)}});
    }
    Json conflicts = Json::array();
    for (const auto& c : report.conflicts)
        conflicts.push_back({{"kind", c.kind},
                             {"account", c.account},
                             {"registration_ids", c.registrationIds},
                             {"partner_ids", c.partnerIds},
                             {"resolved", c.resolved},
                             {"reason", c.reason}});
    return {{"period", report.period.empty() ? Json(nullptr) : Json(report.period)},
            {"current_period", report.currentPeriod.empty() ? Json(nullptr) : Json(report.currentPeriod)},
            {"thresholds", thresholds},
            {"partners", partners},
            {"conflicts", conflicts},
            {"correct_privately", notesJson(report.correctPrivately)},
            {"acknowledge_publicly", notesJson(report.acknowledgePublicly)},
            {"relationships_at_risk", notesJson(report.relationshipsAtRisk)}};
}

Json messageAuditToJson(const MessageAudit& audit, const std::string& partnerId) {
    Json sentences = Json::array();
    for (const auto& s : audit.sentences)
        sentences.push_back({{"offset", s.offset},
                             {"length", s.length},
                             {"line", s.line},
                             {"text", s.text},
                             {"verdict", s.verdict},
                             {"claim_id", s.claimId.empty() ? Json(nullptr) : Json(s.claimId)}});
    Json flags = Json::array();
    for (const auto& f : audit.flags)
        flags.push_back({{"offset", f.offset},
                         {"length", f.length},
                         {"line", f.line},
                         {"column", f.column},
                         {"text", f.text},
                         {"rule_id", f.ruleId},
                         {"rule_name", f.ruleName},
                         {"category", f.category},
                         {"phrase", f.phrase},
                         {"sentence", f.sentence}});
    return {{"partner_id", partnerId},
            {"score_bp", optionalJson(audit.scoreBp)},
            {"sentences_total", audit.sentences.size()},
            {"approved", audit.approved},
            {"neutral", audit.neutral},
            {"violating", audit.violating},
            {"flags", flags},
            {"sentences", sentences}};
}

}  // namespace sc::partners
