#include "dashboard/dashboard.h"

#include "dashboard/action_list.h"
#include "dashboard/figures.h"
#include "dashboard/kpi_tiles.h"
#include "dashboard/overdue.h"
#include "dashboard/reviews.h"

namespace sc::dashboard {

Dashboard buildDashboard(const Document& doc, const engine::ScoreReport& report, const std::string& today) {
    Dashboard d;
    d.title = doc.info.title;
    d.today = today;
    d.currency = doc.info.currency;
    d.index = indexTile(report);
    d.readiness = readinessNote(report);
    d.bySeverity = severityBars(report);
    d.topPriorities = topPriorities(report);
    d.heatMap = heatMap(doc, report);
    d.funnels = pairFunnels(doc, report);
    d.conversion = conversionTrends(doc);
    d.hasPartners = !doc.partners.empty();
    if (d.hasPartners) d.partners = partners::buildPartnerKpiReport(doc);
    d.kpis = kpiTiles(doc, d.partners);
    d.overdue = overdueItems(doc, report, today);
    d.reviewTrend = reviewTrend(doc);
    d.sinceLastReview = deltaSinceLastReview(doc, report, today);
    d.actions = actionList(doc, report, today);
    return d;
}

}  // namespace sc::dashboard
