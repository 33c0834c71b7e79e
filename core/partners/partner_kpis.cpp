#include "partners/partner_kpis.h"

#include <algorithm>
#include <set>

#include "engine/text_util.h"
#include "partners/periods.h"

namespace sc::partners {

namespace {

const KpiRecord* recordFor(const Document& doc, const std::string& partnerId, const std::string& period,
                           const std::string& kpi) {
    const KpiRecord* found = nullptr;  // the last one wins if a period was entered twice
    for (const auto& r : doc.kpiRecords)
        if (r.partnerId == partnerId && r.period == period && r.kpi == kpi) found = &r;
    return found;
}

// Every period (≤ `upTo`) in which the partner has any data, oldest first.
std::vector<std::string> partnerPeriods(const Document& doc, const std::string& partnerId, const std::string& upTo,
                                        const std::string& current) {
    std::set<std::string> periods;
    auto add = [&](const std::optional<std::string>& p) {
        if (p && isPeriod(*p) && *p <= upTo) periods.insert(*p);
    };
    for (const auto& d : doc.deals)
        if (d.partnerId == partnerId) add(dealPeriod(d, current));
    for (const auto& r : doc.reportSubmissions)
        if (r.partnerId == partnerId) add(r.period);
    for (const auto& k : doc.kpiRecords)
        if (k.partnerId == partnerId) add(k.period);
    for (const auto& a : doc.pulseAnswers)
        if (a.partnerId == partnerId) add(a.period);
    return {periods.begin(), periods.end()};
}

std::string trendOf(const KpiThreshold& t, std::int64_t now, std::int64_t before) {
    if (now == before) return "steady";
    return (now > before) == t.higherIsBetter ? "improving" : "worsening";
}

PulseCell pulseValue(const Document& doc, const std::string& partnerId, const std::string& period,
                     const std::string& question) {
    PulseCell cell;
    cell.question = question;
    std::int64_t sum = 0;
    for (const auto& a : doc.pulseAnswers) {
        if (a.partnerId != partnerId || a.period != period || a.question != question) continue;
        if (a.score < 1 || a.score > 5) continue;  // out of scale: validation reports it
        sum += a.score;
        ++cell.answers;
    }
    if (cell.answers > 0) {
        const auto n = static_cast<std::int64_t>(cell.answers);
        cell.averageCenti = (sum * 100 + n / 2) / n;
    }
    return cell;
}

// Tier ladder, highest first: the discount bands' tiers by their maximum discount (a higher
// tier earns a wider band), else gold > silver > bronze.
std::vector<std::string> tierLadder(const Document& doc) {
    std::vector<const DiscountBand*> bands;
    for (const auto& b : doc.rules.discountBands) bands.push_back(&b);
    std::stable_sort(bands.begin(), bands.end(),
                     [](const DiscountBand* a, const DiscountBand* b) { return a->maxDiscountBp > b->maxDiscountBp; });
    std::vector<std::string> ladder;
    for (const auto* b : bands)
        if (std::find(ladder.begin(), ladder.end(), b->tier) == ladder.end()) ladder.push_back(b->tier);
    if (ladder.empty()) ladder = {"gold", "silver", "bronze"};
    return ladder;
}

std::string joinNames(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i)
        out += (i == 0 ? "" : i + 1 == names.size() ? " and " : ", ") + names[i];
    return out;
}

struct RagCount {
    std::vector<std::string> green, amber, red;  // KPI names (in sentence case)
    std::size_t judged() const { return green.size() + amber.size() + red.size(); }
};

RagCount countRags(const Document& doc, const std::string& partnerId, const std::string& period,
                   const std::string& current) {
    RagCount count;
    for (const auto& kpi : kpiIds()) {
        const KpiCell cell = kpiValue(doc, partnerId, period, kpi, current);
        if (!cell.value) continue;
        const KpiThreshold t = thresholdFor(doc, kpi);
        const std::string rag = ragOf(t, *cell.value);
        const std::string name = engine::inSentence(t.name);
        (rag == "green" ? count.green : rag == "amber" ? count.amber : count.red).push_back(name);
    }
    return count;
}

// Seed 000: KPIs are "inputs for your partner tier system". Two months are compared so one bad
// (or good) month alone never moves a tier. The thresholds are in docs/PARTNERS.md.
TierAdvice adviseTier(const Document& doc, const Partner& partner, const std::string& period, const std::string& current) {
    TierAdvice advice;
    advice.current = partner.tier;
    advice.recommended = partner.tier;
    advice.action = "keep";
    if (period.empty()) {
        advice.reason = "no partner data in the document";
        return advice;
    }
    const std::string before = previousPeriod(period);
    const RagCount now = countRags(doc, partner.id, period, current);
    const RagCount prev = countRags(doc, partner.id, before, current);
    if (now.judged() < 3) {
        advice.reason = "only " + std::to_string(now.judged()) + " of 5 KPIs have data in " + period + "; not enough to judge";
        return advice;
    }
    const auto ladder = tierLadder(doc);
    const auto at = std::find(ladder.begin(), ladder.end(), partner.tier);
    const std::string tally = std::to_string(now.green.size()) + " green, " + std::to_string(now.amber.size()) +
                              " amber, " + std::to_string(now.red.size()) + " red in " + period;
    if (now.red.size() >= 2 && prev.red.size() >= 2) {
        const std::string why = joinNames(now.red) + " red in " + period + "; " + joinNames(prev.red) + " red in " + before;
        if (at == ladder.end() || at + 1 == ladder.end()) {
            advice.action = "review";
            advice.reason = why + (at == ladder.end() ? "; tier '" + partner.tier + "' is not on the tier ladder"
                                                      : "; already the lowest tier: review the partnership");
        } else {
            advice.action = "demote";
            advice.recommended = *(at + 1);
            advice.reason = why;
        }
    } else if (now.red.size() >= 2 || (!now.red.empty() && !prev.red.empty())) {
        advice.action = "watch";
        advice.reason = joinNames(now.red) + " red in " + period +
                        (prev.red.empty() ? "" : "; " + joinNames(prev.red) + " red in " + before) +
                        ": correct privately before changing the tier";
    } else if (now.red.empty() && now.green.size() >= 4 && prev.red.empty() && prev.green.size() >= 4) {
        const std::string why = std::to_string(now.green.size()) + " of 5 KPIs green in " + period + " and " +
                                std::to_string(prev.green.size()) + " in " + before + ", none red";
        if (at == ladder.end() || at == ladder.begin()) {
            advice.reason = why + (at == ladder.end() ? "; tier '" + partner.tier + "' is not on the tier ladder"
                                                      : "; already the highest tier");
        } else {
            advice.action = "promote";
            advice.recommended = *(at - 1);
            advice.reason = why;
        }
    } else {
        advice.reason = tally;
    }
    return advice;
}

void addNotes(const Document& doc, const Partner& partner, const PartnerRow& row, const std::string& period,
              PartnerKpiReport& report) {
    const std::string name = engine::labelOf(partner);
    auto correct = [&](const std::string& topic, const std::string& text) {
        report.correctPrivately.push_back({partner.id, name, topic, text});
    };
    auto acknowledge = [&](const std::string& topic, const std::string& text) {
        report.acknowledgePublicly.push_back({partner.id, name, topic, text});
    };
    std::size_t green = 0;
    for (std::size_t i = 0; i < row.kpis.size(); ++i) {
        const KpiCell& cell = row.kpis[i];
        if (!cell.value) continue;
        const KpiThreshold& t = report.thresholds[i];
        const std::string value = kpiValueText(t, *cell.value);
        if (cell.rag == "green") ++green;
        if (cell.rag == "red")
            correct(cell.kpi, t.name + " " + value + " is red (green at " + (t.higherIsBetter ? "or above " : "or below ") +
                                  kpiValueText(t, t.green) + ")" + (cell.detail.empty() ? "" : ": " + cell.detail));
        if (cell.rag == "green" && cell.previous) {
            const std::string before = ragOf(t, *cell.previous);
            if (before != "green")
                acknowledge(cell.kpi, t.name + " improved to " + value + " (green) from " + kpiValueText(t, *cell.previous) +
                                          " (" + before + ") in " + cell.previousPeriod);
        }
    }
    if (green == kpiIds().size()) acknowledge("all", "All five KPIs green in " + period + ": best-practice alignment");
    for (const auto& v : row.pricing.violations) {
        std::string reasons;
        for (const auto& r : v.reasons) reasons += (reasons.empty() ? "" : "; ") + r;
        correct("pricing_accuracy", "Deal " + v.dealId + " (" + v.account + "): " + reasons);
    }
    for (const auto& p : row.reporting.problems) correct("reporting_compliance", "Report " + p.reportId + ": " + p.reason);
    for (const auto& c : report.conflicts) {
        if (c.resolved || std::find(c.partnerIds.begin(), c.partnerIds.end(), partner.id) == c.partnerIds.end()) continue;
        correct("channel_conflict", "Channel conflict: " + c.reason);
    }
    for (const auto& f : doc.feedback) {
        if (f.partnerId != partner.id || f.status != "changed" || periodOfDate(f.closedOn) != period) continue;
        acknowledge("feedback", "Their feedback '" + engine::labelOf(f) + "' led to a change" +
                                    (f.changeLedTo.empty() ? "" : ": " + f.changeLedTo));
    }
}

}  // namespace

