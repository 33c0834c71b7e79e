// The dashboard of every sample: an index and a top priority, and the partner-program sample
// names an overdue cadence item at the app's today (the browser's date, so any date after the
// sample's 2026-10-13 — the Riverbend weekly check-in last held 2026-10-06 — works).
#include "dashboard_fixtures.h"
#include "test_util.h"

namespace {

TEST(DashboardSamples, every_sample_has_an_index_and_a_top_priority) {
    for (const auto& file : sc::test::listedSamples()) {
        const std::string name = file.substr(0, file.find(".scorecard.json"));
        SCOPED_TRACE(name);
        const auto d = dfx::dashboardOf(sc::test::loadSample(name), "2026-12-02");
        EXPECT_TRUE(d.index.hasValue);
        EXPECT_FALSE(d.topPriorities.empty());
        EXPECT_EQ(d.heatMap.cells.size(), d.heatMap.promiseIds.size() * d.heatMap.channelIds.size());
        EXPECT_EQ(d.kpis.size(), sc::test::loadSample(name).metrics.size());
    }
}

TEST(DashboardSamples, partner_program_names_the_overdue_riverbend_check_in) {
    const auto doc = sc::test::loadSample("partner-program");
    for (const std::string today : {"2026-10-14", "2026-12-02", "2027-06-30"}) {
        SCOPED_TRACE(today);
        const auto d = dfx::dashboardOf(doc, today);
        bool named = false;
        for (const auto& item : d.overdue)
            if (item.kind == "cadence" && item.title == "Weekly check-in: Riverbend") {
                named = true;
                EXPECT_EQ(item.dueOn, "2026-10-13");
            }
        EXPECT_TRUE(named);
        EXPECT_TRUE(d.hasPartners);
        EXPECT_EQ(d.partners.partners.size(), doc.partners.size());
    }
}

}  // namespace
