// One description per document type: its JSON keys, in file order, bound to its members.
// The reader, the canonical writer, the row-table layout and the schema all walk these, so a
// field is added in exactly one place. `V` is a visitor with
//   v.field(key, member, flags)   for scalars, lists, nested described types and LevelMap.
#pragma once

#include "model/document.h"

namespace sc {

enum FieldFlags : unsigned { kOptional = 0, kRequired = 1 };

template <class V, class E>
void describeEntityHead(V& v, E& x, unsigned nameFlags = kRequired) {
    v.field("id", x.id, kRequired);
    v.field("name", x.name, nameFlags);
}
template <class V, class E>
void describeEntityTail(V& v, E& x) {
    v.field("notes", x.notes, kOptional);
    v.field("created", x.created, kOptional);
    v.field("updated", x.updated, kOptional);
}

// ---- 1. Maps ----
template <class V>
void describe(V& v, DimensionLevel& x) {
    v.field("id", x.id, kRequired);
    v.field("name", x.name, kRequired);
}
template <class V>
void describe(V& v, Dimension& x) {
    describeEntityHead(v, x);
    v.field("kind", x.kind, kRequired);
    v.field("levels", x.levels, kOptional);
    v.field("unit", x.unit, kOptional);
    v.field("comparison", x.comparison, kOptional);
    v.field("tolerance", x.tolerance, kOptional);
    v.field("weight", x.weight, kOptional);
    v.field("built_in", x.builtIn, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, CustomerModel& x) {
    v.field("needs", x.needs, kOptional);
    v.field("motivations", x.motivations, kOptional);
    v.field("pain_points", x.painPoints, kOptional);
    v.field("customer_words", x.customerWords, kOptional);
}
template <class V>
void describe(V& v, Segment& x) {
    describeEntityHead(v, x);
    v.field("customer_model", x.customerModel, kOptional);
    v.field("customers", x.customers, kOptional);
    v.field("sales_cycle_days", x.salesCycleDays, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Touchpoint& x) {
    describeEntityHead(v, x);
    v.field("kind", x.kind, kOptional);
    v.field("owner", x.owner, kOptional);
    v.field("location", x.location, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Promise& x) {
    describeEntityHead(v, x);
    v.field("segment_id", x.segmentId, kRequired);
    v.field("text", x.text, kOptional);
    v.field("customer_action", x.customerAction, kOptional);
    v.field("levels", x.levels, kOptional);
    v.field("touchpoints", x.touchpoints, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, ChannelStep& x) {
    describeEntityHead(v, x);
    v.field("actor", x.actor, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, ChannelConstraint& x) {
    describeEntityHead(v, x);
    v.field("kind", x.kind, kOptional);
    v.field("dimension_id", x.dimensionId, kOptional);
    v.field("value", x.value, kOptional);
    v.field("unit", x.unit, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Channel& x) {
    describeEntityHead(v, x);
    v.field("kind", x.kind, kOptional);
    v.field("audience", x.audience, kOptional);
    v.field("free", x.free, kOptional);
    v.field("steps", x.steps, kOptional);
    v.field("rules", x.rules, kOptional);
    v.field("incentives", x.incentives, kOptional);
    v.field("constraints", x.constraints, kOptional);
    v.field("levels", x.levels, kOptional);
    v.field("touchpoints", x.touchpoints, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Product& x) {
    describeEntityHead(v, x);
    v.field("complexity", x.complexity, kOptional);
    v.field("expected_cycle_days", x.expectedCycleDays, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, FunnelStage& x) {
    describeEntityHead(v, x);
    v.field("journey_stage", x.journeyStage, kOptional);
    v.field("funnel_stage", x.funnelStage, kOptional);
    v.field("marketing_says", x.marketingSays, kOptional);
    v.field("channel_does", x.channelDoes, kOptional);
    v.field("entered", x.entered, kOptional);
    v.field("converted", x.converted, kOptional);
    v.field("benchmark_bp", x.benchmarkBp, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, ProductChannelPair& x) {
    describeEntityHead(v, x);
    v.field("product_id", x.productId, kRequired);
    v.field("channel_id", x.channelId, kRequired);
    v.field("segment_id", x.segmentId, kOptional);
    v.field("promise_ids", x.promiseIds, kOptional);
    v.field("visitors", x.visitors, kOptional);
    v.field("leads", x.leads, kOptional);
    v.field("customers", x.customers, kOptional);
    v.field("revenue_minor", x.revenueMinor, kOptional);
    v.field("complaints", x.complaints, kOptional);
    v.field("support_tickets", x.supportTickets, kOptional);
    v.field("sales_cycle_days", x.salesCycleDays, kOptional);
    v.field("target_audience_share_bp", x.targetAudienceShareBp, kOptional);
    v.field("funnel", x.funnel, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, MetricDefinition& x) {
    describeEntityHead(v, x);
    v.field("definition", x.definition, kOptional);
    v.field("unit", x.unit, kOptional);
    v.field("higher_is_better", x.higherIsBetter, kOptional);
    v.field("benchmark", x.benchmark, kOptional);
    v.field("green", x.green, kOptional);
    v.field("amber", x.amber, kOptional);
    v.field("cadence", x.cadence, kOptional);
    describeEntityTail(v, x);
}

// ---- 2. Mismatch workflow ----
template <class V>
void describe(V& v, Mismatch& x) {
    describeEntityHead(v, x);
    v.field("origin", x.origin, kOptional);
    v.field("key", x.key, kOptional);
    v.field("promise_id", x.promiseId, kOptional);
    v.field("channel_id", x.channelId, kOptional);
    v.field("pair_id", x.pairId, kOptional);
    v.field("dimension_id", x.dimensionId, kOptional);
    v.field("severity", x.severity, kOptional);
    v.field("explanation", x.explanation, kOptional);
    v.field("status", x.status, kOptional);
    v.field("dismissed_reason", x.dismissedReason, kOptional);
    v.field("confidence_bp", x.confidenceBp, kOptional);
    v.field("effort", x.effort, kOptional);
    v.field("leads_affected_bp", x.leadsAffectedBp, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, ChecklistItem& x) {
    v.field("id", x.id, kRequired);
    v.field("touchpoint_id", x.touchpointId, kOptional);
    v.field("side", x.side, kOptional);
    v.field("label", x.label, kOptional);
    v.field("done", x.done, kOptional);
    v.field("done_on", x.doneOn, kOptional);
}
template <class V>
void describe(V& v, Decision& x) {
    describeEntityHead(v, x);
    v.field("mismatch_id", x.mismatchId, kRequired);
    v.field("kind", x.kind, kRequired);
    v.field("rationale", x.rationale, kOptional);
    v.field("owner", x.owner, kOptional);
    v.field("decided_on", x.decidedOn, kOptional);
    v.field("implemented_on", x.implementedOn, kOptional);
    v.field("checklist", x.checklist, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Experiment& x) {
    describeEntityHead(v, x);
    v.field("decision_id", x.decisionId, kOptional);
    v.field("mismatch_id", x.mismatchId, kOptional);
    v.field("hypothesis", x.hypothesis, kOptional);
    v.field("started_on", x.startedOn, kOptional);
    v.field("ended_on", x.endedOn, kOptional);
    v.field("control_visitors", x.controlVisitors, kOptional);
    v.field("control_conversions", x.controlConversions, kOptional);
    v.field("variant_visitors", x.variantVisitors, kOptional);
    v.field("variant_conversions", x.variantConversions, kOptional);
    v.field("max_days", x.maxDays, kOptional);
    v.field("max_leads", x.maxLeads, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Verification& x) {
    describeEntityHead(v, x);
    v.field("decision_id", x.decisionId, kOptional);
    v.field("pair_id", x.pairId, kOptional);
    v.field("started_on", x.startedOn, kOptional);
    v.field("cycle_days", x.cycleDays, kOptional);
    v.field("cycles_required", x.cyclesRequired, kOptional);
    v.field("baseline_conversion_bp", x.baselineConversionBp, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, PriorityModel& x) {
    v.field("leads_weight", x.leadsWeight, kOptional);
    v.field("revenue_weight", x.revenueWeight, kOptional);
    v.field("severity_weight", x.severityWeight, kOptional);
    v.field("complaints_weight", x.complaintsWeight, kOptional);
    v.field("confidence_weight", x.confidenceWeight, kOptional);
    v.field("effort_weight", x.effortWeight, kOptional);
}
template <class V>
void describe(V& v, Readiness& x) {
    v.field("customers", x.customers, kOptional);
    v.field("pre_revenue", x.preRevenue, kOptional);
    v.field("crisis", x.crisis, kOptional);
    v.field("crisis_note", x.crisisNote, kOptional);
}

// ---- 3. Partners ----
template <class V>
void describe(V& v, Contact& x) {
    v.field("name", x.name, kRequired);
    v.field("role", x.role, kOptional);
    v.field("email", x.email, kOptional);
}
template <class V>
void describe(V& v, Partner& x) {
    describeEntityHead(v, x);
    v.field("tier", x.tier, kOptional);
    v.field("territory_id", x.territoryId, kOptional);
    v.field("channel_id", x.channelId, kOptional);
    v.field("approved_segment_ids", x.approvedSegmentIds, kOptional);
    v.field("approved_channel_ids", x.approvedChannelIds, kOptional);
    v.field("contacts", x.contacts, kOptional);
    v.field("goals", x.goals, kOptional);
    v.field("roles", x.roles, kOptional);
    v.field("escalation_path", x.escalationPath, kOptional);
    v.field("joined_on", x.joinedOn, kOptional);
    v.field("status", x.status, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Claim& x) {
    describeEntityHead(v, x);
    v.field("text", x.text, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, PhraseRule& x) {
    describeEntityHead(v, x);
    v.field("category", x.category, kOptional);
    v.field("phrases", x.phrases, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, PriceBookEntry& x) {
    describeEntityHead(v, x);
    v.field("sku", x.sku, kRequired);
    v.field("list_price_minor", x.listPriceMinor, kOptional);
    v.field("floor_price_minor", x.floorPriceMinor, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, DiscountBand& x) {
    describeEntityHead(v, x);
    v.field("tier", x.tier, kOptional);
    v.field("max_discount_bp", x.maxDiscountBp, kOptional);
    v.field("approval_above_bp", x.approvalAboveBp, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, BundlingRule& x) {
    describeEntityHead(v, x);
    v.field("skus", x.skus, kOptional);
    v.field("allowed", x.allowed, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Territory& x) {
    describeEntityHead(v, x);
    v.field("regions", x.regions, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, RoutingRule& x) {
    describeEntityHead(v, x);
    v.field("territory_id", x.territoryId, kOptional);
    v.field("segment_id", x.segmentId, kOptional);
    v.field("partner_id", x.partnerId, kOptional);
    v.field("priority", x.priority, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, RulesOfEngagement& x) {
    v.field("approved_claims", x.approvedClaims, kOptional);
    v.field("forbidden_rules", x.forbiddenRules, kOptional);
    v.field("price_book", x.priceBook, kOptional);
    v.field("discount_bands", x.discountBands, kOptional);
    v.field("bundling_rules", x.bundlingRules, kOptional);
    v.field("territories", x.territories, kOptional);
    v.field("routing_rules", x.routingRules, kOptional);
}
template <class V>
void describe(V& v, MaterialVersion& x) {
    v.field("version", x.version, kRequired);
    v.field("updated_on", x.updatedOn, kOptional);
    v.field("summary", x.summary, kOptional);
}
template <class V>
void describe(V& v, Acknowledgement& x) {
    v.field("partner_id", x.partnerId, kRequired);
    v.field("version", x.version, kRequired);
    v.field("acknowledged_on", x.acknowledgedOn, kOptional);
}
template <class V>
void describe(V& v, Material& x) {
    describeEntityHead(v, x);
    v.field("kind", x.kind, kOptional);
    v.field("owner", x.owner, kOptional);
    v.field("status", x.status, kOptional);
    v.field("versions", x.versions, kOptional);
    v.field("acknowledgements", x.acknowledgements, kOptional);
    v.field("audience_partner_ids", x.audiencePartnerIds, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, CadenceItem& x) {
    describeEntityHead(v, x);
    v.field("kind", x.kind, kOptional);
    v.field("partner_id", x.partnerId, kOptional);
    v.field("last_held_on", x.lastHeldOn, kOptional);
    v.field("next_due_on", x.nextDueOn, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, FeedbackItem& x) {
    describeEntityHead(v, x);
    v.field("partner_id", x.partnerId, kOptional);
    v.field("kind", x.kind, kOptional);
    v.field("status", x.status, kOptional);
    v.field("received_on", x.receivedOn, kOptional);
    v.field("closed_on", x.closedOn, kOptional);
    v.field("change_led_to", x.changeLedTo, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Incident& x) {
    describeEntityHead(v, x);
    v.field("partner_id", x.partnerId, kOptional);
    v.field("occurred_on", x.occurredOn, kOptional);
    v.field("description", x.description, kOptional);
    v.field("diagnosis", x.diagnosis, kOptional);
    v.field("response", x.response, kOptional);
    v.field("resolved_on", x.resolvedOn, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, PostMortem& x) {
    describeEntityHead(v, x);
    v.field("deal_id", x.dealId, kOptional);
    v.field("partner_id", x.partnerId, kOptional);
    v.field("outcome", x.outcome, kOptional);
    v.field("held_on", x.heldOn, kOptional);
    v.field("reasons", x.reasons, kOptional);
    v.field("lessons", x.lessons, kOptional);
    describeEntityTail(v, x);
}

// ---- Large tables: every column, in this order, is one position of a row ----
template <class V>
void describe(V& v, Deal& x) {
    describeEntityHead(v, x, kOptional);
    v.field("partner_id", x.partnerId, kRequired);
    v.field("account", x.account, kOptional);
    v.field("sku", x.sku, kOptional);
    v.field("territory_id", x.territoryId, kOptional);
    v.field("quantity", x.quantity, kOptional);
    v.field("list_price_minor", x.listPriceMinor, kOptional);
    v.field("quoted_price_minor", x.quotedPriceMinor, kOptional);
    v.field("discount_bp", x.discountBp, kOptional);
    v.field("approved", x.approved, kOptional);
    v.field("outcome", x.outcome, kOptional);
    v.field("closed_on", x.closedOn, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, DealRegistration& x) {
    describeEntityHead(v, x, kOptional);
    v.field("partner_id", x.partnerId, kRequired);
    v.field("account", x.account, kOptional);
    v.field("territory_id", x.territoryId, kOptional);
    v.field("registered_on", x.registeredOn, kOptional);
    v.field("status", x.status, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, ReportSubmission& x) {
    describeEntityHead(v, x, kOptional);
    v.field("partner_id", x.partnerId, kRequired);
    v.field("period", x.period, kOptional);
    v.field("due_on", x.dueOn, kOptional);
    v.field("submitted_on", x.submittedOn, kOptional);
    v.field("format_ok", x.formatOk, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, KpiRecord& x) {
    describeEntityHead(v, x, kOptional);
    v.field("partner_id", x.partnerId, kRequired);
    v.field("period", x.period, kRequired);
    v.field("kpi", x.kpi, kRequired);
    v.field("value", x.value, kOptional);
    v.field("source", x.source, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, PulseAnswer& x) {
    describeEntityHead(v, x, kOptional);
    v.field("partner_id", x.partnerId, kRequired);
    v.field("period", x.period, kRequired);
    v.field("respondent", x.respondent, kOptional);
    v.field("question", x.question, kRequired);
    v.field("score", x.score, kOptional);
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, PairObservation& x) {
    describeEntityHead(v, x, kOptional);
    v.field("pair_id", x.pairId, kRequired);
    v.field("period_start", x.periodStart, kRequired);
    v.field("visitors", x.visitors, kOptional);
    v.field("leads", x.leads, kOptional);
    v.field("conversions", x.conversions, kOptional);
    v.field("revenue_minor", x.revenueMinor, kOptional);
    v.field("complaints", x.complaints, kOptional);
    describeEntityTail(v, x);
}

// ---- The document itself ----
template <class V>
void describe(V& v, DocumentInfo& x) {
    v.field("title", x.title, kRequired);
    v.field("organisation", x.organisation, kOptional);
    v.field("currency", x.currency, kOptional);
    v.field("created", x.created, kOptional);
    v.field("updated", x.updated, kOptional);
    v.field("notes", x.notes, kOptional);
}

// Top-level keys. Tables marked with v.table(...) are written in the row layout.
template <class V>
void describe(V& v, Document& d) {
    v.field("info", d.info, kRequired);
    v.field("dimensions", d.dimensions, kOptional);
    v.field("segments", d.segments, kOptional);
    v.field("promises", d.promises, kOptional);
    v.field("channels", d.channels, kOptional);
    v.field("products", d.products, kOptional);
    v.field("pairs", d.pairs, kOptional);
    v.field("metrics", d.metrics, kOptional);
    v.field("mismatches", d.mismatches, kOptional);
    v.field("decisions", d.decisions, kOptional);
    v.field("experiments", d.experiments, kOptional);
    v.field("verifications", d.verifications, kOptional);
    v.field("priority_model", d.priorityModel, kOptional);
    v.field("readiness", d.readiness, kOptional);
    v.field("partners", d.partners, kOptional);
    v.field("rules_of_engagement", d.rules, kOptional);
    v.field("materials", d.materials, kOptional);
    v.field("cadence", d.cadence, kOptional);
    v.field("feedback", d.feedback, kOptional);
    v.field("incidents", d.incidents, kOptional);
    v.field("post_mortems", d.postMortems, kOptional);
    v.table("deals", d.deals);
    v.table("deal_registrations", d.dealRegistrations);
    v.table("report_submissions", d.reportSubmissions);
    v.table("kpi_records", d.kpiRecords);
    v.table("pulse_answers", d.pulseAnswers);
    v.table("pair_observations", d.pairObservations);
}

}  // namespace sc
