// KPIs per partner per period (PRODUCT.md section 3, seed 000 "Measuring alignment", seed 004):
// the five KPIs computed from the audits where the document has the data, else taken from the
// hand-entered KPI records; red/amber/green against the metric dictionary; the trend across
// periods; pulse survey averages; a tier recommendation with its reason; and the lists "correct
// privately" and "acknowledge publicly". Every rule is in docs/PARTNERS.md.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/document.h"
#include "partners/channel_conflicts.h"
#include "partners/kpi_thresholds.h"
#include "partners/pricing_audit.h"
#include "partners/reporting_audit.h"

namespace sc::partners {

struct KpiCell {
    std::string kpi;
    std::optional<std::int64_t> value;     // bp for rates, a count for escalation_frequency
    std::string source;                    // "computed" | "manual" | "" (no data)
    std::optional<std::int64_t> recorded;  // the KPI record for the period, when there is one
    std::string detail;                    // "2 of 3 deals at authorised price points"
    std::string rag = "none";              // "green" | "amber" | "red" | "none"
    std::string trend = "none";            // "improving" | "worsening" | "steady" | "new" | "none"
    std::string previousPeriod;            // the latest earlier period with a value
    std::optional<std::int64_t> previous;
    std::vector<std::pair<std::string, std::int64_t>> series;  // (period, value) up to the period
};

struct PulseCell {
    std::string question;
    std::size_t answers = 0;
    std::optional<std::int64_t> averageCenti;  // average 1–5 answer in hundredths: 450 = 4.50
    std::string rag = "none";
    std::string trend = "none";
    std::string previousPeriod;
    std::optional<std::int64_t> previousCenti;
};

struct TierAdvice {
    std::string current;
    std::string recommended;
    // "promote" | "keep" | "watch" | "demote" | "review" | "at_risk_relationship" (a red pulse
    // score: no tier change before a conversation; the reason names the pulse scores)
    std::string action;
    std::string reason;
};

struct PartnerRow {
    std::string partnerId;
    std::string name;
    std::string tier;
    std::string status;
    std::vector<KpiCell> kpis;     // in kpiIds() order
    std::vector<PulseCell> pulse;  // in pulseQuestions() order
    TierAdvice tierAdvice;
    PricingAudit pricing;      // the period's deals
    ReportingAudit reporting;  // the period's reports
};

struct PartnerNote {
    std::string partnerId;
    std::string partnerName;
    std::string topic;  // a KPI id, "channel_conflict" or "feedback"
    std::string text;
};

struct PartnerKpiReport {
    std::string period;                    // the period reported ("" when the document has no partner data)
    std::string currentPeriod;             // the latest period with data; open deals count in it
    std::vector<KpiThreshold> thresholds;  // the five KPIs, then the four pulse questions
    std::vector<PartnerRow> partners;      // in document order
    std::vector<ChannelConflict> conflicts;
    std::vector<PartnerNote> correctPrivately;
    std::vector<PartnerNote> acknowledgePublicly;
    std::vector<PartnerNote> relationshipsAtRisk;  // red pulse scores, whatever the sales KPIs (seed 004)
};

// One KPI of one partner in one period, without trend or RAG.
KpiCell kpiValue(const Document& doc, const std::string& partnerId, const std::string& period,
                 const std::string& kpi, const std::string& currentPeriod);

// `period` "YYYY-MM"; empty means the latest period with data (see latestPeriod).
PartnerKpiReport buildPartnerKpiReport(const Document& doc, const std::string& period = "");

// A KPI value as the tables print it: bp as "95.0%", counts as numbers.
std::string kpiValueText(const KpiThreshold& t, std::int64_t value);
// A pulse average in hundredths: 450 -> "4.50".
std::string pulseText(std::int64_t centi);

}  // namespace sc::partners
