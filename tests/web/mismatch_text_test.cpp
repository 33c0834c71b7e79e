// The Mismatches view's text and grouping rules (web/logic/mismatch_text), over the real score
// report of the saas sample and small hand-made values.
#include <gtest/gtest.h>

#include "engine/score_report.h"
#include "format/document_io.h"
#include "logic/mismatch_text.h"
#include "test_util.h"

using namespace sc::web;

namespace {

sc::engine::ReportMismatch row(const std::string& status, int rank, bool active) {
    sc::engine::ReportMismatch r;
    r.mismatch.status = status;
    r.rank = rank;
    r.active = active;
    return r;
}

}  // namespace

TEST(mismatch_text_test, severity_colours_are_distinct_and_critical_is_reddest) {
    const Rgba critical = severityColour("critical"), high = severityColour("high"),
               medium = severityColour("medium"), low = severityColour("low");
    auto same = [](Rgba a, Rgba b) { return a.r == b.r && a.g == b.g && a.b == b.b; };
    EXPECT_FALSE(same(critical, high));
    EXPECT_FALSE(same(high, medium));
    EXPECT_FALSE(same(medium, low));
    EXPECT_GT(critical.r, critical.g + 0.5f);  // red
    EXPECT_GT(low.b, low.r);                   // low reads calm (blue-grey), not alarming
    EXPECT_TRUE(same(severityColour("bogus"), severityColour("")));
}

TEST(mismatch_text_test, headline_readiness_and_open_counts) {
    sc::engine::AlignmentIndex index;
    index.hasValue = true;
    index.value = 69.3;  // the engine rounds to one decimal already
    EXPECT_EQ(alignmentIndexHeadline(index), "Alignment index 69.3 / 100");
    index.value = 70;
    EXPECT_EQ(alignmentIndexHeadline(index), "Alignment index 70.0 / 100");
    index.hasValue = false;
    EXPECT_EQ(alignmentIndexHeadline(index), "Alignment index: not available");

    sc::ReadinessReport ready;
    ready.customers = 115;
    EXPECT_EQ(readinessText(ready), "Readiness: ready (115 customers)");
    sc::ReadinessReport notReady;
    notReady.ready = false;
    notReady.customers = 30;
    notReady.warnings = {{"few_customers", "Only 30 customers.", "Interview them instead."},
                         {"crisis", "A crisis is declared.", "Fix it first."}};
    EXPECT_EQ(readinessText(notReady),
              "Readiness: not ready yet (30 customers): Only 30 customers. A crisis is declared.");

    EXPECT_EQ(openCountsText({{"critical", 1}, {"high", 2}, {"medium", 5}}),
              "Open: 1 critical \xC2\xB7 2 high \xC2\xB7 5 medium \xC2\xB7 0 low");
}

TEST(mismatch_text_test, groups_put_active_first_then_fixed_accepted_dismissed) {
    sc::engine::ScoreReport report;
    report.mismatches = {row("dismissed", 0, false), row("open", 2, true),      row("accepted", 0, false),
                         row("fixing", 1, true),     row("verified", 0, false), row("fixed", 0, false)};
    const auto groups = groupMismatches(report);
    ASSERT_EQ(groups.size(), 4u);
    EXPECT_EQ(groups[0].title, "Open");
    EXPECT_TRUE(groups[0].active);
    EXPECT_EQ(groups[0].rows, (std::vector<std::size_t>{1, 3}));  // report order (already ranked)
    EXPECT_EQ(groups[1].title, "Fixed");
    EXPECT_EQ(groups[1].rows, (std::vector<std::size_t>{4, 5}));
    EXPECT_EQ(groups[2].title, "Accepted trade-offs");
    EXPECT_EQ(groups[2].rows, (std::vector<std::size_t>{2}));
    EXPECT_EQ(groups[3].title, "Dismissed");
    EXPECT_EQ(groups[3].rows, (std::vector<std::size_t>{0}));
    EXPECT_FALSE(groups[3].active);

    report.mismatches = {row("open", 1, true)};
    ASSERT_EQ(groupMismatches(report).size(), 1u);  // empty groups are left out
    report.mismatches.clear();
    EXPECT_TRUE(groupMismatches(report).empty());
}

TEST(mismatch_text_test, rank_channel_pair_and_score_cells) {
    auto r = row("open", 3, true);
    EXPECT_EQ(rankText(r), "3");
    EXPECT_EQ(rankText(row("dismissed", 0, false)), "\xE2\x80\x93");
    r.channelName = "Direct sales";
    EXPECT_EQ(channelPairText(r), "Direct sales");
    r.pairName = "Team plan via sales";
    EXPECT_EQ(channelPairText(r), "Direct sales / Team plan via sales");
    r.channelName.clear();
    EXPECT_EQ(channelPairText(r), "Team plan via sales");
    EXPECT_EQ(priorityScoreText(48.8), "48.80");
    EXPECT_EQ(priorityScoreText(7.005), "7.00");
}

TEST(mismatch_text_test, priority_breakdown_shows_each_component_and_the_total) {
    sc::engine::PriorityBreakdown p;
    p.components = {{"leads", 0.72, 30, 0.216, "72% of leads"}, {"severity", 1.0, 20, 0.2, ""}};
    p.impact = 0.416;
    p.effort = 3;
    p.effortDivisor = 1.25;
    p.score = 33.28;
    const auto lines = priorityBreakdownLines(p);
    ASSERT_EQ(lines.size(), 3u);
    EXPECT_EQ(lines[0], "leads 0.72 \xC3\x97 30 = 0.216 (72% of leads)");
    EXPECT_EQ(lines[1], "severity 1.00 \xC3\x97 20 = 0.200");
    EXPECT_EQ(lines[2], "impact 0.416 \xC3\xB7 1.25 (effort 3) \xC3\x97 100 = 33.28");
}

TEST(mismatch_text_test, checklist_progress_counts_done_items) {
    sc::Decision d;
    EXPECT_EQ(checklistProgressText(d), "no checklist");
    for (bool done : {true, false, true, true, false}) {
        sc::ChecklistItem item;
        item.done = done;
        d.checklist.push_back(item);
    }
    EXPECT_EQ(checklistProgressText(d), "3 of 5 checklist items done");
    d.checklist.resize(1);
    EXPECT_EQ(checklistProgressText(d), "1 of 1 checklist item done");
}

TEST(mismatch_text_test, edit_labels_name_the_mismatch) {
    sc::Mismatch m;
    m.id = "mm-1";
    EXPECT_EQ(dismissEditLabel(m), "Dismiss mismatch 'mm-1'");
    m.name = "Try it now vs Direct sales on buying motion";
    EXPECT_EQ(dismissEditLabel(m), "Dismiss mismatch 'Try it now vs Direct sales on buying motion'");
    EXPECT_EQ(reopenEditLabel(m), "Reopen mismatch 'Try it now vs Direct sales on buying motion'");
}
