#include "partners/kpi_thresholds.h"

#include <limits>

namespace sc::partners {

const std::vector<std::string>& kpiIds() {
    static const std::vector<std::string> ids = {"message_consistency", "pricing_accuracy",
                                                 "reporting_compliance", "feedback_participation",
                                                 "escalation_frequency"};
    return ids;
}

const std::vector<std::string>& pulseQuestions() {
    static const std::vector<std::string> questions = {"autonomy", "mastery", "purpose", "satisfaction"};
    return questions;
}

namespace {

// Defaults when the metric dictionary has no entry: seed 000's KPIs at the levels a channel
// programme typically holds partners to, escalations lower-is-better ("within reason"), and
// pulse answers on a 1–5 scale where 4 ("agree") is green and 3 ("neutral") amber.
KpiThreshold defaultThreshold(const std::string& id) {
    if (id == "message_consistency") return {id, "Message consistency", "bp", true, 9000, 9000, 8000, false};
    if (id == "pricing_accuracy") return {id, "Pricing accuracy", "bp", true, 9500, 9500, 8500, false};
    if (id == "reporting_compliance")
        return {id, "Reporting compliance", "bp", true, 9000, 9000, 7000, false};
    if (id == "feedback_participation")
        return {id, "Feedback participation", "bp", true, 5000, 5000, 3000, false};
    if (id == "escalation_frequency") return {id, "Escalation frequency", "count", false, 1, 1, 3, false};
    std::string name = id.rfind("pulse_", 0) == 0 ? "Pulse: " + id.substr(6) : id;
    return {id, name, "score", true, 4, 4, 3, false};
}

}  // namespace

KpiThreshold thresholdFor(const Document& doc, const std::string& id) {
    KpiThreshold t = defaultThreshold(id);
    if (const MetricDefinition* m = findById(doc.metrics, id)) {
        if (!m->name.empty()) t.name = m->name;
        if (!m->unit.empty()) t.unit = m->unit;
        t.higherIsBetter = m->higherIsBetter;
        t.benchmark = m->benchmark;
        t.green = m->green;
        t.amber = m->amber;
        t.fromDictionary = true;
    }
    return t;
}

namespace {

// x × scale, saturating at the int64 range (a dictionary may hold any integer).
std::int64_t scaled(std::int64_t x, std::int64_t scale) {
    constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
    constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
    if (scale <= 1) return x;
    if (x > kMax / scale) return kMax;
    if (x < kMin / scale) return kMin;
    return x * scale;
}

}  // namespace

std::string ragOf(const KpiThreshold& t, std::int64_t value, std::int64_t scale) {
    const std::int64_t green = scaled(t.green, scale), amber = scaled(t.amber, scale);
    if (t.higherIsBetter) return value >= green ? "green" : value >= amber ? "amber" : "red";
    return value <= green ? "green" : value <= amber ? "amber" : "red";
}

}  // namespace sc::partners
