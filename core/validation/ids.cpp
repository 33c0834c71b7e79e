// Rule family: ids. Every list's ids are unique (references resolve to one thing) and present
// where the format requires them. Table rows may leave the id empty, but not repeat one.
#include <map>
#include <string_view>
#include <unordered_map>

#include "validation/rule_context.h"

namespace sc::rules {
namespace {

std::string labelOf(const std::string& kind, const Entity& e, std::size_t i) { return nameOf(kind, e, i); }
std::string labelOf(const std::string& kind, const DimensionLevel& l, std::size_t i) {
    if (!l.name.empty()) return kind + " " + quote(l.name);
    return kind + " #" + std::to_string(i + 1);
}
std::string labelOf(const std::string& kind, const ChecklistItem& c, std::size_t i) {
    if (!c.label.empty()) return kind + " " + quote(c.label);
    return kind + " #" + std::to_string(i + 1);
}

// Flags empty ids (when required) and every repeat of an id after its first use.
template <class T>
void uniqueIds(const std::vector<T>& items, const std::string& base, const std::string& kind,
               FindingSink& sink, bool required = true) {
    std::map<std::string, std::size_t> firstAt;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string& id = items[i].id;
        const std::string p = at(at(base, i), std::string("id"));
        if (id.empty()) {
            if (required)
                sink.error(p,
                           labelOf(kind, items[i], i) + " has no id; every " + kind + " needs a unique id");
            continue;
        }
        auto [it, inserted] = firstAt.emplace(id, i);
        if (!inserted)
            sink.error(p, labelOf(kind, items[i], i) + " has the id " + quote(id) + ", already used by " +
                              labelOf(kind, items[it->second], it->second) + " at " + at(base, it->second) +
                              "; ids must be unique");
    }
}

// Table rows: the id is optional, but two rows must not share one.
template <class T>
void uniqueRowIds(const std::vector<T>& rows, const std::string& table, const std::string& kind,
                  FindingSink& sink) {
    // A table may hold a million rows: the ids are looked at where they are, not copied.
    std::unordered_map<std::string_view, std::size_t> firstAt;
    firstAt.reserve(rows.size());
    for (std::size_t i = 0; i < rows.size(); ++i) {
        if (rows[i].id.empty()) continue;
        auto [it, inserted] = firstAt.emplace(rows[i].id, i);
        if (!inserted)
            sink.error(tableCell(table, i, "id"), kind + " in row " + std::to_string(i + 1) + " has the id " +
                                                      quote(rows[i].id) + ", already used by the " + kind +
                                                      " in row " + std::to_string(it->second + 1) +
                                                      "; ids must be unique");
    }
}

}  // namespace

void checkIds(const Document& doc, FindingSink& sink) {
    uniqueIds(doc.dimensions, "/dimensions", "dimension", sink);
    forEach(doc.dimensions, "/dimensions", [&](const Dimension& d, const std::string& p, std::size_t) {
        uniqueIds(d.levels, p + "/levels", "level", sink);
    });
    uniqueIds(doc.segments, "/segments", "segment", sink);
    uniqueIds(doc.promises, "/promises", "promise", sink);
    forEach(doc.promises, "/promises", [&](const Promise& x, const std::string& p, std::size_t) {
        uniqueIds(x.touchpoints, p + "/touchpoints", "touchpoint", sink);
    });
    uniqueIds(doc.channels, "/channels", "channel", sink);
    forEach(doc.channels, "/channels", [&](const Channel& x, const std::string& p, std::size_t) {
        uniqueIds(x.steps, p + "/steps", "step", sink);
        uniqueIds(x.constraints, p + "/constraints", "constraint", sink);
        uniqueIds(x.touchpoints, p + "/touchpoints", "touchpoint", sink);
    });
    uniqueIds(doc.products, "/products", "product", sink);
    uniqueIds(doc.pairs, "/pairs", "product-channel pair", sink);
    forEach(doc.pairs, "/pairs", [&](const ProductChannelPair& x, const std::string& p, std::size_t) {
        uniqueIds(x.funnel, p + "/funnel", "funnel stage", sink);
    });
    uniqueIds(doc.metrics, "/metrics", "metric", sink);
    uniqueIds(doc.mismatches, "/mismatches", "mismatch", sink);
    uniqueIds(doc.decisions, "/decisions", "decision", sink);
    forEach(doc.decisions, "/decisions", [&](const Decision& x, const std::string& p, std::size_t) {
        uniqueIds(x.checklist, p + "/checklist", "checklist item", sink);
    });
    uniqueIds(doc.experiments, "/experiments", "experiment", sink);
    uniqueIds(doc.verifications, "/verifications", "verification", sink);
    uniqueIds(doc.reviews, "/reviews", "review", sink);
    uniqueIds(doc.partners, "/partners", "partner", sink);
    const std::string r = "/rules_of_engagement";
    uniqueIds(doc.rules.approvedClaims, r + "/approved_claims", "approved claim", sink);
    uniqueIds(doc.rules.forbiddenRules, r + "/forbidden_rules", "forbidden-claim rule", sink);
    uniqueIds(doc.rules.priceBook, r + "/price_book", "price book entry", sink);
    uniqueIds(doc.rules.discountBands, r + "/discount_bands", "discount band", sink);
    uniqueIds(doc.rules.bundlingRules, r + "/bundling_rules", "bundling rule", sink);
    uniqueIds(doc.rules.territories, r + "/territories", "territory", sink);
    uniqueIds(doc.rules.routingRules, r + "/routing_rules", "routing rule", sink);
    uniqueIds(doc.materials, "/materials", "material", sink);
    forEach(doc.materials, "/materials", [&](const Material& m, const std::string& p, std::size_t mi) {
        std::map<std::string, std::size_t> seen;
        for (std::size_t i = 0; i < m.versions.size(); ++i) {
            const auto& v = m.versions[i].version;
            const std::string vp = at(at(p + "/versions", i), std::string("version"));
            if (v.empty()) {
                sink.error(vp, nameOf("material", m, mi) + " has a version with no version label");
                continue;
            }
            if (!seen.emplace(v, i).second)
                sink.error(vp, nameOf("material", m, mi) + " lists version " + quote(v) +
                                   " twice; each version label must be unique");
        }
    });
    uniqueIds(doc.cadence, "/cadence", "cadence item", sink);
    uniqueIds(doc.feedback, "/feedback", "feedback item", sink);
    uniqueIds(doc.incidents, "/incidents", "incident", sink);
    uniqueIds(doc.postMortems, "/post_mortems", "post-mortem", sink);
    uniqueIds(doc.copySamples, "/copy_samples", "copy sample", sink);

    uniqueRowIds(doc.deals.get(), "deals", "deal", sink);
    uniqueRowIds(doc.dealRegistrations.get(), "deal_registrations", "deal registration", sink);
    uniqueRowIds(doc.reportSubmissions.get(), "report_submissions", "report submission", sink);
    uniqueRowIds(doc.kpiRecords.get(), "kpi_records", "KPI record", sink);
    uniqueRowIds(doc.pulseAnswers.get(), "pulse_answers", "pulse answer", sink);
    uniqueRowIds(doc.pairObservations.get(), "pair_observations", "pair observation", sink);
}

}  // namespace sc::rules