KpiCell kpiValue(const Document& doc, const std::string& partnerId, const std::string& period, const std::string& kpi,
                 const std::string& currentPeriod) {
    KpiCell cell;
    cell.kpi = kpi;
    const KpiRecord* record = recordFor(doc, partnerId, period, kpi);
    if (record) cell.recorded = record->value;
    if (kpi == "pricing_accuracy") {
        const PricingAudit audit = auditPricing(doc, partnerId, period, currentPeriod);
        if (audit.accuracyBp) {
            cell.value = audit.accuracyBp;
            cell.source = "computed";
            cell.detail = std::to_string(audit.accurate) + " of " + std::to_string(audit.deals) +
                          (audit.deals == 1 ? " deal" : " deals") + " at authorised price points";
        }
    } else if (kpi == "reporting_compliance") {
        const ReportingAudit audit = auditReporting(doc, partnerId, period);
        if (audit.complianceBp) {
            cell.value = audit.complianceBp;
            cell.source = "computed";
            cell.detail = std::to_string(audit.compliant) + " of " + std::to_string(audit.reports) +
                          (audit.reports == 1 ? " report" : " reports") + " on time and in the agreed format";
        }
    }
    // Message consistency (no copy is stored in the document), feedback participation and
    // escalations (no check-in or escalation log) always come from the KPI records.
    if (!cell.value && record) {
        cell.value = record->value;
        cell.source = "manual";
    }
    return cell;
}

