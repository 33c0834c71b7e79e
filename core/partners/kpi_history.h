// Each KPI of each partner over the whole history (`scorecard partners --all-periods`): the
// periods with KPI values, oldest first, and per partner and KPI the series of (period, value,
// red/amber/green, trend against the previous value). Read off the KPI report of the latest
// period, whose series hold every earlier period the partner has data in (partner_kpis.h), so
// each value is exactly what the one-month report shows for that month. docs/PARTNERS.md
// "All periods".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/common.h"
#include "model/document.h"
#include "partners/kpi_thresholds.h"

namespace sc::partners {

struct HistoryPoint {
    std::string period;
    std::int64_t value = 0;  // bp for rates, a count for escalation_frequency
    std::string rag;         // "green" | "amber" | "red"
    std::string trend;       // against the previous point: "improving" | "worsening" | "steady" | "new"
};

struct KpiSeries {
    std::string kpi;
    std::vector<HistoryPoint> points;  // only periods with a value
};

struct PartnerHistory {
    std::string partnerId;
    std::string name;
    std::string tier;
    std::string status;
    std::vector<KpiSeries> kpis;  // in kpiIds() order
};

struct KpiHistory {
    std::string currentPeriod;             // the latest period with partner data ("" when none)
    std::vector<std::string> periods;      // every period some partner has a KPI value in
    std::vector<KpiThreshold> thresholds;  // the five KPIs'
    std::vector<PartnerHistory> partners;  // in document order
};

KpiHistory buildKpiHistory(const Document& doc);

// The JSON of `scorecard partners --all-periods --format json`, and its text.
Json kpiHistoryToJson(const KpiHistory& history);
std::string kpiHistoryToText(const KpiHistory& history);

}  // namespace sc::partners
