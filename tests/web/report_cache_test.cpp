// The score report is rebuilt when the document snapshot or the day changes, never per frame.
#include <gtest/gtest.h>

#include "engine/triage.h"
#include "format/document_io.h"
#include "logic/history.h"
#include "logic/report_cache.h"
#include "test_util.h"

using namespace sc::web;

namespace {

sc::Document saasSample() { return sc::test::loadSample("saas-self-serve"); }

std::string firstOpenId(const sc::engine::ScoreReport& r) {
    for (const auto& m : r.mismatches)
        if (m.mismatch.status == "open") return m.mismatch.id;
    return "";
}

}  // namespace

TEST(report_cache_test, same_snapshot_and_day_is_built_once) {
    History history;
    history.reset(saasSample());
    ReportCache cache;
    const auto* first = &cache.get(history.headSnapshot(), "2026-11-24");
    for (int frame = 0; frame < 10; ++frame)
        EXPECT_EQ(&cache.get(history.headSnapshot(), "2026-11-24"), first);
    EXPECT_EQ(cache.builds(), 1);
    EXPECT_EQ(first->today, "2026-11-24");
    EXPECT_FALSE(first->mismatches.empty());
}

TEST(report_cache_test, an_edit_undo_and_a_new_day_rebuild_it) {
    History history;
    history.reset(saasSample());
    ReportCache cache;
    const std::string id = firstOpenId(cache.get(history.headSnapshot(), "2026-11-24"));
    ASSERT_FALSE(id.empty());

    const auto edit = sc::engine::dismissMismatch(history.head(), id, "by design", "2026-11-24T10:00:00Z");
    ASSERT_TRUE(edit.ok) << edit.error;
    history.commit(edit.document, "dismissed");
    const auto& afterEdit = cache.get(history.headSnapshot(), "2026-11-24");
    EXPECT_EQ(cache.builds(), 2);
    EXPECT_NE(firstOpenId(afterEdit), id);

    ASSERT_TRUE(history.undo());
    EXPECT_EQ(firstOpenId(cache.get(history.headSnapshot(), "2026-11-24")), id);
    EXPECT_EQ(cache.builds(), 3);

    EXPECT_EQ(cache.get(history.headSnapshot(), "2026-11-25").today, "2026-11-25");
    EXPECT_EQ(cache.builds(), 4);
}