PartnerKpiReport buildPartnerKpiReport(const Document& doc, const std::string& period) {
    PartnerKpiReport report;
    report.currentPeriod = latestPeriod(doc).value_or("");
    report.period = period.empty() ? report.currentPeriod : period;
    for (const auto& kpi : kpiIds()) report.thresholds.push_back(thresholdFor(doc, kpi));
    for (const auto& q : pulseQuestions()) report.thresholds.push_back(thresholdFor(doc, "pulse_" + q));
    report.conflicts = findChannelConflicts(doc);

    for (const auto& partner : doc.partners) {
        PartnerRow row;
        row.partnerId = partner.id;
        row.name = engine::labelOf(partner);
        row.tier = partner.tier;
        row.status = partner.status;
        const std::vector<std::string> periods =
            report.period.empty() ? std::vector<std::string>{} : partnerPeriods(doc, partner.id, report.period, report.currentPeriod);
        for (std::size_t k = 0; k < kpiIds().size(); ++k) {
            const KpiThreshold& t = report.thresholds[k];
            KpiCell cell = report.period.empty() ? KpiCell{} : kpiValue(doc, partner.id, report.period, kpiIds()[k], report.currentPeriod);
            cell.kpi = kpiIds()[k];
            for (const auto& p : periods) {
                const KpiCell past = p == report.period ? cell : kpiValue(doc, partner.id, p, cell.kpi, report.currentPeriod);
                if (!past.value) continue;
                cell.series.push_back({p, *past.value});
                if (p < report.period) {
                    cell.previousPeriod = p;
                    cell.previous = past.value;
                }
            }
            if (cell.value) {
                cell.rag = ragOf(t, *cell.value);
                cell.trend = cell.previous ? trendOf(t, *cell.value, *cell.previous) : "new";
            }
            row.kpis.push_back(std::move(cell));
        }
        for (std::size_t q = 0; q < pulseQuestions().size(); ++q) {
            const KpiThreshold& t = report.thresholds[kpiIds().size() + q];
            PulseCell cell = pulseValue(doc, partner.id, report.period, pulseQuestions()[q]);
            for (const auto& p : periods) {
                if (p >= report.period) continue;
                const PulseCell past = pulseValue(doc, partner.id, p, cell.question);
                if (!past.averageCenti) continue;
                cell.previousPeriod = p;
                cell.previousCenti = past.averageCenti;
            }
            if (cell.averageCenti) {
                cell.rag = ragOf(t, *cell.averageCenti, 100);
                cell.trend = cell.previousCenti ? trendOf(t, *cell.averageCenti, *cell.previousCenti) : "new";
            }
            row.pulse.push_back(std::move(cell));
        }
        row.tierAdvice = adviseTier(doc, partner, report.period, report.currentPeriod);
        if (!report.period.empty()) {
            row.pricing = auditPricing(doc, partner.id, report.period, report.currentPeriod);
            row.reporting = auditReporting(doc, partner.id, report.period);
        }
        addNotes(doc, partner, row, report.period, report);
        report.partners.push_back(std::move(row));
    }
    return report;
}

std::string kpiValueText(const KpiThreshold& t, std::int64_t value) {
    if (t.unit == "bp") return engine::formatBp(value);
    return std::to_string(value);
}

std::string pulseText(std::int64_t centi) {
    const std::string fraction = std::to_string(centi % 100);
    return std::to_string(centi / 100) + "." + (fraction.size() < 2 ? "0" : "") + fraction;
}

}  // namespace sc::partners
