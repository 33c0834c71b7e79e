#include "document_generator.h"

#include <string>

#include "generate/rng.h"

namespace sc::bench {
namespace {

// The generator's own PRNG (core/generate/rng.h, as `scorecard generate` uses): no <random>
// distributions, so documents are identical across standard libraries and in WebAssembly.
using Rng = sc::generate::Rng;

// Rows copied from the template keep their ids (post-mortems point at deals by id); added
// rows get "<prefix>-0001234", a shape no sample id has.
std::string rowId(const std::string& templateId, const char* prefix, std::size_t i,
                  std::size_t templateRows) {
    if (i < templateRows) return templateId;
    std::string n = std::to_string(i);
    return std::string(prefix) + "-" + std::string(n.size() < 7 ? 7 - n.size() : 0, '0') + n;
}

std::string twoDigits(std::int64_t n) { return (n < 10 ? "0" : "") + std::to_string(n); }

// A day in 2026 (days capped at 28, so every month is valid). The month is drawn first, in a
// statement of its own: the operands of + are evaluated in no fixed order.
std::string date2026(Rng& rng) {
    const std::int64_t month = rng.between(1, 12);
    return "2026-" + twoDigits(month) + "-" + twoDigits(rng.between(1, 28));
}
std::string month2026(Rng& rng) { return "2026-" + twoDigits(rng.between(1, 12)); }

template <class T>
std::vector<T> cycled(const std::vector<T>& templ, std::size_t n) {
    std::vector<T> out;
    if (templ.empty()) return out;
    out.reserve(n);
    for (std::size_t i = 0; i < n; ++i) out.push_back(templ[i % templ.size()]);
    return out;
}

std::vector<std::string> idsOf(const std::vector<Partner>& partners) {
    std::vector<std::string> ids;
    for (const auto& p : partners) ids.push_back(p.id);
    return ids;
}

void growDeals(Document& doc, std::size_t n, Rng& rng) {
    const auto partners = idsOf(doc.partners);
    std::vector<std::string> territories;
    for (const auto& t : doc.rules.territories) territories.push_back(t.id);
    static const std::vector<std::string> outcomes = {"open", "won", "won", "lost"};
    const std::size_t n0 = doc.deals.size();
    doc.deals = cycled(doc.deals.get(), n);
    for (std::size_t i = 0; i < doc.deals.size(); ++i) {
        Deal& d = doc.deals[i];
        d.id = rowId(d.id, "d", i, n0);
        d.account = d.account + " " + std::to_string(i / doc.partners.size());
        d.name = d.account + ": " + d.sku;
        if (!partners.empty()) d.partnerId = rng.pick(partners);
        if (!territories.empty()) d.territoryId = rng.pick(territories);
        d.quantity = rng.between(1, 200);
        d.discountBp = rng.between(0, 40) * 50;  // 0..20% in half-percent steps
        d.quotedPriceMinor = d.listPriceMinor * (10000 - d.discountBp) / 10000;
        d.outcome = rng.pick(outcomes);
        d.approved = d.outcome != "open";
        d.closedOn = d.outcome == "open" ? "" : date2026(rng);
    }
}

void growRegistrations(Document& doc, std::size_t n, Rng& rng) {
    const auto partners = idsOf(doc.partners);
    static const std::vector<std::string> statuses = {"pending", "approved", "approved", "rejected"};
    const std::size_t n0 = doc.dealRegistrations.size();
    doc.dealRegistrations = cycled(doc.dealRegistrations.get(), n);
    for (std::size_t i = 0; i < doc.dealRegistrations.size(); ++i) {
        DealRegistration& r = doc.dealRegistrations[i];
        r.id = rowId(r.id, "r", i, n0);
        r.account = r.account + " " + std::to_string(i);
        if (!partners.empty()) r.partnerId = rng.pick(partners);
        r.registeredOn = date2026(rng);
        r.status = rng.pick(statuses);
    }
}

void growReports(Document& doc, std::size_t n, Rng& rng) {
    const auto partners = idsOf(doc.partners);
    const std::size_t n0 = doc.reportSubmissions.size();
    doc.reportSubmissions = cycled(doc.reportSubmissions.get(), n);
    for (std::size_t i = 0; i < doc.reportSubmissions.size(); ++i) {
        ReportSubmission& r = doc.reportSubmissions[i];
        r.id = rowId(r.id, "rep", i, n0);
        if (!partners.empty()) r.partnerId = rng.pick(partners);
        r.formatOk = rng.between(0, 9) > 0;
    }
}

void growKpis(Document& doc, std::size_t n, Rng& rng) {
    const auto partners = idsOf(doc.partners);
    const std::size_t n0 = doc.kpiRecords.size();
    doc.kpiRecords = cycled(doc.kpiRecords.get(), n);
    for (std::size_t i = 0; i < doc.kpiRecords.size(); ++i) {
        KpiRecord& k = doc.kpiRecords[i];
        k.id = rowId(k.id, "k", i, n0);
        if (!partners.empty()) k.partnerId = rng.pick(partners);
        k.period = month2026(rng);
        k.value = k.kpi == "escalation_frequency" ? rng.between(0, 12) : rng.between(5000, 10000);
    }
}

void growPulse(Document& doc, std::size_t n, Rng& rng) {
    const auto partners = idsOf(doc.partners);
    const std::size_t n0 = doc.pulseAnswers.size();
    doc.pulseAnswers = cycled(doc.pulseAnswers.get(), n);
    for (std::size_t i = 0; i < doc.pulseAnswers.size(); ++i) {
        PulseAnswer& a = doc.pulseAnswers[i];
        a.id = rowId(a.id, "pu", i, n0);
        if (!partners.empty()) a.partnerId = rng.pick(partners);
        a.period = month2026(rng);
        a.score = rng.between(1, 5);
    }
}

// Seeded values for every dimension a level map already uses.
LevelMap varied(const LevelMap& templ, const Document& doc, Rng& rng) {
    LevelMap out = templ;
    for (auto& [dimensionId, value] : out) {
        const Dimension* dim = findById(doc.dimensions, dimensionId);
        if (!dim) continue;
        if (dim->kind == "numeric") value.number = static_cast<double>(rng.between(0, 24) * 5);
        else if (!dim->levels.empty()) value.level = rng.pick(dim->levels).id;
    }
    return out;
}

}  // namespace

Document withTables(const Document& templ, const TableSizes& sizes, std::uint64_t seed) {
    Document doc = templ;
    Rng rng(seed);
    if (sizes.deals) growDeals(doc, sizes.deals, rng);
    if (sizes.dealRegistrations) growRegistrations(doc, sizes.dealRegistrations, rng);
    if (sizes.reportSubmissions) growReports(doc, sizes.reportSubmissions, rng);
    if (sizes.kpiRecords) growKpis(doc, sizes.kpiRecords, rng);
    if (sizes.pulseAnswers) growPulse(doc, sizes.pulseAnswers, rng);
    return doc;
}

Document withMaps(const Document& templ, std::size_t promises, std::size_t channels, std::uint64_t seed) {
    Document doc = templ;
    Rng rng(seed);
    if (doc.promises.empty() || doc.channels.empty()) return doc;
    const Promise promiseTemplate = doc.promises.front();
    const Channel channelTemplate = doc.channels.front();
    for (std::size_t i = doc.promises.size(); i < promises; ++i) {
        Promise p = promiseTemplate;
        p.id = "pr_bench_" + std::to_string(i);
        p.name = promiseTemplate.name + " (variant " + std::to_string(i) + ")";
        p.levels = varied(promiseTemplate.levels, doc, rng);
        for (auto& t : p.touchpoints) t.id += "_" + std::to_string(i);
        doc.promises.push_back(std::move(p));
    }
    for (std::size_t i = doc.channels.size(); i < channels; ++i) {
        Channel c = channelTemplate;
        c.id = "ch_bench_" + std::to_string(i);
        c.name = channelTemplate.name + " (variant " + std::to_string(i) + ")";
        c.levels = varied(channelTemplate.levels, doc, rng);
        for (auto& t : c.touchpoints) t.id += "_" + std::to_string(i);
        doc.channels.push_back(std::move(c));
    }
    return doc;
}

std::size_t tableRows(const Document& doc) {
    return doc.deals.size() + doc.dealRegistrations.size() + doc.reportSubmissions.size() +
           doc.kpiRecords.size() + doc.pulseAnswers.size() + doc.pairObservations.size();
}

}  // namespace sc::bench
