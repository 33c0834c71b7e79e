#include "engine/symptoms.h"

#include <algorithm>
#include <map>

#include "model/saturating.h"
#include "engine/text_util.h"

namespace sc::engine {

namespace {

std::vector<std::string> stagesNamed(const ProductChannelPair& pair,
                                     std::initializer_list<const char*> names) {
    std::vector<std::string> out;
    for (const auto& s : pair.funnel)
        for (const char* n : names)
            if (s.funnelStage == n) out.push_back(s.id);
    return out;
}

std::vector<std::string> partnersOn(const Document& doc, const std::string& channelId) {
    std::vector<std::string> out;
    for (const auto& p : doc.partners)
        if (p.channelId == channelId && !channelId.empty()) out.push_back(p.id);
    return out;
}

Symptom base(const Document& doc, const ProductChannelPair& pair, const char* kind) {
    Symptom s;
    s.kind = kind;
    s.pairIds = {pair.id};
    s.partnerIds = partnersOn(doc, pair.channelId);
    return s;
}

void highTraffic(const Document& doc, const ProductChannelPair& pair, std::vector<Symptom>& out) {
    if (pair.visitors < kHighTrafficVisitors) return;  // also covers zero visitors
    std::int64_t benchmark = visitorToLeadBenchmarkBp(doc);
    std::int64_t observed = rateBp(pair.leads, pair.visitors);
    if (observed >= benchmark) return;
    Symptom s = base(doc, pair, "high_traffic_low_conversion");
    s.title = "High traffic but low conversion on '" + labelOf(pair) + "'";
    s.stageIds = stagesNamed(pair, {"reach", "engage"});
    s.numbers = {{"visitors", pair.visitors},
                 {"leads", pair.leads},
                 {"conversion_bp", observed},
                 {"benchmark_bp", benchmark}};
    s.threshold = "visitors >= " + std::to_string(kHighTrafficVisitors) +
                  " and visitor-to-lead conversion below " + formatBp(benchmark);
    s.explanation = std::to_string(pair.visitors) + " visitors but " + std::to_string(pair.leads) +
                    " leads: " + formatBp(observed) + " conversion vs " + formatBp(benchmark) + " benchmark";
    out.push_back(std::move(s));
}

void stoppedPromoting(const Document& doc, const ProductChannelPair& pair, std::vector<Symptom>& out) {
    std::vector<const PairObservation*> obs;
    for (const auto& o : doc.pairObservations)
        if (o.pairId == pair.id) obs.push_back(&o);
    if (obs.size() < 3) return;
    std::stable_sort(obs.begin(), obs.end(), [](const PairObservation* a, const PairObservation* b) {
        return a->periodStart < b->periodStart;
    });
    std::int64_t launch = std::max(obs[0]->leads, obs[1]->leads);
    std::int64_t latest = obs.back()->leads;
    if (launch < kLaunchLeadsMinimum || satMul(latest, 10000) > satMul(launch, kStoppedShareBp)) return;
    Symptom s = base(doc, pair, "partner_stopped_promoting");
    std::string who = "Channel";
    for (const auto& id : s.partnerIds)
        if (const auto* partner = findById(doc.partners, id))
            who = (who == "Channel" ? "Partner '" : who + ", '") + labelOf(*partner) + "'";
    s.title = who + " stopped promoting '" + labelOf(pair) + "' after launch";
    s.stageIds = stagesNamed(pair, {"reach"});
    s.numbers = {{"launch_leads", launch},
                 {"latest_leads", latest},
                 {"periods", static_cast<std::int64_t>(obs.size())}};
    s.threshold = "launch (best of the first two periods) >= " + std::to_string(kLaunchLeadsMinimum) +
                  " leads and the latest period at or under " + formatBp(kStoppedShareBp) + " of it";
    s.explanation = "leads fell from " + std::to_string(launch) + " at launch to " + std::to_string(latest) +
                    " in the period starting " + obs.back()->periodStart;
    out.push_back(std::move(s));
}

// Seed 002: "sales cycles that are longer than expected for a supposedly simple product".
// Expected: the product's expected cycle, else the typical cycle of the pair's segment.
void longCycle(const Document& doc, const ProductChannelPair& pair, std::vector<Symptom>& out) {
    const auto* product = findById(doc.products, pair.productId);
    if (!product || pair.salesCycleDays <= 0) return;
    const auto* segment = findById(doc.segments, pair.segmentId);
    const bool fromProduct = product->expectedCycleDays > 0;
    const std::int64_t expected = fromProduct ? product->expectedCycleDays
                                  : segment   ? segment->salesCycleDays
                                              : 0;
    if (expected <= 0) return;
    Product judged = *product;
    judged.expectedCycleDays = expected;
    std::int64_t limit = longCycleLimitDays(judged);
    if (limit <= 0 || pair.salesCycleDays <= limit) return;
    Symptom s = base(doc, pair, "long_sales_cycle");
    s.title = "Long sales cycle for a " + product->complexity + " product on '" + labelOf(pair) + "'";
    s.stageIds = stagesNamed(pair, {"convert"});
    s.numbers = {
        {"sales_cycle_days", pair.salesCycleDays}, {"expected_cycle_days", expected}, {"limit_days", limit}};
    s.threshold = "sales cycle above expected × " +
                  std::string(product->complexity == "complex"    ? "3"
                              : product->complexity == "moderate" ? "2"
                                                                  : "1.5") +
                  " for a " + product->complexity + " product";
    s.explanation = std::to_string(pair.salesCycleDays) + " days vs " + std::to_string(expected) +
                    (fromProduct ? " expected for '" + labelOf(*product) + "'"
                                 : " typical for segment '" + labelOf(*segment) + "' ('" + labelOf(*product) +
                                       "' records no expected cycle)") +
                    " (limit " + std::to_string(limit) + ")";
    out.push_back(std::move(s));
}

void confused(const Document& doc, const ProductChannelPair& pair, std::vector<Symptom>& out) {
    if (pair.customers <= 0) return;
    std::int64_t contacts = satAdd(pair.supportTickets, pair.complaints);
    std::int64_t perCustomerBp = rateBp(contacts, pair.customers);
    if (perCustomerBp < kConfusedTicketsPerCustomerBp) return;
    Symptom s = base(doc, pair, "confused_customers");
    s.title = "Confused customers on '" + labelOf(pair) + "'";
    s.stageIds = stagesNamed(pair, {"retain"});
    s.numbers = {{"support_tickets", pair.supportTickets},
                 {"complaints", pair.complaints},
                 {"customers", pair.customers},
                 {"per_customer_bp", perCustomerBp}};
    s.threshold = "support tickets + complaints per customer >= " +
                  formatNumber(kConfusedTicketsPerCustomerBp / 10000.0);
    s.explanation = std::to_string(contacts) + " tickets and complaints from " +
                    std::to_string(pair.customers) + " customers (" + formatNumber(perCustomerBp / 10000.0) +
                    " per customer)";
    out.push_back(std::move(s));
}

}  // namespace

std::int64_t longCycleLimitDays(const Product& product) {
    if (product.expectedCycleDays <= 0) return 0;
    if (product.complexity == "complex") return satMul(product.expectedCycleDays, 3);
    if (product.complexity == "moderate") return satMul(product.expectedCycleDays, 2);
    return satAdd(mulDivSat(product.expectedCycleDays, 3, 2), product.expectedCycleDays % 2);
}

std::int64_t visitorToLeadBenchmarkBp(const Document& doc) {
    for (const char* id : {"visitor_to_lead", "visitor_conversion", "conversion"})
        for (const auto& m : doc.metrics)
            if (m.id == id && m.unit == "bp" && m.benchmark > 0) return m.benchmark;
    return kDefaultVisitorToLeadBp;
}

std::vector<Symptom> findSymptoms(const Document& doc) {
    std::vector<Symptom> out;
    for (const auto& pair : doc.pairs) {
        highTraffic(doc, pair, out);
        stoppedPromoting(doc, pair, out);
        longCycle(doc, pair, out);
        confused(doc, pair, out);
    }
    return out;
}

}  // namespace sc::engine
