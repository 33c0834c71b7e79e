// The partner workspace's wording and the copy audit's highlight runs: hand-made values and
// the partner-program sample, hand-written expectations.
#include <gtest/gtest.h>

#include "logic/partner_text.h"
#include "partners/message_audit.h"
#include "test_util.h"

using namespace sc;
using namespace sc::web;

TEST(partner_text_test, trend_arrows_and_tier_advice) {
    EXPECT_EQ(trendArrow("improving"), "\xE2\x86\x91");
    EXPECT_EQ(trendArrow("worsening"), "\xE2\x86\x93");
    EXPECT_EQ(trendArrow("steady"), "\xE2\x86\x92");
    EXPECT_EQ(trendArrow("none"), "");
    partners::TierAdvice advice;
    advice.action = "promote";
    advice.recommended = "gold";
    EXPECT_EQ(tierAdviceText(advice, "silver"), "promote \xE2\x86\x92 gold");
    advice.action = "keep";
    advice.recommended = "silver";
    EXPECT_EQ(tierAdviceText(advice, "silver"), "keep");
    advice.action = "at_risk_relationship";
    EXPECT_EQ(tierAdviceText(advice, "silver"), "at risk: talk first");
}

TEST(partner_text_test, copy_runs_cover_the_text_and_mark_each_flag) {
    partners::MessageAudit audit;
    const std::string text = "It pays for itself, guaranteed.";
    partners::CopyFlag a;
    a.offset = 3;
    a.length = 15;  // "pays for itself"
    partners::CopyFlag b;
    b.offset = 20;
    b.length = 10;  // "guaranteed"
    audit.flags = {a, b};
    const auto runs = copyRuns(text, audit);
    ASSERT_EQ(runs.size(), 5u);
    EXPECT_EQ(text.substr(runs[1].begin, runs[1].end - runs[1].begin), "pays for itself");
    EXPECT_EQ(runs[1].flags, std::vector<std::size_t>{0});
    EXPECT_EQ(text.substr(runs[3].begin, runs[3].end - runs[3].begin), "guaranteed");
    EXPECT_TRUE(runs[0].flags.empty());
    EXPECT_TRUE(runs[4].flags.empty());
    EXPECT_EQ(runs.front().begin, 0u);
    EXPECT_EQ(runs.back().end, text.size());
    // Overlapping flags split into pieces that each name every flag covering them.
    partners::CopyFlag c;
    c.offset = 8;
    c.length = 15;  // "for itself, gua"
    audit.flags = {a, c};
    const auto overlap = copyRuns(text, audit);
    bool both = false;
    for (const auto& r : overlap) both = both || r.flags.size() == 2;
    EXPECT_TRUE(both);
    // Out-of-range offsets (a stale audit of a longer text) never read past the end.
    partners::CopyFlag far;
    far.offset = 500;
    far.length = 3;
    audit.flags = {far};
    const auto clipped = copyRuns(text, audit);
    ASSERT_EQ(clipped.size(), 1u);
    EXPECT_EQ(clipped[0].end, text.size());
}

TEST(partner_text_test, partner_table_of_the_sample_has_every_partner_with_coloured_kpis) {
    const Document doc = sc::test::loadSample("partner-program");
    const auto report = partners::buildPartnerKpiReport(doc);
    const TableModel table = buildPartnerTable(doc, report);
    ASSERT_EQ(table.rows.size(), doc.partners.size());
    EXPECT_EQ(table.headers.front(), "Partner");
    EXPECT_EQ(table.headers.back(), "Tier advice");
    ASSERT_EQ(table.headers.size(), 3 + partners::kpiIds().size() + partners::pulseQuestions().size() + 1);
    for (std::size_t r = 0; r < table.rows.size(); ++r) {
        EXPECT_EQ(table.rows[r].id, report.partners[r].partnerId);
        EXPECT_EQ(table.rows[r].cells.back().text,
                  tierAdviceText(report.partners[r].tierAdvice, report.partners[r].tier));
        const auto& kpi = report.partners[r].kpis[0];
        const TableCell& cell = table.rows[r].cells[3];
        EXPECT_EQ(cell.rag, kpi.rag == "none" ? "" : kpi.rag);
        EXPECT_EQ(cell.numeric, kpi.value.has_value());
    }
}

TEST(partner_text_test, copy_score_in_words) {
    partners::MessageAudit audit;
    EXPECT_EQ(copyScoreText(audit), "No sentence to audit yet.");
    audit.approved = 1;
    audit.neutral = 1;
    audit.violating = 1;
    audit.scoreBp = 6667;
    EXPECT_EQ(copyScoreText(audit),
              "2 of 3 sentences break no rule: 66.7% (1 carry approved claims, 1 flagged)");
    // Issue 12 defect 9: copy pasted with a lone surrogate reaches the audit as bytes that are
    // not UTF-8; the app says so instead of a score.
    const auto refused = partners::auditCopy(sc::Document{}, "It is guaran\xED\xA0\x80teed.");
    EXPECT_EQ(copyScoreText(refused),
              "Not audited: byte 0xED at byte offset 12 (line 1, column 13) is not UTF-8; save the copy "
              "as UTF-8 text");
}
