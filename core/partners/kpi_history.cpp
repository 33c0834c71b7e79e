#include "partners/kpi_history.h"

#include <set>

#include "partners/partner_kpis.h"

namespace sc::partners {

KpiHistory buildKpiHistory(const Document& doc) {
    KpiHistory history;
    const PartnerKpiReport report = buildPartnerKpiReport(doc);  // the latest period: the whole history
    history.currentPeriod = report.currentPeriod;
    for (std::size_t k = 0; k < kpiIds().size(); ++k) history.thresholds.push_back(report.thresholds[k]);
    std::set<std::string> periods;
    for (const auto& row : report.partners) {
        PartnerHistory p{row.partnerId, row.name, row.tier, row.status, {}};
        for (std::size_t k = 0; k < row.kpis.size() && k < history.thresholds.size(); ++k) {
            const KpiThreshold& t = history.thresholds[k];
            KpiSeries series{row.kpis[k].kpi, {}};
            for (const auto& [period, value] : row.kpis[k].series) {
                std::string trend = "new";
                if (!series.points.empty()) {
                    const std::int64_t before = series.points.back().value;
                    trend = value == before                        ? "steady"
                            : (value > before) == t.higherIsBetter ? "improving"
                                                                   : "worsening";
                }
                series.points.push_back({period, value, ragOf(t, value), trend});
                periods.insert(period);
            }
            p.kpis.push_back(std::move(series));
        }
        history.partners.push_back(std::move(p));
    }
    history.periods.assign(periods.begin(), periods.end());
    return history;
}

}  // namespace sc::partners
