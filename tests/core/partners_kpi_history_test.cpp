// `scorecard partners --all-periods`: each KPI of each partner in every period with data, with
// the same values the one-month report shows for that month.
#include <gtest/gtest.h>

#include <algorithm>

#include "partners/kpi_history.h"
#include "partners/partner_kpis.h"
#include "partners_fixtures.h"
#include "test_util.h"

using namespace sc::partners;

TEST(partners_kpi_history_test, every_period_matches_the_one_month_report) {
    const auto doc = sc::test::loadSample("partner-program");
    const auto history = buildKpiHistory(doc);
    EXPECT_EQ(history.periods,
              (std::vector<std::string>{"2026-05", "2026-06", "2026-07", "2026-08", "2026-09", "2026-10"}));
    EXPECT_EQ(history.currentPeriod, "2026-10");
    ASSERT_EQ(history.partners.size(), doc.partners.size());
    for (const auto& period : history.periods) {
        const auto report = buildPartnerKpiReport(doc, period);
        for (std::size_t p = 0; p < report.partners.size(); ++p)
            for (std::size_t k = 0; k < kpiIds().size(); ++k) {
                const KpiCell& cell = report.partners[p].kpis[k];
                const auto& points = history.partners[p].kpis[k].points;
                const auto at = std::find_if(points.begin(), points.end(),
                                             [&](const HistoryPoint& h) { return h.period == period; });
                SCOPED_TRACE(report.partners[p].partnerId + " " + cell.kpi + " " + period);
                ASSERT_EQ(at != points.end(), cell.value.has_value());
                if (cell.value) {
                    EXPECT_EQ(at->value, *cell.value);
                    EXPECT_EQ(at->rag, cell.rag);
                    EXPECT_EQ(at->trend, cell.trend);
                }
            }
    }
}

// Hand-checked against partners_pricing_test: Delta's pricing accuracy was 6667 bp (red) in
// August, after 100% in July.
TEST(partners_kpi_history_test, delta_pricing_series) {
    const auto history = buildKpiHistory(sc::test::loadSample("partner-program"));
    const auto& delta = history.partners[3];
    ASSERT_EQ(delta.partnerId, "p_delta");
    const auto& pricing = delta.kpis[1];
    ASSERT_EQ(pricing.kpi, "pricing_accuracy");
    ASSERT_EQ(pricing.points.size(), 6u);
    EXPECT_EQ(pricing.points[3].period, "2026-08");
    EXPECT_EQ(pricing.points[3].value, 6667);
    EXPECT_EQ(pricing.points[3].rag, "red");
    EXPECT_EQ(pricing.points[3].trend, "worsening");
    EXPECT_EQ(pricing.points[0].trend, "new");
    const std::string text = kpiHistoryToText(history);
    EXPECT_NE(text.find("Partner KPIs over every period, 2026-05 to 2026-10"), std::string::npos) << text;
    EXPECT_NE(text.find("Delta Growers Supply (silver)"), std::string::npos) << text;
}

TEST(partners_kpi_history_test, a_document_without_partner_data_has_no_periods) {
    const auto history = buildKpiHistory(fx::partnerProgramme());
    EXPECT_TRUE(history.periods.empty());
    EXPECT_EQ(history.partners.size(), 2u);
    EXPECT_TRUE(history.partners[0].kpis[0].points.empty());
    EXPECT_NE(kpiHistoryToText(history).find("No KPI values"), std::string::npos);
    EXPECT_TRUE(kpiHistoryToJson(history)["current_period"].is_null());
}
