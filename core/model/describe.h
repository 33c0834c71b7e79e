// One description per document type: its JSON keys, in file order, bound to its members, each
// with what it means (model/fields.h: label, kind, vocabulary, reference target). The reader,
// the canonical writer, the row-table layout, the schema test, validation, merge, the edits and
// the app's editors all walk these, so a field is added in exactly one place. `V` is a visitor:
//   v.field(key, member, info)   scalars, lists, nested described types and LevelMap
//   v.table(key, rows, info)     a list written in the row layout (Document only)
#pragma once

#include "model/document.h"
#include "model/fields.h"

namespace sc {

template <class V, class E>
void describeEntityHead(V& v, E& x, unsigned nameFlags = kRequired) {
    v.field("id", x.id, field::id());
    v.field("name", x.name, nameFlags == kRequired ? field::text("Name").need() : field::text("Name"));
}
template <class V, class E>
void describeEntityTail(V& v, E& x) {
    v.field("notes", x.notes, field::longText("Notes"));
    v.field("created", x.created, field::timestamp("Created"));
    v.field("updated", x.updated, field::timestamp("Updated"));
}

// ---- 1. Maps ----
template <class V>
void describe(V& v, DimensionLevel& x) {
    v.field("id", x.id, field::id());
    v.field("name", x.name, field::text("Name").need());
}
template <class V>
void describe(V& v, Dimension& x) {
    describeEntityHead(v, x);
    v.field("kind", x.kind, field::oneOf("Kind", vocab::kDimensionKind).need());
    v.field("levels", x.levels, field::list("Levels").when("kind", "ordered"));
    v.field(
        "direction", x.direction,
        field::oneOf("Direction", vocab::kDirection)
            .when("kind", "ordered")
            .withHelp(
                "Which way the channel may differ without a mismatch; empty: the built-in's, else match"));
    v.field("unit", x.unit, field::text("Unit").when("kind", "numeric"));
    v.field("comparison", x.comparison,
            field::oneOf("Comparison", vocab::kComparison).when("kind", "numeric"));
    v.field(
        "tolerance", x.tolerance,
        field::decimal("Tolerance").withHelp("Ordered: steps allowed apart; numeric: units allowed apart"));
    v.field("weight", x.weight,
            field::integer("Weight", "%").withHelp("Importance in percent, used in severity and priority"));
    v.field("built_in", x.builtIn, field::yesNo("Built in"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, CustomerModel& x) {
    v.field("needs", x.needs, field::textList("Needs"));
    v.field("motivations", x.motivations, field::textList("Motivations"));
    v.field("pain_points", x.painPoints, field::textList("Pain points"));
    v.field("customer_words", x.customerWords, field::textList("Customers' own words"));
}
template <class V>
void describe(V& v, Segment& x) {
    describeEntityHead(v, x);
    v.field("customer_model", x.customerModel, field::object("Customer model"));
    v.field("customers", x.customers,
            field::integer("Customers", "customers").withHelp("Paying customers in this segment today"));
    v.field("sales_cycle_days", x.salesCycleDays, field::integer("Sales cycle", "days"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Touchpoint& x) {
    describeEntityHead(v, x);
    v.field("kind", x.kind, field::oneOf("Kind", vocab::kTouchpointKind));
    v.field("owner", x.owner, field::text("Owner"));
    v.field("location", x.location, field::text("Location").withHelp("A URL or where to find it"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Promise& x) {
    describeEntityHead(v, x);
    v.field("segment_id", x.segmentId, field::ref("Segment", "segment").need());
    v.field("text", x.text, field::longText("Core promise"));
    v.field("customer_action", x.customerAction,
            field::text("Customer action")
                .withHelp("What the promise asks the customer to do: \"Sign up free, no card\""));
    v.field("levels", x.levels, field::levels("Levels"));
    v.field("touchpoints", x.touchpoints, field::list("Touchpoints"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, ChannelStep& x) {
    describeEntityHead(v, x);
    v.field("actor", x.actor, field::oneOf("Actor", vocab::kStepActor));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, ChannelConstraint& x) {
    describeEntityHead(v, x);
    v.field("kind", x.kind, field::oneOf("Kind", vocab::kConstraintKind));
    v.field("dimension_id", x.dimensionId, field::ref("Dimension", "dimension"));
    v.field("value", x.value, field::decimal("Value"));
    v.field("unit", x.unit, field::text("Unit"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Channel& x) {
    describeEntityHead(v, x);
    v.field("kind", x.kind, field::oneOf("Kind", vocab::kChannelKind));
    v.field("audience", x.audience, field::text("Audience"));
    v.field("free", x.free, field::yesNo("Free to use"));
    v.field("steps", x.steps, field::list("Steps"));
    v.field("rules", x.rules, field::textList("Rules"));
    v.field("incentives", x.incentives, field::textList("Incentives"));
    v.field("constraints", x.constraints, field::list("Constraints"));
    v.field("levels", x.levels, field::levels("Levels"));
    v.field("touchpoints", x.touchpoints, field::list("Touchpoints"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Product& x) {
    describeEntityHead(v, x);
    v.field("complexity", x.complexity, field::oneOf("Complexity", vocab::kComplexity));
    v.field("expected_cycle_days", x.expectedCycleDays, field::integer("Expected sales cycle", "days"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, FunnelStage& x) {
    describeEntityHead(v, x);
    v.field("journey_stage", x.journeyStage, field::oneOf("Journey stage", vocab::kJourneyStage));
    v.field("funnel_stage", x.funnelStage, field::oneOf("Funnel stage", vocab::kFunnelStage));
    v.field("marketing_says", x.marketingSays, field::longText("Marketing says"));
    v.field("channel_does", x.channelDoes, field::longText("Channel does"));
    v.field("entered", x.entered, field::integer("Entered", "people"));
    v.field("converted", x.converted, field::integer("Converted", "people"));
    v.field("benchmark_bp", x.benchmarkBp, field::bp("Benchmark conversion"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, ProductChannelPair& x) {
    describeEntityHead(v, x);
    v.field("product_id", x.productId, field::ref("Product", "product").need());
    v.field("channel_id", x.channelId, field::ref("Channel", "channel").need());
    v.field("segment_id", x.segmentId, field::ref("Segment", "segment"));
    v.field("promise_ids", x.promiseIds, field::refs("Promises", "promise"));
    v.field("visitors", x.visitors, field::integer("Visitors", "visitors"));
    v.field("leads", x.leads, field::integer("Leads", "leads"));
    v.field("customers", x.customers, field::integer("Customers", "customers"));
    v.field("revenue_minor", x.revenueMinor, field::money("Revenue"));
    v.field("complaints", x.complaints, field::integer("Complaints", "complaints"));
    v.field("support_tickets", x.supportTickets, field::integer("Support tickets", "tickets"));
    v.field("sales_cycle_days", x.salesCycleDays, field::integer("Sales cycle", "days"));
    v.field(
        "target_audience_share_bp", x.targetAudienceShareBp,
        field::bp("Target audience share").withHelp("Share of the people reached who are in the segment"));
    v.field("funnel", x.funnel, field::list("Funnel"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, MetricDefinition& x) {
    describeEntityHead(v, x);
    v.field("definition", x.definition, field::longText("Definition"));
    v.field("unit", x.unit, field::oneOf("Unit", vocab::kMetricUnit));
    v.field("higher_is_better", x.higherIsBetter, field::yesNo("Higher is better"));
    v.field("benchmark", x.benchmark, field::integer("Benchmark"));
    v.field("green", x.green, field::integer("Green from"));
    v.field("amber", x.amber, field::integer("Amber from"));
    v.field("cadence", x.cadence, field::oneOf("Cadence", vocab::kCadence));
    describeEntityTail(v, x);
}

// ---- 2. Mismatch workflow ----
template <class V>
void describe(V& v, Mismatch& x) {
    describeEntityHead(v, x);
    v.field("origin", x.origin, field::oneOf("Origin", vocab::kOrigin));
    v.field("key", x.key, field::text("Detection key"));
    v.field("promise_id", x.promiseId, field::ref("Promise", "promise").removeWithTarget());
    v.field("channel_id", x.channelId, field::ref("Channel", "channel").removeWithTarget());
    v.field("pair_id", x.pairId,
            field::ref("Product–channel pair", "product-channel pair").removeWithTarget());
    v.field("dimension_id", x.dimensionId, field::ref("Dimension", "dimension").removeWithTarget());
    v.field("severity", x.severity, field::oneOf("Severity", vocab::kSeverity));
    v.field("explanation", x.explanation, field::longText("Explanation"));
    v.field("status", x.status, field::oneOf("Status", vocab::kMismatchStatus));
    v.field("dismissed_reason", x.dismissedReason, field::longText("Reason for dismissing"));
    v.field("confidence_bp", x.confidenceBp, field::bp("Confidence"));
    v.field("effort", x.effort, field::integer("Effort", "1–5"));
    v.field("leads_affected_bp", x.leadsAffectedBp,
            field::bp("Share of leads affected").withHelp("-1 = derive from the pair"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, ChecklistItem& x) {
    v.field("id", x.id, field::id());
    v.field("touchpoint_id", x.touchpointId, field::ref("Touchpoint", "touchpoint"));
    v.field("side", x.side, field::oneOf("Side", vocab::kChecklistSide));
    v.field("label", x.label, field::text("Label"));
    v.field("done", x.done, field::yesNo("Done"));
    v.field("done_on", x.doneOn, field::date("Done on"));
}
template <class V>
void describe(V& v, Decision& x) {
    describeEntityHead(v, x);
    v.field("mismatch_id", x.mismatchId, field::ref("Mismatch", "mismatch").need());
    v.field("kind", x.kind, field::oneOf("Kind", vocab::kDecisionKind).need());
    v.field("rationale", x.rationale, field::longText("Rationale"));
    v.field("owner", x.owner, field::text("Owner"));
    v.field("decided_on", x.decidedOn, field::date("Decided on"));
    v.field("implemented_on", x.implementedOn, field::date("Implemented on"));
    v.field(
        "due", x.due,
        field::date("Due").withHelp("When the fix should be implemented; overdue ones are on the dashboard"));
    v.field("checklist", x.checklist, field::list("Touchpoint checklist"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Experiment& x) {
    describeEntityHead(v, x);
    v.field("decision_id", x.decisionId, field::ref("Decision", "decision").removeWithTarget());
    v.field("mismatch_id", x.mismatchId, field::ref("Mismatch", "mismatch").removeWithTarget());
    v.field("hypothesis", x.hypothesis, field::longText("Hypothesis"));
    v.field("started_on", x.startedOn, field::date("Started on"));
    v.field("ended_on", x.endedOn, field::date("Ended on"));
    v.field("control_visitors", x.controlVisitors, field::integer("Control visitors", "visitors"));
    v.field("control_conversions", x.controlConversions,
            field::integer("Control conversions", "conversions"));
    v.field("variant_visitors", x.variantVisitors, field::integer("Variant visitors", "visitors"));
    v.field("variant_conversions", x.variantConversions,
            field::integer("Variant conversions", "conversions"));
    v.field("max_days", x.maxDays, field::integer("Stop after", "days"));
    v.field("max_leads", x.maxLeads, field::integer("Stop at", "leads"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Verification& x) {
    describeEntityHead(v, x);
    v.field("decision_id", x.decisionId, field::ref("Decision", "decision").removeWithTarget());
    v.field("pair_id", x.pairId, field::ref("Product–channel pair", "product-channel pair"));
    v.field("started_on", x.startedOn, field::date("Started on"));
    v.field("cycle_days", x.cycleDays,
            field::integer("Sales cycle", "days").withHelp("0 = take it from the pair or segment"));
    v.field("cycles_required", x.cyclesRequired, field::integer("Cycles required", "cycles"));
    v.field("baseline_conversion_bp", x.baselineConversionBp, field::bp("Baseline conversion"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, ReviewPairConversion& x) {
    v.field("pair_id", x.pairId,
            field::text("Pair").need().withHelp("The pair's id at the review (history, not a link)"));
    v.field("visitors", x.visitors, field::integer("Visitors", "visitors"));
    v.field("conversions", x.conversions, field::integer("Conversions", "conversions"));
    v.field("conversion_bp", x.conversionBp, field::bp("Conversion").withHelp("-1 = no visitors"));
}
template <class V>
void describe(V& v, ReviewKpiValue& x) {
    v.field("metric_id", x.metricId,
            field::text("Metric").need().withHelp("The metric's id at the review (history, not a link)"));
    v.field("period", x.period, field::period("Period"));
    v.field("value", x.value, field::integer("Value"));
    v.field("rag", x.rag, field::oneOf("Red/amber/green", vocab::kRag));
}
template <class V>
void describe(V& v, Review& x) {
    describeEntityHead(v, x);
    v.field("held_on", x.heldOn, field::date("Held on").need());
    v.field("index", x.index,
            field::decimal("Alignment index").withHelp("Empty when nothing could be compared"));
    v.field("open_critical", x.openCritical, field::integer("Open critical", "mismatches"));
    v.field("open_high", x.openHigh, field::integer("Open high", "mismatches"));
    v.field("open_medium", x.openMedium, field::integer("Open medium", "mismatches"));
    v.field("open_low", x.openLow, field::integer("Open low", "mismatches"));
    v.field("open_mismatch_ids", x.openMismatchIds,
            field::textList("Open mismatches").withHelp("Ids open or fixing at the review"));
    v.field("fixed_mismatch_ids", x.fixedMismatchIds,
            field::textList("Fixed mismatches").withHelp("Ids fixed or verifying at the review"));
    v.field("verified_mismatch_ids", x.verifiedMismatchIds,
            field::textList("Verified mismatches").withHelp("Ids verified at the review"));
    v.field("conversions", x.conversions, field::list("Conversion per pair"));
    v.field("kpis", x.kpis, field::list("KPI values"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, PriorityModel& x) {
    v.field("leads_weight", x.leadsWeight, field::integer("Leads affected weight"));
    v.field("revenue_weight", x.revenueWeight, field::integer("Revenue at risk weight"));
    v.field("severity_weight", x.severityWeight, field::integer("Severity weight"));
    v.field("complaints_weight", x.complaintsWeight, field::integer("Complaints weight"));
    v.field("confidence_weight", x.confidenceWeight, field::integer("Confidence weight"));
    v.field("effort_weight", x.effortWeight, field::integer("Effort divides impact by", "%"));
}
template <class V>
void describe(V& v, Readiness& x) {
    v.field("customers", x.customers,
            field::integer("Customers", "customers").withHelp("-1 = the sum of the segments' customers"));
    v.field("pre_revenue", x.preRevenue, field::yesNo("Pre-revenue"));
    v.field("crisis", x.crisis, field::yesNo("Declared crisis"));
    v.field("crisis_note", x.crisisNote, field::longText("Crisis note"));
}

// ---- 3. Partners ----
template <class V>
void describe(V& v, Contact& x) {
    v.field("name", x.name, field::text("Name").need());
    v.field("role", x.role, field::text("Role"));
    v.field("email", x.email, field::text("Email"));
}
template <class V>
void describe(V& v, Partner& x) {
    describeEntityHead(v, x);
    v.field("tier", x.tier, field::text("Tier"));
    v.field("territory_id", x.territoryId, field::ref("Territory", "territory"));
    v.field("channel_id", x.channelId, field::ref("Channel", "channel"));
    v.field("approved_segment_ids", x.approvedSegmentIds, field::refs("Approved segments", "segment"));
    v.field("approved_channel_ids", x.approvedChannelIds, field::refs("Approved channels", "channel"));
    v.field("contacts", x.contacts, field::list("Contacts"));
    v.field("goals", x.goals, field::textList("Goals"));
    v.field("roles", x.roles, field::textList("Roles"));
    v.field("escalation_path", x.escalationPath, field::textList("Escalation path"));
    v.field("joined_on", x.joinedOn, field::date("Joined on"));
    v.field("status", x.status, field::oneOf("Status", vocab::kPartnerStatus));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Claim& x) {
    describeEntityHead(v, x);
    v.field("text", x.text, field::longText("Claim"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, PhraseRule& x) {
    describeEntityHead(v, x);
    v.field("category", x.category, field::oneOf("Category", vocab::kPhraseCategory));
    v.field("phrases", x.phrases, field::textList("Phrases"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, PriceBookEntry& x) {
    describeEntityHead(v, x);
    v.field("sku", x.sku, field::text("SKU").need());
    v.field(
        "list_price_minor", x.listPriceMinor,
        field::money("List price").withHelp("Empty: not set, deals' list prices are not checked; 0 is free"));
    v.field("floor_price_minor", x.floorPriceMinor,
            field::money("Floor price").withHelp("Empty: not set, quotes are not checked against a floor"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, DiscountBand& x) {
    describeEntityHead(v, x);
    v.field("tier", x.tier, field::text("Tier"));
    v.field("max_discount_bp", x.maxDiscountBp,
            field::bp("Maximum discount").withHelp("Empty: not set, not checked; 0% allows no discount"));
    v.field("approval_above_bp", x.approvalAboveBp,
            field::bp("Approval needed above")
                .withHelp("Empty: not set, not checked; 0% means every discount needs approval"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, BundlingRule& x) {
    describeEntityHead(v, x);
    v.field("skus", x.skus, field::textList("SKUs"));
    v.field("allowed", x.allowed, field::yesNo("Allowed"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Territory& x) {
    describeEntityHead(v, x);
    v.field("regions", x.regions, field::textList("Regions"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, RoutingRule& x) {
    describeEntityHead(v, x);
    v.field("territory_id", x.territoryId, field::ref("Territory", "territory"));
    v.field("segment_id", x.segmentId, field::ref("Segment", "segment"));
    v.field("partner_id", x.partnerId, field::ref("Partner", "partner"));
    v.field("priority", x.priority, field::integer("Priority"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, RulesOfEngagement& x) {
    v.field("approved_claims", x.approvedClaims, field::list("Approved claims"));
    v.field("forbidden_rules", x.forbiddenRules, field::list("Forbidden claims"));
    v.field("price_book", x.priceBook, field::list("Price book"));
    v.field("discount_bands", x.discountBands, field::list("Discount bands"));
    v.field("bundling_rules", x.bundlingRules, field::list("Bundling rules"));
    v.field("territories", x.territories, field::list("Territories"));
    v.field("routing_rules", x.routingRules, field::list("Lead-routing rules"));
}
template <class V>
void describe(V& v, MaterialVersion& x) {
    v.field("version", x.version, field::text("Version").need());
    v.field("updated_on", x.updatedOn, field::date("Updated on"));
    v.field("summary", x.summary, field::longText("Summary"));
}
template <class V>
void describe(V& v, Acknowledgement& x) {
    v.field("partner_id", x.partnerId, field::ref("Partner", "partner").need());
    v.field("version", x.version, field::text("Version").need());
    v.field("acknowledged_on", x.acknowledgedOn, field::date("Acknowledged on"));
}
template <class V>
void describe(V& v, Material& x) {
    describeEntityHead(v, x);
    v.field("kind", x.kind, field::oneOf("Kind", vocab::kMaterialKind));
    v.field("owner", x.owner, field::text("Owner"));
    v.field("status", x.status, field::oneOf("Status", vocab::kMaterialStatus));
    v.field("versions", x.versions, field::list("Versions"));
    v.field("acknowledgements", x.acknowledgements, field::list("Acknowledgements"));
    v.field("audience_partner_ids", x.audiencePartnerIds, field::refs("Partners to tell", "partner"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, CadenceItem& x) {
    describeEntityHead(v, x);
    v.field("kind", x.kind, field::oneOf("Kind", vocab::kCadence));
    v.field("partner_id", x.partnerId, field::ref("Partner", "partner").removeWithTarget());
    v.field("last_held_on", x.lastHeldOn,
            field::date("Last held on").withHelp("The latest of the dates held, when they are listed"));
    v.field("held_on", x.heldOn,
            field::dates("Held on").withHelp("Every meeting held, oldest first: the weekly share is exact"));
    v.field("next_due_on", x.nextDueOn, field::date("Next due on"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, FeedbackItem& x) {
    describeEntityHead(v, x);
    v.field("partner_id", x.partnerId, field::ref("Partner", "partner").removeWithTarget());
    v.field("kind", x.kind, field::oneOf("Kind", vocab::kFeedbackKind));
    v.field("status", x.status, field::oneOf("Status", vocab::kFeedbackStatus));
    v.field("received_on", x.receivedOn, field::date("Received on"));
    v.field("closed_on", x.closedOn, field::date("Closed on"));
    v.field("change_led_to", x.changeLedTo, field::longText("Change it led to"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, Incident& x) {
    describeEntityHead(v, x);
    v.field("partner_id", x.partnerId, field::ref("Partner", "partner").removeWithTarget());
    v.field("occurred_on", x.occurredOn, field::date("Occurred on"));
    v.field("description", x.description, field::longText("What happened"));
    v.field("diagnosis", x.diagnosis, field::oneOf("Diagnosis", vocab::kDiagnosis));
    v.field("response", x.response, field::oneOf("Response", vocab::kResponse));
    v.field("resolved_on", x.resolvedOn, field::date("Resolved on"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, PostMortem& x) {
    describeEntityHead(v, x);
    v.field("deal_id", x.dealId, field::ref("Deal", "deal"));
    v.field("partner_id", x.partnerId, field::ref("Partner", "partner"));
    v.field("outcome", x.outcome, field::oneOf("Outcome", vocab::kWinLoss));
    v.field("held_on", x.heldOn, field::date("Held on"));
    v.field("reasons", x.reasons, field::textList("Reasons"));
    v.field("lessons", x.lessons, field::longText("Lessons"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, CopySample& x) {
    describeEntityHead(v, x);
    v.field("partner_id", x.partnerId, field::ref("Partner", "partner").removeWithTarget());
    v.field("captured_on", x.capturedOn, field::date("Captured on"));
    v.field("source", x.source,
            field::text("Source").withHelp("Where the copy was seen: \"Partner landing page\""));
    v.field("material_id", x.materialId,
            field::ref("Material", "material").withHelp("The material the copy cites or was written from"));
    v.field("material_version", x.materialVersion,
            field::text("Material version").withHelp("The version of that material the copy cites"));
    v.field("text", x.text, field::longText("Copy"));
    describeEntityTail(v, x);
}

// ---- Large tables: every column, in this order, is one position of a row ----
template <class V>
void describe(V& v, Deal& x) {
    describeEntityHead(v, x, kOptional);
    v.field("partner_id", x.partnerId, field::ref("Partner", "partner").need());
    v.field("account", x.account, field::text("Account"));
    v.field("sku", x.sku, field::text("SKU"));
    v.field("territory_id", x.territoryId, field::ref("Territory", "territory"));
    v.field("quantity", x.quantity, field::integer("Quantity", "units"));
    v.field("list_price_minor", x.listPriceMinor, field::money("List price"));
    v.field("quoted_price_minor", x.quotedPriceMinor, field::money("Quoted price per unit"));
    v.field("discount_bp", x.discountBp, field::bp("Discount"));
    v.field("approved", x.approved, field::yesNo("Discount approved"));
    v.field("outcome", x.outcome, field::oneOf("Outcome", vocab::kDealOutcome));
    v.field("closed_on", x.closedOn, field::date("Closed on"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, DealRegistration& x) {
    describeEntityHead(v, x, kOptional);
    v.field("partner_id", x.partnerId, field::ref("Partner", "partner").need());
    v.field("account", x.account, field::text("Account"));
    v.field("territory_id", x.territoryId, field::ref("Territory", "territory"));
    v.field("registered_on", x.registeredOn, field::date("Registered on"));
    v.field("status", x.status, field::oneOf("Status", vocab::kRegistrationStatus));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, ReportSubmission& x) {
    describeEntityHead(v, x, kOptional);
    v.field("partner_id", x.partnerId, field::ref("Partner", "partner").need());
    v.field("period", x.period, field::period("Period"));
    v.field("due_on", x.dueOn, field::date("Due on"));
    v.field("submitted_on", x.submittedOn, field::date("Submitted on"));
    v.field("format_ok", x.formatOk, field::yesNo("Format correct"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, KpiRecord& x) {
    describeEntityHead(v, x, kOptional);
    v.field("partner_id", x.partnerId, field::ref("Partner", "partner").need());
    v.field("period", x.period, field::period("Period").need());
    v.field("kpi", x.kpi, field::oneOf("KPI", vocab::kKpi).need());
    v.field("value", x.value,
            field::integer("Value").withHelp("Basis points for rates, a count for escalation frequency"));
    v.field("source", x.source, field::oneOf("Source", vocab::kKpiSource));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, PulseAnswer& x) {
    describeEntityHead(v, x, kOptional);
    v.field("partner_id", x.partnerId, field::ref("Partner", "partner").need());
    v.field("period", x.period, field::period("Period").need());
    v.field("respondent", x.respondent, field::text("Respondent"));
    v.field("question", x.question, field::oneOf("Question", vocab::kPulseQuestion).need());
    v.field("score", x.score, field::integer("Score", "1–5"));
    describeEntityTail(v, x);
}
template <class V>
void describe(V& v, PairObservation& x) {
    describeEntityHead(v, x, kOptional);
    v.field("pair_id", x.pairId, field::ref("Product–channel pair", "product-channel pair").need());
    v.field("period_start", x.periodStart, field::date("Period start").need());
    v.field("visitors", x.visitors, field::integer("Visitors", "visitors"));
    v.field("leads", x.leads, field::integer("Leads", "leads"));
    v.field("conversions", x.conversions, field::integer("Conversions", "conversions"));
    v.field("revenue_minor", x.revenueMinor, field::money("Revenue"));
    v.field("complaints", x.complaints, field::integer("Complaints", "complaints"));
    describeEntityTail(v, x);
}

// ---- The document itself ----
template <class V>
void describe(V& v, DocumentInfo& x) {
    v.field("title", x.title, field::text("Title").need());
    v.field("organisation", x.organisation, field::text("Organisation"));
    v.field("currency", x.currency, field::oneOf("Currency", vocab::kCurrency));
    v.field("created", x.created, field::timestamp("Created"));
    v.field("updated", x.updated, field::timestamp("Updated"));
    v.field("notes", x.notes, field::longText("Notes"));
}

// Top-level keys. Tables marked with v.table(...) are written in the row layout.
template <class V>
void describe(V& v, Document& d) {
    v.field("info", d.info, field::object("Scorecard").need());
    v.field("dimensions", d.dimensions, field::list("Dimensions"));
    v.field("segments", d.segments, field::list("Segments"));
    v.field("promises", d.promises, field::list("Promises"));
    v.field("channels", d.channels, field::list("Channels"));
    v.field("products", d.products, field::list("Products"));
    v.field("pairs", d.pairs, field::list("Product–channel pairs"));
    v.field("metrics", d.metrics, field::list("Metric dictionary"));
    v.field("mismatches", d.mismatches, field::list("Mismatches"));
    v.field("decisions", d.decisions, field::list("Fix decisions"));
    v.field("experiments", d.experiments, field::list("A/B tests"));
    v.field("verifications", d.verifications, field::list("Verifications"));
    v.field("priority_model", d.priorityModel, field::object("Prioritisation model"));
    v.field("readiness", d.readiness, field::object("Readiness"));
    v.field("reviews", d.reviews, field::list("Reviews"));
    v.field("partners", d.partners, field::list("Partners"));
    v.field("rules_of_engagement", d.rules, field::object("Rules of engagement"));
    v.field("materials", d.materials, field::list("Materials"));
    v.field("cadence", d.cadence, field::list("Cadence"));
    v.field("feedback", d.feedback, field::list("Feedback"));
    v.field("incidents", d.incidents, field::list("Incidents"));
    v.field("post_mortems", d.postMortems, field::list("Post-mortems"));
    v.field("copy_samples", d.copySamples, field::list("Copy samples"));
    v.table("deals", d.deals, field::list("Deals"));
    v.table("deal_registrations", d.dealRegistrations, field::list("Deal registrations"));
    v.table("report_submissions", d.reportSubmissions, field::list("Report submissions"));
    v.table("kpi_records", d.kpiRecords, field::list("KPI records"));
    v.table("pulse_answers", d.pulseAnswers, field::list("Pulse answers"));
    v.table("pair_observations", d.pairObservations, field::list("Pair observations"));
}

// ---- The words for each described type ----
// `singular` names one item in messages ("promise 'Try it now'"), `listKey` is the key of the
// list that holds them in the file, `idPrefix` starts the ids the app gives new ones ("seg-3").
#define SC_ENTITY_WORDS(Type, singularWord, listKeyWord, prefix)   \
    template <>                                                    \
    struct EntityWords<Type> {                                     \
        static constexpr std::string_view singular = singularWord; \
        static constexpr std::string_view listKey = listKeyWord;   \
        static constexpr std::string_view idPrefix = prefix;       \
    };
SC_ENTITY_WORDS(Dimension, "dimension", "dimensions", "dim")
SC_ENTITY_WORDS(DimensionLevel, "level", "levels", "level")
SC_ENTITY_WORDS(Segment, "segment", "segments", "seg")
SC_ENTITY_WORDS(Touchpoint, "touchpoint", "touchpoints", "tp")
SC_ENTITY_WORDS(Promise, "promise", "promises", "prom")
SC_ENTITY_WORDS(ChannelStep, "channel step", "steps", "step")
SC_ENTITY_WORDS(ChannelConstraint, "channel constraint", "constraints", "con")
SC_ENTITY_WORDS(Channel, "channel", "channels", "ch")
SC_ENTITY_WORDS(Product, "product", "products", "prod")
SC_ENTITY_WORDS(FunnelStage, "funnel stage", "funnel", "stage")
SC_ENTITY_WORDS(ProductChannelPair, "product-channel pair", "pairs", "pair")
SC_ENTITY_WORDS(MetricDefinition, "metric", "metrics", "metric")
SC_ENTITY_WORDS(Mismatch, "mismatch", "mismatches", "mm")
SC_ENTITY_WORDS(ChecklistItem, "checklist item", "checklist", "ci")
SC_ENTITY_WORDS(Decision, "decision", "decisions", "dec")
SC_ENTITY_WORDS(Experiment, "experiment", "experiments", "exp")
SC_ENTITY_WORDS(Verification, "verification", "verifications", "ver")
SC_ENTITY_WORDS(ReviewPairConversion, "pair conversion", "conversions", "")
SC_ENTITY_WORDS(ReviewKpiValue, "KPI value", "kpis", "")
SC_ENTITY_WORDS(Review, "review", "reviews", "rev")
SC_ENTITY_WORDS(Contact, "contact", "contacts", "contact")
SC_ENTITY_WORDS(Partner, "partner", "partners", "partner")
SC_ENTITY_WORDS(Claim, "approved claim", "approved_claims", "claim")
SC_ENTITY_WORDS(PhraseRule, "forbidden claim rule", "forbidden_rules", "rule")
SC_ENTITY_WORDS(PriceBookEntry, "price book entry", "price_book", "price")
SC_ENTITY_WORDS(DiscountBand, "discount band", "discount_bands", "band")
SC_ENTITY_WORDS(BundlingRule, "bundling rule", "bundling_rules", "bundle")
SC_ENTITY_WORDS(Territory, "territory", "territories", "terr")
SC_ENTITY_WORDS(RoutingRule, "routing rule", "routing_rules", "route")
SC_ENTITY_WORDS(MaterialVersion, "material version", "versions", "version")
SC_ENTITY_WORDS(Acknowledgement, "acknowledgement", "acknowledgements", "ack")
SC_ENTITY_WORDS(Material, "material", "materials", "mat")
SC_ENTITY_WORDS(CadenceItem, "cadence item", "cadence", "cad")
SC_ENTITY_WORDS(FeedbackItem, "feedback item", "feedback", "fb")
SC_ENTITY_WORDS(Incident, "incident", "incidents", "inc")
SC_ENTITY_WORDS(PostMortem, "post-mortem", "post_mortems", "pm")
SC_ENTITY_WORDS(CopySample, "copy sample", "copy_samples", "copy")
SC_ENTITY_WORDS(Deal, "deal", "deals", "deal")
SC_ENTITY_WORDS(DealRegistration, "deal registration", "deal_registrations", "reg")
SC_ENTITY_WORDS(ReportSubmission, "report submission", "report_submissions", "rep")
SC_ENTITY_WORDS(KpiRecord, "KPI record", "kpi_records", "kpi")
SC_ENTITY_WORDS(PulseAnswer, "pulse answer", "pulse_answers", "pulse")
SC_ENTITY_WORDS(PairObservation, "pair observation", "pair_observations", "obs")
SC_ENTITY_WORDS(CustomerModel, "customer model", "customer_model", "")
SC_ENTITY_WORDS(PriorityModel, "prioritisation model", "priority_model", "")
SC_ENTITY_WORDS(Readiness, "readiness", "readiness", "")
SC_ENTITY_WORDS(RulesOfEngagement, "rules of engagement", "rules_of_engagement", "")
SC_ENTITY_WORDS(DocumentInfo, "scorecard", "info", "")
SC_ENTITY_WORDS(Document, "scorecard", "", "")
#undef SC_ENTITY_WORDS

}  // namespace sc
