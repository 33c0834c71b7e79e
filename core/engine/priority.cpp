#include "engine/priority.h"

#include "model/saturating.h"

#include <algorithm>
#include <cmath>

#include "engine/text_util.h"
#include "workflow/money_text.h"

namespace sc::engine {

namespace {

struct PairFigures {
    std::int64_t leads = 0, revenue = 0, complaints = 0;
    std::string label;
};

// The pair the mismatch is about; without one, every pair on its channel together.
PairFigures figuresFor(const Document& doc, const Mismatch& m) {
    PairFigures f;
    for (const auto& p : doc.pairs) {
        bool mine =
            !m.pairId.empty() ? p.id == m.pairId : (!m.channelId.empty() && p.channelId == m.channelId);
        if (!mine) continue;
        f.leads += p.leads;
        f.revenue += p.revenueMinor;
        f.complaints += p.complaints;
        f.label += (f.label.empty() ? "" : "+") + labelOf(p);
    }
    return f;
}

double share(std::int64_t part, std::int64_t total) {
    return total > 0 ? static_cast<double>(part) / static_cast<double>(total) : 0.0;
}

double round2(double v) { return std::round(v * 100.0) / 100.0; }

}  // namespace

double severityWeight(const std::string& severity) {
    if (severity == "low") return 0.25;
    if (severity == "high") return 0.75;
    if (severity == "critical") return 1.0;
    return 0.5;
}

bool isActiveStatus(const std::string& status) { return status == "open" || status == "fixing"; }

PriorityBreakdown scoreMismatch(const Document& doc, const Mismatch& m) {
    const PriorityModel& model = doc.priorityModel;
    std::int64_t totalLeads = 0, totalRevenue = 0, totalComplaints = 0;
    for (const auto& p : doc.pairs) {
        totalLeads = satAdd(totalLeads, p.leads);
        totalRevenue = satAdd(totalRevenue, p.revenueMinor);
        totalComplaints = satAdd(totalComplaints, p.complaints);
    }
    PairFigures f = figuresFor(doc, m);
    std::string of = f.label.empty() ? "no pair data" : "'" + f.label + "'";

    PriorityBreakdown b;
    auto add = [&](const char* name, double value, std::int64_t weight, std::string source) {
        b.components.push_back({name, std::clamp(value, 0.0, 1.0),
                                static_cast<double>(std::max<std::int64_t>(weight, 0)), 0,
                                std::move(source)});
    };
    if (m.leadsAffectedBp >= 0)
        add("leads", m.leadsAffectedBp / 10000.0, model.leadsWeight,
            "estimated share of leads affected " + formatBp(m.leadsAffectedBp));
    else
        add("leads", share(f.leads, totalLeads), model.leadsWeight,
            "leads of " + of + ": " + std::to_string(f.leads) + " of " + std::to_string(totalLeads));
    add("revenue", share(f.revenue, totalRevenue), model.revenueWeight,
        "revenue at risk of " + of + ": " + formatMoney(f.revenue, doc.info.currency) + " of " +
            formatMoney(totalRevenue, doc.info.currency));
    add("severity", severityWeight(m.severity), model.severityWeight, "severity " + m.severity);
    add("complaints", share(f.complaints, totalComplaints), model.complaintsWeight,
        "complaints of " + of + ": " + std::to_string(f.complaints) + " of " +
            std::to_string(totalComplaints));
    add("confidence", m.confidenceBp / 10000.0, model.confidenceWeight,
        "confidence " + formatBp(m.confidenceBp));

    double weights = 0;
    for (const auto& c : b.components) weights += c.weight;
    for (auto& c : b.components) {
        c.contribution = weights > 0 ? c.weight * c.value / weights : 0;
        b.impact += c.contribution;
    }
    b.effort = static_cast<double>(std::clamp<std::int64_t>(m.effort, 1, 5));
    b.effortDivisor = 1.0 + std::max<std::int64_t>(model.effortWeight, 0) / 100.0 * (b.effort - 1.0) / 4.0;
    b.score = round2(100.0 * b.impact / b.effortDivisor);
    return b;
}

std::vector<RankedEntry> rankMismatches(const Document& doc) {
    std::vector<RankedEntry> out;
    for (std::size_t i = 0; i < doc.mismatches.size(); ++i)
        out.push_back({i, scoreMismatch(doc, doc.mismatches[i]), 0});
    auto component = [](const RankedEntry& e, const char* name) {
        for (const auto& c : e.breakdown.components)
            if (c.name == name) return c.value;
        return 0.0;
    };
    std::stable_sort(out.begin(), out.end(), [&](const RankedEntry& a, const RankedEntry& b) {
        const Mismatch& ma = doc.mismatches[a.index];
        const Mismatch& mb = doc.mismatches[b.index];
        bool aa = isActiveStatus(ma.status), ab = isActiveStatus(mb.status);
        if (aa != ab) return aa;
        if (a.breakdown.score != b.breakdown.score) return a.breakdown.score > b.breakdown.score;
        double ra = component(a, "revenue"), rb = component(b, "revenue");
        if (ra != rb) return ra > rb;
        double la = component(a, "leads"), lb = component(b, "leads");
        if (la != lb) return la > lb;
        const std::string& ka = ma.key.empty() ? ma.id : ma.key;
        const std::string& kb = mb.key.empty() ? mb.id : mb.key;
        return ka < kb;
    });
    int rank = 0;
    for (auto& e : out)
        if (isActiveStatus(doc.mismatches[e.index].status)) e.rank = ++rank;
    return out;
}

}  // namespace sc::engine
