// The dashboard is rebuilt when the document snapshot or the day changes, never per frame.
#include <gtest/gtest.h>

#include "engine/triage.h"
#include "logic/dashboard_cache.h"
#include "logic/history.h"
#include "logic/report_cache.h"
#include "test_util.h"

using namespace sc::web;

TEST(dashboard_cache_test, same_snapshot_and_day_is_built_once) {
    History history;
    history.reset(sc::test::loadSample("saas-self-serve"));
    ReportCache reports;
    DashboardCache cache;
    const auto& report = reports.get(history.headSnapshot(), "2026-11-24");
    const auto* first = &cache.get(history.headSnapshot(), "2026-11-24", report);
    for (int frame = 0; frame < 10; ++frame)
        EXPECT_EQ(&cache.get(history.headSnapshot(), "2026-11-24", report), first);
    EXPECT_EQ(cache.builds(), 1);
    EXPECT_EQ(first->title, history.head().info.title);
}

TEST(dashboard_cache_test, a_new_day_or_an_edit_rebuilds_it) {
    History history;
    history.reset(sc::test::loadSample("saas-self-serve"));
    ReportCache reports;
    DashboardCache cache;
    cache.get(history.headSnapshot(), "2026-11-24", reports.get(history.headSnapshot(), "2026-11-24"));
    cache.get(history.headSnapshot(), "2026-11-25", reports.get(history.headSnapshot(), "2026-11-25"));
    EXPECT_EQ(cache.builds(), 2);
    const auto open =
        cache.get(history.headSnapshot(), "2026-11-25", reports.get(history.headSnapshot(), "2026-11-25"))
            .bySeverity.total;
    std::string id;
    for (const auto& m : reports.get(history.headSnapshot(), "2026-11-25").mismatches)
        if (m.mismatch.status == "open" && id.empty()) id = m.mismatch.id;
    ASSERT_FALSE(id.empty());
    const auto edit = sc::engine::dismissMismatch(history.head(), id, "by design", "2026-11-25T10:00:00Z");
    ASSERT_TRUE(edit.ok) << edit.error;
    history.commit(edit.document, "dismissed");
    const auto& after =
        cache.get(history.headSnapshot(), "2026-11-25", reports.get(history.headSnapshot(), "2026-11-25"));
    EXPECT_EQ(cache.builds(), 3);
    EXPECT_LT(after.bySeverity.total, open);
}
