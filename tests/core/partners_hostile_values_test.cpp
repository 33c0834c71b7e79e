// The partner report over absurd values a hand-edited file can hold (int64 extremes in KPI
// records, prices, discounts and thresholds; periods that are not months; dangling partner
// ids): it still builds, renders as JSON and text, and prints no overflowed numbers.
#include <gtest/gtest.h>

#include <limits>

#include "partners/money_text.h"
#include "workflow/money_text.h"
#include "partners/partner_kpis.h"
#include "partners/report_output.h"
#include "test_util.h"

using namespace sc::partners;

namespace {
constexpr std::int64_t kMax = std::numeric_limits<std::int64_t>::max();
constexpr std::int64_t kMin = std::numeric_limits<std::int64_t>::min();
}  // namespace

TEST(partners_hostile_values_test, percent_and_money_text_at_the_int64_extremes) {
    EXPECT_EQ(bpPercentText(6667), "66.7%");
    EXPECT_EQ(bpPercentText(-4), "0.0%");
    EXPECT_EQ(bpPercentText(-15), "-0.2%");
    EXPECT_EQ(bpPercentText(kMax), "92233720368547758.1%");
    EXPECT_EQ(bpPercentText(kMin), "-92233720368547758.1%");
    EXPECT_EQ(sc::formatMoney(kMin, "USD"), "-$92,233,720,368,547,758.08");
}

TEST(partners_hostile_values_test, report_builds_and_renders) {
    auto doc = sc::test::loadSample("partner-program");
    for (std::size_t i = 0; i < doc.kpiRecords.size(); ++i) doc.kpiRecords[i].value = i % 2 ? kMax : kMin;
    for (auto& m : doc.metrics) {
        m.green = kMax;
        m.amber = kMin;
    }
    doc.deals[0].quotedPriceMinor = kMin;
    doc.deals[1].discountBp = kMax;
    doc.deals[2].partnerId = "p_nobody";
    doc.deals[3].closedOn = "someday";
    doc.reportSubmissions[0].period = "2026-13";
    doc.reportSubmissions[1].dueOn = "9999-99-99";
    doc.pulseAnswers[0].score = kMax;
    doc.dealRegistrations[0].account = std::string("\xFF\xFE", 2);
    for (const std::string period : {"", "2026-10", "not-a-month", "0000-01"}) {
        SCOPED_TRACE(period);
        const auto report = buildPartnerKpiReport(doc, period);
        const std::string json =
            partnerKpiReportToJson(report).dump(-1, ' ', false, sc::Json::error_handler_t::replace);
        const std::string text = partnerKpiReportToText(report);
        EXPECT_FALSE(json.empty());
        EXPECT_FALSE(text.empty());
        // int64 max bp is 92233720368547758.1% (min: -92233720368547758.1%); rounding that wraps
        // around prints "-92233720368547758.0%" (or "92233720368547758.0%") instead.
        EXPECT_EQ(text.find("92233720368547758.0%"), std::string::npos) << text.substr(0, 900);
        if (period == "2026-10")
            EXPECT_NE(text.find(" 92233720368547758.1% "), std::string::npos) << text.substr(0, 900);
        for (const auto& row : report.partners)
            for (const auto& cell : row.pulse)
                if (cell.averageCenti)
                    EXPECT_LE(*cell.averageCenti, 500) << "answers outside 1-5 are skipped";
    }
}
