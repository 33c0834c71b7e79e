#include "partners/partner_kpis.h"

#include <algorithm>
#include <set>

#include "engine/text_util.h"
#include "partners/copy_samples.h"
#include "partners/feedback_loop.h"
#include "partners/incidents.h"
#include "partners/money_text.h"
#include "partners/partner_data.h"
#include "partners/periods.h"

namespace sc::partners {

namespace {

const PartnerData& noData() {
    static const PartnerData empty;
    return empty;
}

template <class Map>
const typename Map::mapped_type* rowsIn(const Map& byPeriod, const std::string& period) {
    const auto it = byPeriod.find(period);
    return it == byPeriod.end() ? nullptr : &it->second;
}

const KpiRecord* recordFor(const PartnerData& data, const std::string& period, const std::string& kpi) {
    const auto* records = rowsIn(data.records, period);
    if (!records) return nullptr;
    const auto it = records->find(kpi);
    return it == records->end() ? nullptr : it->second;
}

// Every period (≤ `upTo`) in which the partner has any data, oldest first.
std::vector<std::string> partnerPeriods(const PartnerData& data, const std::string& upTo) {
    std::set<std::string> periods;
    auto add = [&](const auto& byPeriod) {
        for (const auto& entry : byPeriod)
            if (isPeriod(entry.first) && entry.first <= upTo) periods.insert(entry.first);
    };
    add(data.deals);
    add(data.reports);
    add(data.records);
    add(data.pulse);
    add(data.copy);
    return {periods.begin(), periods.end()};
}

std::string trendOf(const KpiThreshold& t, std::int64_t now, std::int64_t before) {
    if (now == before) return "steady";
    return (now > before) == t.higherIsBetter ? "improving" : "worsening";
}

PulseCell pulseValue(const PartnerData& data, const std::string& period, const std::string& question) {
    PulseCell cell;
    cell.question = question;
    std::int64_t sum = 0;
    const auto* answers = rowsIn(data.pulse, period);
    for (const PulseAnswer* a : answers ? *answers : std::vector<const PulseAnswer*>{}) {
        if (a->question != question || a->score < 1 || a->score > 5)
            continue;  // out of scale: validation reports it
        sum += a->score;
        ++cell.answers;
    }
    if (cell.answers > 0) {
        const auto n = static_cast<std::int64_t>(cell.answers);
        cell.averageCenti = (sum * 100 + n / 2) / n;
    }
    return cell;
}

// Tiers are free text: "Gold" and "gold" are one tier (as the discount bands compare them).
bool sameTier(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

// Tier ladder, highest first: the discount bands' tiers by their maximum discount (a higher
// tier earns a wider band), else gold > silver > bronze.
std::vector<std::string> tierLadder(const Document& doc) {
    std::vector<const DiscountBand*> bands;
    for (const auto& b : doc.rules.discountBands) bands.push_back(&b);
    std::stable_sort(bands.begin(), bands.end(), [](const DiscountBand* a, const DiscountBand* b) {
        return a->maxDiscountBp.value_or(-1) > b->maxDiscountBp.value_or(-1);  // not set: lowest
    });
    std::vector<std::string> ladder;
    for (const auto* b : bands)
        if (std::none_of(ladder.begin(), ladder.end(),
                         [&](const std::string& t) { return sameTier(t, b->tier); }))
            ladder.push_back(b->tier);
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

KpiCell kpiOf(const Document& doc, const std::string& partnerId, const PartnerData& data,
              const std::string& period, const std::string& kpi);

RagCount countRags(const Document& doc, const std::string& partnerId, const PartnerData& data,
                   const std::string& period) {
    RagCount count;
    for (const auto& kpi : kpiIds()) {
        const KpiCell cell = kpiOf(doc, partnerId, data, period, kpi);
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
TierAdvice adviseTierOnKpis(const Document& doc, const Partner& partner, const PartnerData& data,
                            const std::string& period) {
    TierAdvice advice;
    advice.current = partner.tier;
    advice.recommended = partner.tier;
    advice.action = "keep";
    if (period.empty()) {
        advice.reason = "no partner data in the document";
        return advice;
    }
    const std::string before = previousPeriod(period);
    const RagCount now = countRags(doc, partner.id, data, period);
    const RagCount prev = countRags(doc, partner.id, data, before);
    if (now.judged() < 3) {
        advice.reason = "only " + std::to_string(now.judged()) + " of 5 KPIs have data in " + period +
                        "; not enough to judge";
        return advice;
    }
    const auto ladder = tierLadder(doc);
    const auto at = std::find_if(ladder.begin(), ladder.end(),
                                 [&](const std::string& tier) { return sameTier(tier, partner.tier); });
    const std::string tally = std::to_string(now.green.size()) + " green, " +
                              std::to_string(now.amber.size()) + " amber, " + std::to_string(now.red.size()) +
                              " red in " + period;
    if (now.red.size() >= 2 && prev.red.size() >= 2) {
        const std::string why =
            joinNames(now.red) + " red in " + period + "; " + joinNames(prev.red) + " red in " + before;
        if (at == ladder.end() || at + 1 == ladder.end()) {
            advice.action = "review";
            advice.reason =
                why + (at == ladder.end() ? "; tier '" + partner.tier + "' is not on the tier ladder"
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
            advice.reason =
                why + (at == ladder.end() ? "; tier '" + partner.tier + "' is not on the tier ladder"
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

// The pulse questions (autonomy, mastery, purpose, satisfaction) red in `period`, as
// "autonomy 2.00 and purpose 2.50".
std::vector<std::string> redPulse(const Document& doc, const PartnerData& data, const std::string& period) {
    std::vector<std::string> red;
    for (const auto& q : pulseQuestions()) {
        const PulseCell cell = pulseValue(data, period, q);
        if (!cell.averageCenti) continue;
        if (ragOf(thresholdFor(doc, "pulse_" + q), *cell.averageCenti, 100) == "red")
            red.push_back(q + " " + pulseText(*cell.averageCenti));
    }
    return red;
}

// Seed 004: the dealer group left although "the dealers had strong sales numbers … They knew
// our sales numbers, but they didn't know our business." Red pulse scores override what the
// sales KPIs advise: the relationship is at risk, and no promotion comes before a conversation.
TierAdvice adviseTier(const Document& doc, const Partner& partner, const PartnerData& data,
                      const std::string& period) {
    TierAdvice advice = adviseTierOnKpis(doc, partner, data, period);
    if (period.empty()) return advice;
    const auto red = redPulse(doc, data, period);
    if (red.empty()) return advice;
    const std::string kpis =
        advice.action == "keep"
            ? "keep " + (advice.current.empty() ? std::string("the tier") : advice.current)
        : advice.recommended != advice.current ? advice.action + " to " + advice.recommended
                                               : advice.action;
    advice.reason = "at risk: relationship — pulse " + joinNames(red) + " red in " + period +
                    "; talk with the partner before any tier change (the sales KPIs alone would say " + kpis +
                    ": " + advice.reason + ")";
    advice.action = "at_risk_relationship";
    advice.recommended = advice.current;
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
            correct(cell.kpi, t.name + " " + value + " is red (green at " +
                                  (t.higherIsBetter ? "or above " : "or below ") + kpiValueText(t, t.green) +
                                  ")" + (cell.detail.empty() ? "" : ": " + cell.detail));
        if (cell.rag == "green" && cell.previous) {
            const std::string before = ragOf(t, *cell.previous);
            if (before != "green")
                acknowledge(cell.kpi, t.name + " improved to " + value + " (green) from " +
                                          kpiValueText(t, *cell.previous) + " (" + before + ") in " +
                                          cell.previousPeriod);
        }
    }
    // Seed 000: acknowledge best-practice alignment in front of the group — not while the
    // partner has an open violation (a deal off the price book, a conflicting or out-of-territory
    // registration) in the period; its improvements above are still acknowledged as such.
    std::size_t openConflicts = 0;
    for (const auto& c : report.conflicts)
        if (!c.resolved &&
            std::find(c.partnerIds.begin(), c.partnerIds.end(), partner.id) != c.partnerIds.end())
            ++openConflicts;
    const std::size_t violations = row.pricing.violations.size() + openConflicts;
    if (green == kpiIds().size() && violations == 0)
        acknowledge("all", "All five KPIs green in " + period + ": best-practice alignment");
    if (row.tierAdvice.action == "at_risk_relationship")
        report.relationshipsAtRisk.push_back({partner.id, name, "pulse", row.tierAdvice.reason});
    for (const auto& v : row.pricing.violations) {
        std::string reasons;
        for (const auto& r : v.reasons) reasons += (reasons.empty() ? "" : "; ") + r;
        correct("pricing_accuracy", "Deal " + v.dealId + " (" + v.account + "): " + reasons);
    }
    for (const auto& p : row.reporting.problems)
        correct("reporting_compliance", "Report " + p.reportId + ": " + p.reason);
    for (const auto& c : report.conflicts) {
        if (c.resolved ||
            std::find(c.partnerIds.begin(), c.partnerIds.end(), partner.id) == c.partnerIds.end())
            continue;
        correct("channel_conflict", "Channel conflict: " + c.reason);
    }
    for (const auto& f : doc.feedback) {
        if (f.partnerId != partner.id || f.status != "changed" || periodOfDate(f.closedOn) != period)
            continue;
        acknowledge("feedback", "Their feedback '" + engine::labelOf(f) + "' led to a change" +
                                    (f.changeLedTo.empty() ? "" : ": " + f.changeLedTo));
    }
}

}  // namespace

namespace {

KpiCell kpiOf(const Document& doc, const std::string& partnerId, const PartnerData& data,
              const std::string& period, const std::string& kpi) {
    KpiCell cell;
    cell.kpi = kpi;
    const KpiRecord* record = recordFor(data, period, kpi);
    if (record) cell.recorded = record->value;
    if (kpi == "pricing_accuracy") {
        const auto* deals = rowsIn(data.deals, period);
        const PricingAudit audit = auditDeals(doc, deals ? *deals : std::vector<const Deal*>{});
        if (audit.accuracyBp) {
            cell.value = audit.accuracyBp;
            cell.source = "computed";
            cell.detail = std::to_string(audit.accurate) + " of " + std::to_string(audit.deals) +
                          (audit.deals == 1 ? " deal" : " deals") + " at authorised price points";
        }
    } else if (kpi == "message_consistency") {
        // The copy samples captured in the month, audited like `audit-copy` (copy_samples.h).
        const auto* samples = rowsIn(data.copy, period);
        if (const auto fromCopy =
                messageConsistencyFromCopy(doc, samples ? *samples : std::vector<const CopySample*>{})) {
            cell.value = fromCopy->value;
            cell.source = "computed";
            cell.detail = fromCopy->detail;
        }
    } else if (kpi == "reporting_compliance") {
        const auto* reports = rowsIn(data.reports, period);
        const ReportingAudit audit =
            auditReports(reports ? *reports : std::vector<const ReportSubmission*>{});
        if (audit.complianceBp) {
            cell.value = audit.complianceBp;
            cell.source = "computed";
            cell.detail = std::to_string(audit.compliant) + " of " + std::to_string(audit.reports) +
                          (audit.reports == 1 ? " report" : " reports") + " on time and in the agreed format";
        }
    }
    // Message consistency comes from the KPI records in a month without copy samples.
    // Feedback participation and escalations come from the feedback and incident logs where the
    // document keeps them, unless a KPI record was entered by hand: that counts what the log
    // may not hold (surveys, calls), and the detail says what the log gives when they differ.
    // A partner that appears nowhere up to the period (no deal, report, record, pulse answer,
    // copy sample, feedback item or incident) is not judged on the logs: a newly signed partner
    // is "no data", not red.
    const auto since = [&](const auto& byPeriod) {
        return !byPeriod.empty() && byPeriod.begin()->first <= period;
    };
    const auto inLog = [&](const auto& log, auto dateOf) {
        for (const auto& item : log) {
            if (item.partnerId != partnerId) continue;
            const auto month = periodOfDate(dateOf(item));
            if (month && *month <= period) return true;
        }
        return false;
    };
    const bool fromLogs = kpi == "feedback_participation" || kpi == "escalation_frequency";
    // Only the two log-based KPIs need it: the log scans stay off the other KPIs' path.
    const bool hasData =
        fromLogs &&
        (since(data.deals) || since(data.reports) || since(data.records) || since(data.pulse) ||
         since(data.copy) || inLog(doc.feedback, [](const FeedbackItem& f) { return f.receivedOn; }) ||
         inLog(doc.incidents, [](const Incident& i) { return i.occurredOn; }));
    std::optional<LogKpi> fromLog;
    if (hasData && kpi == "feedback_participation")
        fromLog = feedbackParticipationFromLog(doc, partnerId, period);
    if (hasData && kpi == "escalation_frequency") fromLog = escalationsFromLog(doc, partnerId, period);
    if (!cell.value && record) {
        cell.value = record->value;
        cell.source = "manual";
        if (fromLog && fromLog->value != record->value)
            cell.detail = "entered by hand; the log gives " + fromLog->detail;
    } else if (!cell.value && fromLog) {
        cell.value = fromLog->value;
        cell.source = "computed";
        cell.detail = fromLog->detail;
    }
    return cell;
}

}  // namespace

KpiCell kpiValue(const Document& doc, const std::string& partnerId, const std::string& period,
                 const std::string& kpi, const std::string& currentPeriod) {
    const auto data = groupByPartner(doc, currentPeriod);
    const auto it = data.find(partnerId);
    return kpiOf(doc, partnerId, it == data.end() ? noData() : it->second, period, kpi);
}

PartnerKpiReport buildPartnerKpiReport(const Document& doc, const std::string& period) {
    PartnerKpiReport report;
    report.currentPeriod = latestPeriod(doc).value_or("");
    report.period = period.empty() ? report.currentPeriod : period;
    for (const auto& kpi : kpiIds()) report.thresholds.push_back(thresholdFor(doc, kpi));
    for (const auto& q : pulseQuestions()) report.thresholds.push_back(thresholdFor(doc, "pulse_" + q));
    report.conflicts = findChannelConflicts(doc);
    const auto byPartner = groupByPartner(doc, report.currentPeriod);

    for (const auto& partner : doc.partners) {
        PartnerRow row;
        row.partnerId = partner.id;
        row.name = engine::labelOf(partner);
        row.tier = partner.tier;
        row.status = partner.status;
        const auto found = byPartner.find(partner.id);
        const PartnerData& data = found == byPartner.end() ? noData() : found->second;
        const std::vector<std::string> periods =
            report.period.empty() ? std::vector<std::string>{} : partnerPeriods(data, report.period);
        for (std::size_t k = 0; k < kpiIds().size(); ++k) {
            const KpiThreshold& t = report.thresholds[k];
            KpiCell cell =
                report.period.empty() ? KpiCell{} : kpiOf(doc, partner.id, data, report.period, kpiIds()[k]);
            cell.kpi = kpiIds()[k];
            for (const auto& p : periods) {
                const KpiCell past = p == report.period ? cell : kpiOf(doc, partner.id, data, p, cell.kpi);
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
            PulseCell cell = pulseValue(data, report.period, pulseQuestions()[q]);
            for (const auto& p : periods) {
                if (p >= report.period) continue;
                const PulseCell past = pulseValue(data, p, cell.question);
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
        row.tierAdvice = adviseTier(doc, partner, data, report.period);
        const auto* deals = rowsIn(data.deals, report.period);
        const auto* reports = rowsIn(data.reports, report.period);
        if (deals) row.pricing = auditDeals(doc, *deals);
        if (reports) row.reporting = auditReports(*reports);
        addNotes(doc, partner, row, report.period, report);
        report.partners.push_back(std::move(row));
    }
    return report;
}

std::string kpiValueText(const KpiThreshold& t, std::int64_t value) {
    if (t.unit == "bp") return bpPercentText(value);
    return std::to_string(value);
}

std::string pulseText(std::int64_t centi) {
    const std::string fraction = std::to_string(centi % 100);
    return std::to_string(centi / 100) + "." + (fraction.size() < 2 ? "0" : "") + fraction;
}

}  // namespace sc::partners
