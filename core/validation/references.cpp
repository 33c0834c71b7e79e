// Rule family: references. Every id that points at another entity must name one that exists:
// a promise pointing to a deleted segment, a decision about a removed mismatch, a deal by an
// unknown partner. A dangling reference is an error because the engine cannot follow it.
#include <unordered_set>

#include "validation/rule_context.h"

namespace sc::rules {
namespace {

using IdSet = std::unordered_set<std::string>;

template <class T>
IdSet idsOf(const std::vector<T>& items) {
    IdSet out;
    for (const auto& x : items)
        if (!x.id.empty()) out.insert(x.id);
    return out;
}

struct Known {
    IdSet dimensions, segments, promises, channels, products, pairs, mismatches, decisions, partners,
        territories, deals, touchpoints;
};

Known collect(const Document& doc) {
    Known k;
    k.dimensions = idsOf(doc.dimensions);
    k.segments = idsOf(doc.segments);
    k.promises = idsOf(doc.promises);
    k.channels = idsOf(doc.channels);
    k.products = idsOf(doc.products);
    k.pairs = idsOf(doc.pairs);
    k.mismatches = idsOf(doc.mismatches);
    k.decisions = idsOf(doc.decisions);
    k.partners = idsOf(doc.partners);
    k.territories = idsOf(doc.rules.territories);
    // Only post-mortems point at deals; a million deal ids are hashed only when one does.
    bool dealsReferenced = false;
    for (const auto& pm : doc.postMortems) dealsReferenced = dealsReferenced || !pm.dealId.empty();
    if (dealsReferenced) k.deals = idsOf(doc.deals);
    for (const auto& p : doc.promises)
        for (const auto& t : p.touchpoints) k.touchpoints.insert(t.id);
    for (const auto& c : doc.channels)
        for (const auto& t : c.touchpoints) k.touchpoints.insert(t.id);
    return k;
}

// One reference: empty is fine unless required; otherwise it must be in `known`.
void ref(FindingSink& sink, const std::string& pointer, const std::string& owner, const std::string& kind,
         const std::string& id, const IdSet& known, bool required = false) {
    if (id.empty()) {
        if (required)
            sink.error(pointer, owner + " has no " + kind + "; choose the " + kind + " it belongs to");
        return;
    }
    if (!known.count(id))
        sink.error(pointer, owner + " points to " + kind + " " + quote(id) + ", which does not exist");
}

// A list of references: each element is checked, its pointer ends in its index.
void refs(FindingSink& sink, const std::string& pointer, const std::string& owner, const std::string& kind,
          const std::vector<std::string>& ids, const IdSet& known) {
    for (std::size_t i = 0; i < ids.size(); ++i) ref(sink, at(pointer, i), owner, kind, ids[i], known, true);
}

void checkMaps(const Document& doc, const Known& k, FindingSink& sink) {
    forEach(doc.promises, "/promises", [&](const Promise& x, const std::string& p, std::size_t i) {
        ref(sink, p + "/segment_id", nameOf("promise", x, i), "segment", x.segmentId, k.segments, true);
    });
    forEach(doc.channels, "/channels", [&](const Channel& x, const std::string& p, std::size_t i) {
        forEach(x.constraints, p + "/constraints",
                [&](const ChannelConstraint& c, const std::string& cp, std::size_t ci) {
                    ref(sink, cp + "/dimension_id",
                        nameOf("constraint", c, ci) + " of " + nameOf("channel", x, i), "dimension",
                        c.dimensionId, k.dimensions);
                });
    });
    forEach(doc.pairs, "/pairs", [&](const ProductChannelPair& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("product-channel pair", x, i);
        ref(sink, p + "/product_id", owner, "product", x.productId, k.products, true);
        ref(sink, p + "/channel_id", owner, "channel", x.channelId, k.channels, true);
        ref(sink, p + "/segment_id", owner, "segment", x.segmentId, k.segments);
        refs(sink, p + "/promise_ids", owner, "promise", x.promiseIds, k.promises);
    });
}

void checkWorkflow(const Document& doc, const Known& k, FindingSink& sink) {
    forEach(doc.mismatches, "/mismatches", [&](const Mismatch& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("mismatch", x, i);
        ref(sink, p + "/promise_id", owner, "promise", x.promiseId, k.promises);
        ref(sink, p + "/channel_id", owner, "channel", x.channelId, k.channels);
        ref(sink, p + "/pair_id", owner, "product-channel pair", x.pairId, k.pairs);
        ref(sink, p + "/dimension_id", owner, "dimension", x.dimensionId, k.dimensions);
    });
    forEach(doc.decisions, "/decisions", [&](const Decision& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("decision", x, i);
        ref(sink, p + "/mismatch_id", owner, "mismatch", x.mismatchId, k.mismatches, true);
        forEach(x.checklist, p + "/checklist",
                [&](const ChecklistItem& c, const std::string& cp, std::size_t ci) {
                    const std::string item =
                        "checklist item " + (c.label.empty() ? "#" + std::to_string(ci + 1) : quote(c.label));
                    ref(sink, cp + "/touchpoint_id", item + " of " + owner, "touchpoint", c.touchpointId,
                        k.touchpoints);
                });
    });
    forEach(doc.experiments, "/experiments", [&](const Experiment& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("experiment", x, i);
        ref(sink, p + "/decision_id", owner, "decision", x.decisionId, k.decisions);
        ref(sink, p + "/mismatch_id", owner, "mismatch", x.mismatchId, k.mismatches);
    });
    forEach(doc.verifications, "/verifications",
            [&](const Verification& x, const std::string& p, std::size_t i) {
                const std::string owner = nameOf("verification", x, i);
                ref(sink, p + "/decision_id", owner, "decision", x.decisionId, k.decisions);
                ref(sink, p + "/pair_id", owner, "product-channel pair", x.pairId, k.pairs);
            });
}

void checkPartners(const Document& doc, const Known& k, FindingSink& sink) {
    forEach(doc.partners, "/partners", [&](const Partner& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("partner", x, i);
        ref(sink, p + "/territory_id", owner, "territory", x.territoryId, k.territories);
        ref(sink, p + "/channel_id", owner, "channel", x.channelId, k.channels);
        refs(sink, p + "/approved_segment_ids", owner, "segment", x.approvedSegmentIds, k.segments);
        refs(sink, p + "/approved_channel_ids", owner, "channel", x.approvedChannelIds, k.channels);
    });
    forEach(doc.rules.routingRules, "/rules_of_engagement/routing_rules",
            [&](const RoutingRule& x, const std::string& p, std::size_t i) {
                const std::string owner = nameOf("routing rule", x, i);
                ref(sink, p + "/territory_id", owner, "territory", x.territoryId, k.territories);
                ref(sink, p + "/segment_id", owner, "segment", x.segmentId, k.segments);
                ref(sink, p + "/partner_id", owner, "partner", x.partnerId, k.partners);
            });
    forEach(doc.materials, "/materials", [&](const Material& m, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("material", m, i);
        IdSet versions;
        for (const auto& v : m.versions) versions.insert(v.version);
        forEach(m.acknowledgements, p + "/acknowledgements",
                [&](const Acknowledgement& a, const std::string& ap, std::size_t) {
                    ref(sink, ap + "/partner_id", "an acknowledgement of " + owner, "partner", a.partnerId,
                        k.partners, true);
                    if (!a.version.empty() && !versions.count(a.version))
                        sink.error(ap + "/version", "an acknowledgement of " + owner + " is for version " +
                                                        quote(a.version) +
                                                        ", which the material does not have");
                });
        refs(sink, p + "/audience_partner_ids", owner, "partner", m.audiencePartnerIds, k.partners);
    });
    forEach(doc.cadence, "/cadence", [&](const CadenceItem& x, const std::string& p, std::size_t i) {
        ref(sink, p + "/partner_id", nameOf("cadence item", x, i), "partner", x.partnerId, k.partners);
    });
    forEach(doc.feedback, "/feedback", [&](const FeedbackItem& x, const std::string& p, std::size_t i) {
        ref(sink, p + "/partner_id", nameOf("feedback item", x, i), "partner", x.partnerId, k.partners);
    });
    forEach(doc.incidents, "/incidents", [&](const Incident& x, const std::string& p, std::size_t i) {
        ref(sink, p + "/partner_id", nameOf("incident", x, i), "partner", x.partnerId, k.partners);
    });
    forEach(doc.postMortems, "/post_mortems", [&](const PostMortem& x, const std::string& p, std::size_t i) {
        const std::string owner = nameOf("post-mortem", x, i);
        ref(sink, p + "/deal_id", owner, "deal", x.dealId, k.deals);
        ref(sink, p + "/partner_id", owner, "partner", x.partnerId, k.partners);
    });
}

// Table rows: a cell pointer per reference. Millions of rows are possible, so lookups are
// sets and the pointer and message are built only when the reference fails.
template <class T>
void rowRef(FindingSink& sink, const char* table, std::size_t i, const char* column, const char* kind,
            const T& row, const char* targetKind, const std::string& id, const IdSet& known, bool required) {
    if (id.empty() ? !required : known.count(id) > 0) return;
    ref(sink, tableCell(table, i, column), rowName(kind, row, i), targetKind, id, known, required);
}

template <class T>
void rowPartners(const std::vector<T>& rows, const char* table, const char* kind, const Known& k,
                 FindingSink& sink) {
    for (std::size_t i = 0; i < rows.size(); ++i)
        rowRef(sink, table, i, "partner_id", kind, rows[i], "partner", rows[i].partnerId, k.partners, true);
}

void checkTableRefs(const Document& doc, const Known& k, FindingSink& sink) {
    rowPartners(doc.deals, "deals", "deal", k, sink);
    for (std::size_t i = 0; i < doc.deals.size(); ++i)
        rowRef(sink, "deals", i, "territory_id", "deal", doc.deals[i], "territory", doc.deals[i].territoryId,
               k.territories, false);
    rowPartners(doc.dealRegistrations, "deal_registrations", "deal registration", k, sink);
    for (std::size_t i = 0; i < doc.dealRegistrations.size(); ++i)
        rowRef(sink, "deal_registrations", i, "territory_id", "deal registration", doc.dealRegistrations[i],
               "territory", doc.dealRegistrations[i].territoryId, k.territories, false);
    rowPartners(doc.reportSubmissions, "report_submissions", "report submission", k, sink);
    rowPartners(doc.kpiRecords, "kpi_records", "KPI record", k, sink);
    rowPartners(doc.pulseAnswers, "pulse_answers", "pulse answer", k, sink);
    for (std::size_t i = 0; i < doc.pairObservations.size(); ++i)
        rowRef(sink, "pair_observations", i, "pair_id", "pair observation", doc.pairObservations[i],
               "product-channel pair", doc.pairObservations[i].pairId, k.pairs, true);
}

}  // namespace

void checkReferences(const Document& doc, FindingSink& sink) {
    const Known k = collect(doc);
    checkMaps(doc, k, sink);
    checkWorkflow(doc, k, sink);
    checkPartners(doc, k, sink);
    checkTableRefs(doc, k, sink);
}

}  // namespace sc::rules
