// Rule family: enumerations. A status or kind outside its list is a warning naming the allowed
// values: the file may come from a newer version that knows more values, so it still loads
// and the value is kept, but this version treats it as unknown.
#include <initializer_list>

#include "validation/rule_context.h"

namespace sc::rules {
namespace {

using Allowed = std::initializer_list<const char*>;

void oneOf(FindingSink& sink, const std::string& pointer, const std::string& owner, const std::string& what,
           const std::string& value, Allowed allowed, bool emptyOk = true) {
    if (value.empty() && emptyOk) return;
    std::string list;
    for (const char* a : allowed) {
        if (value == a) return;
        if (!list.empty()) list += ", ";
        list += a;
    }
    sink.warning(pointer, owner + " has the " + what + " " + quote(value) +
                              ", which this version does not know; use one of: " + list);
}

template <class T, class F>
void each(const std::vector<T>& items, const char* base, const char* kind, FindingSink&, F&& check) {
    forEach(items, base,
            [&](const T& x, const std::string& p, std::size_t i) { check(x, p, nameOf(kind, x, i)); });
}

// Rows: checked without building strings unless the value is unknown.
template <class T, class Get>
void rowOneOf(const std::vector<T>& rows, const char* table, const char* kind, const char* column,
              const char* what, Get get, Allowed allowed, FindingSink& sink) {
    for (std::size_t i = 0; i < rows.size(); ++i) {
        const std::string& v = get(rows[i]);
        bool known = v.empty();
        for (const char* a : allowed) known = known || v == a;
        if (!known) oneOf(sink, tableCell(table, i, column), rowName(kind, rows[i], i), what, v, allowed);
    }
}

const Allowed kSeverities = {"low", "medium", "high", "critical"};
const Allowed kMismatchStatus = {"open", "dismissed", "accepted", "fixing", "fixed", "verified"};
const Allowed kDecisionKinds = {"change_message", "adjust_channel", "both", "stop_channel",
                                "accept_tradeoff"};
const Allowed kKpis = {"message_consistency", "pricing_accuracy", "reporting_compliance",
                       "feedback_participation", "escalation_frequency"};

}  // namespace

void checkEnums(const Document& doc, FindingSink& sink) {
    each(doc.dimensions, "/dimensions", "dimension", sink,
         [&](const Dimension& x, const std::string& p, const std::string& o) {
             oneOf(sink, p + "/kind", o, "kind", x.kind, {"ordered", "numeric"}, false);
             if (x.kind == "numeric")
                 oneOf(sink, p + "/comparison", o, "comparison", x.comparison,
                       {"channel_at_least", "channel_at_most", "equal"});
         });
    each(doc.channels, "/channels", "channel", sink,
         [&](const Channel& x, const std::string& p, const std::string& o) {
             forEach(x.steps, p + "/steps", [&](const ChannelStep& s, const std::string& sp, std::size_t si) {
                 oneOf(sink, sp + "/actor", nameOf("step", s, si) + " of " + o, "actor", s.actor,
                       {"customer", "channel", "vendor"});
             });
         });
    each(doc.products, "/products", "product", sink,
         [&](const Product& x, const std::string& p, const std::string& o) {
             oneOf(sink, p + "/complexity", o, "complexity", x.complexity, {"simple", "moderate", "complex"});
         });
    each(doc.metrics, "/metrics", "metric", sink,
         [&](const MetricDefinition& x, const std::string& p, const std::string& o) {
             oneOf(sink, p + "/unit", o, "unit", x.unit, {"bp", "count", "minor_units", "days", "score"});
             oneOf(sink, p + "/cadence", o, "cadence", x.cadence, {"weekly", "monthly", "quarterly"});
         });
    each(doc.mismatches, "/mismatches", "mismatch", sink,
         [&](const Mismatch& x, const std::string& p, const std::string& o) {
             oneOf(sink, p + "/origin", o, "origin", x.origin, {"detected", "manual"});
             oneOf(sink, p + "/severity", o, "severity", x.severity, kSeverities);
             oneOf(sink, p + "/status", o, "status", x.status, kMismatchStatus);
         });
    each(doc.decisions, "/decisions", "decision", sink,
         [&](const Decision& x, const std::string& p, const std::string& o) {
             oneOf(sink, p + "/kind", o, "kind", x.kind, kDecisionKinds, false);
             forEach(x.checklist, p + "/checklist",
                     [&](const ChecklistItem& c, const std::string& cp, std::size_t ci) {
                         oneOf(sink, cp + "/side", "checklist item #" + std::to_string(ci + 1) + " of " + o,
                               "side", c.side, {"promise", "channel"});
                     });
         });
    each(doc.partners, "/partners", "partner", sink,
         [&](const Partner& x, const std::string& p, const std::string& o) {
             oneOf(sink, p + "/status", o, "status", x.status, {"active", "paused", "ended"});
         });
    each(doc.rules.forbiddenRules, "/rules_of_engagement/forbidden_rules", "forbidden-claim rule", sink,
         [&](const PhraseRule& x, const std::string& p, const std::string& o) {
             oneOf(sink, p + "/category", o, "category", x.category,
                   {"earnings", "guarantee", "competitor", "custom"});
         });
    each(doc.materials, "/materials", "material", sink,
         [&](const Material& x, const std::string& p, const std::string& o) {
             oneOf(sink, p + "/kind", o, "kind", x.kind,
                   {"pitch_deck", "price_sheet", "objection_script", "compliance_guideline", "other"});
             oneOf(sink, p + "/status", o, "status", x.status, {"current", "archived"});
         });
    each(doc.cadence, "/cadence", "cadence item", sink,
         [&](const CadenceItem& x, const std::string& p, const std::string& o) {
             oneOf(sink, p + "/kind", o, "kind", x.kind, {"weekly", "monthly", "quarterly"});
         });
    each(doc.feedback, "/feedback", "feedback item", sink,
         [&](const FeedbackItem& x, const std::string& p, const std::string& o) {
             oneOf(sink, p + "/kind", o, "kind", x.kind,
                   {"objection", "competitor_move", "product_gap", "process_friction"});
             oneOf(sink, p + "/status", o, "status", x.status,
                   {"new", "acknowledged", "in_progress", "changed", "declined"});
         });
    each(doc.incidents, "/incidents", "incident", sink,
         [&](const Incident& x, const std::string& p, const std::string& o) {
             oneOf(sink, p + "/diagnosis", o, "diagnosis", x.diagnosis,
                   {"never_received", "ambiguous_guideline", "customer_pressure", "misunderstood_compliance",
                    "undiagnosed"});
             oneOf(sink, p + "/response", o, "response", x.response,
                   {"resend", "training", "clarify_guideline", "enforcement"});
         });
    each(doc.postMortems, "/post_mortems", "post-mortem", sink,
         [&](const PostMortem& x, const std::string& p, const std::string& o) {
             oneOf(sink, p + "/outcome", o, "outcome", x.outcome, {"won", "lost"});
         });
    rowOneOf(
        doc.deals, "deals", "deal", "outcome", "outcome",
        [](const Deal& x) -> const std::string& { return x.outcome; }, {"open", "won", "lost"}, sink);
    rowOneOf(
        doc.dealRegistrations, "deal_registrations", "deal registration", "status", "status",
        [](const DealRegistration& x) -> const std::string& { return x.status; },
        {"pending", "approved", "rejected"}, sink);
    rowOneOf(
        doc.kpiRecords, "kpi_records", "KPI record", "kpi", "KPI",
        [](const KpiRecord& x) -> const std::string& { return x.kpi; }, kKpis, sink);
    rowOneOf(
        doc.kpiRecords, "kpi_records", "KPI record", "source", "source",
        [](const KpiRecord& x) -> const std::string& { return x.source; }, {"manual", "computed"}, sink);
    rowOneOf(
        doc.pulseAnswers, "pulse_answers", "pulse answer", "question", "question",
        [](const PulseAnswer& x) -> const std::string& { return x.question; },
        {"autonomy", "mastery", "purpose", "satisfaction"}, sink);
}

}  // namespace sc::rules
