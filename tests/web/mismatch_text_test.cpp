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
    r.state = status;
    r.rank = rank;
    r.active = active;
    return r;
}

// A report row whose state differs from what the file records (engine/mismatch_state.h).
sc::engine::ReportMismatch rowInState(const std::string& status, const std::string& state, int rank) {
    auto r = row(status, rank, state == "open" || state == "fixing");
    r.state = state;
    return r;
}

// The saas sample with its guided-setup fix finished and marked fixed ten days before `today`:
// every checklist item ticked, its verification started on that day (two 45-day cycles to go).
sc::Document verifyingSample(const std::string& fixedOn) {
    sc::Document doc = sc::test::loadSample("saas-self-serve");
    for (auto& d : doc.decisions)
        if (d.id == "dec_guided_setup") {
            d.implementedOn = fixedOn;
            for (auto& item : d.checklist) {
                item.done = true;
                item.doneOn = fixedOn;
            }
        }
    for (auto& m : doc.mismatches)
        if (m.id == "mm-6dfd8d8f") m.status = "fixed";
    for (auto& v : doc.verifications)
        if (v.id == "ver_direct") v.startedOn = fixedOn;
    return doc;
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
    // Seed 002 "measure results for at least two sales cycles before concluding": the points
    // that rest on fixes still verifying are said in the headline.
    index.value = 100;
    index.verifyingMismatches = 1;
    index.pointsAwaitingVerification = 18;
    EXPECT_EQ(alignmentIndexHeadline(index),
              "Alignment index 100.0 / 100, of which 18.0 points await verification");
    index.verifyingMismatches = 0;
    index.pointsAwaitingVerification = 0;
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

TEST(mismatch_text_test, sections_by_state_ranked_first_then_tradeoffs_verifying_fixed_dismissed) {
    sc::engine::ScoreReport report;
    report.mismatches = {row("dismissed", 0, false),          row("open", 2, true),
                         row("accepted", 0, false),           row("fixing", 1, true),
                         row("verified", 0, false),           row("fixed", 0, false),
                         rowInState("fixed", "verifying", 0), rowInState("fixed", "fixing", 3),
                         rowInState("verified", "open", 4)};
    const auto sections = mismatchSections(report);
    ASSERT_EQ(sections.size(), 5u);
    EXPECT_EQ(sections[0].kind, SectionKind::Ranked);
    EXPECT_EQ(sections[0].title, "Open");
    EXPECT_TRUE(sections[0].active);
    // The state, not the recorded status: a "fixed" mismatch with open touchpoints is still
    // fixing and a regressed verification reopens it (report order, already ranked).
    EXPECT_EQ(sections[0].rows, (std::vector<std::size_t>{1, 3, 7, 8}));
    EXPECT_EQ(sections[1].kind, SectionKind::Tradeoffs);
    EXPECT_EQ(sections[1].title, "Accepted trade-offs");
    EXPECT_EQ(sections[1].rows, (std::vector<std::size_t>{2}));
    EXPECT_EQ(sections[2].kind, SectionKind::Verifying);
    EXPECT_EQ(sections[2].title, "Verifying");
    EXPECT_EQ(sections[2].rows, (std::vector<std::size_t>{6}));
    EXPECT_EQ(sections[3].title, "Fixed");
    EXPECT_EQ(sections[3].rows, (std::vector<std::size_t>{4, 5}));
    EXPECT_EQ(sections[4].title, "Dismissed");
    EXPECT_EQ(sections[4].rows, (std::vector<std::size_t>{0}));
    EXPECT_FALSE(sections[4].active);
    EXPECT_EQ(sectionTitle(report, sections[4]), "Dismissed (1)");
    EXPECT_EQ(sectionTitle(report, sections[0]), "Open (4)");

    // Seed 002 "When not to proceed": the ranking carries the caveat where it is shown.
    report.readinessCaveat = "not ready for this workflow yet — Only 30 customers.";
    EXPECT_EQ(sectionTitle(report, sections[0]), "Open (4), ranked as a first look: readiness warns");
    EXPECT_EQ(sectionTitle(report, sections[4]), "Dismissed (1)");

    report.mismatches = {row("open", 1, true)};
    ASSERT_EQ(mismatchSections(report).size(), 1u);  // empty sections are left out
    report.mismatches.clear();
    EXPECT_TRUE(mismatchSections(report).empty());
}

TEST(mismatch_text_test, state_is_the_reports_with_its_reason) {
    auto r = rowInState("fixed", "verifying", 0);
    EXPECT_EQ(stateText(r), "verifying");
    EXPECT_EQ(stateDetailText(r), "verifying");
    r.stateReason = "verification too early: 0 of 2 sales cycles";
    EXPECT_EQ(stateDetailText(r), "verifying: verification too early: 0 of 2 sales cycles");
    sc::engine::ReportMismatch bare;  // a row built without a state reads its status
    bare.mismatch.status = "open";
    EXPECT_EQ(stateText(bare), "open");
}

// Seed 002: "track the same metrics for at least two full sales cycles". A fix marked fixed ten
// days ago is verifying: not ranked, out of the open section, and the index says what rests on it.
TEST(mismatch_text_test, a_fresh_fix_is_verifying_and_the_headline_says_what_rests_on_it) {
    const auto report = sc::engine::buildScoreReport(verifyingSample("2026-11-14"), "2026-11-24");
    const sc::engine::ReportMismatch* fixed = nullptr;
    for (const auto& m : report.mismatches)
        if (m.mismatch.id == "mm-6dfd8d8f") fixed = &m;
    ASSERT_NE(fixed, nullptr);
    EXPECT_EQ(stateText(*fixed), "verifying");
    EXPECT_FALSE(fixed->stateReason.empty());
    EXPECT_EQ(fixed->rank, 0);
    const auto sections = mismatchSections(report);
    bool inVerifying = false;
    for (const auto& s : sections)
        for (auto i : s.rows)
            if (&report.mismatches[i] == fixed) inVerifying = s.kind == SectionKind::Verifying;
    EXPECT_TRUE(inVerifying);
    ASSERT_GT(report.index.verifyingMismatches, 0);
    const std::string headline = alignmentIndexHeadline(report.index);
    EXPECT_NE(headline.find(", of which "), std::string::npos) << headline;
    EXPECT_NE(headline.find(" points await verification"), std::string::npos) << headline;

    // The same file with one checklist item open is still fixing, ranked, and lifts nothing.
    sc::Document open = verifyingSample("2026-11-14");
    open.decisions[0].checklist[1].done = false;
    const auto fixing = sc::engine::buildScoreReport(open, "2026-11-24");
    EXPECT_EQ(alignmentIndexHeadline(fixing.index).find("await verification"), std::string::npos);
    for (const auto& m : fixing.mismatches)
        if (m.mismatch.id == "mm-6dfd8d8f") {
            EXPECT_EQ(stateText(m), "fixing");
            EXPECT_GT(m.rank, 0);
        }
}

TEST(mismatch_text_test, caveat_and_systemic_lines) {
    sc::engine::ScoreReport report;
    EXPECT_EQ(readinessCaveatText(report), "");
    report.readinessCaveat = "not ready for this workflow yet — Only 30 customers.";
    EXPECT_EQ(readinessCaveatText(report), "Caveat: not ready for this workflow yet — Only 30 customers.");
    sc::engine::SystemicMisalignment s;
    s.message = "every channel (3 of 3) contradicts promise 'Try it now': the misalignment is systemic";
    EXPECT_EQ(systemicText(s),
              "Systemic misalignment: every channel (3 of 3) contradicts promise 'Try it now': the "
              "misalignment is systemic");
}

// Seed 002: "measure the cost of the misalignment (lost conversions, brand damage)": a trade-off
// shows customers and revenue lost, in the document's currency, and its complaints.
TEST(mismatch_text_test, tradeoff_cost_cells_in_the_documents_currency) {
    sc::engine::TradeoffCost cost;
    cost.mismatchId = "mm-1";
    cost.basis = "aligned_channels";
    cost.lostCustomers = 12;
    cost.lostRevenueMinor = 480000;
    cost.complaints = 160;
    cost.text = "converts 2% of 600 leads against …";
    auto cells = tradeoffCostCells(cost, "EUR");
    EXPECT_EQ(cells.lostCustomers, "12");
    EXPECT_EQ(cells.lostRevenue,
              "\xE2\x82\xAC"
              "4,800.00");  // €
    EXPECT_EQ(cells.complaints, "160");
    EXPECT_EQ(cells.text, cost.text);
    EXPECT_EQ(tradeoffCostCells(cost, "JPY").lostRevenue,
              "\xC2\xA5"
              "480,000");     // ¥, no minor unit
    cost.basis = "no_leads";  // nothing to measure: no number that reads as a measurement
    cells = tradeoffCostCells(cost, "EUR");
    EXPECT_EQ(cells.lostCustomers, "\xE2\x80\x93");
    EXPECT_EQ(cells.lostRevenue, "\xE2\x80\x93");
    EXPECT_EQ(cells.complaints, "160");

    // The saas sample's accepted community trade-off is found by its mismatch, and costs are
    // in dollars.
    const auto report = sc::engine::buildScoreReport(sc::test::loadSample("saas-self-serve"), "2026-11-24");
    const sc::engine::TradeoffCost* community = tradeoffCostOf(report, "mm_community_audience");
    ASSERT_NE(community, nullptr);
    EXPECT_EQ(tradeoffCostCells(*community, report.currency).lostRevenue.substr(0, 1), "$");
    EXPECT_EQ(tradeoffCostOf(report, "mm-6dfd8d8f"), nullptr);
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
