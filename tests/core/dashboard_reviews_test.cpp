// Review snapshots: what File > Record review stores, the deltas since the last review (new,
// fixed, verified, reopened) each on its own, the trend across reviews and the file round trip.
#include "dashboard/reviews.h"

#include "dashboard_fixtures.h"
#include "format/document_io.h"
#include "merge/merge.h"
#include "validation/validate.h"

namespace {

using Ids = std::vector<std::string>;

sc::Review review(Ids open, Ids fixed, Ids verified) {
    sc::Review r;
    r.id = "rev";
    r.heldOn = "2026-07-01";
    r.openMismatchIds = std::move(open);
    r.fixedMismatchIds = std::move(fixed);
    r.verifiedMismatchIds = std::move(verified);
    return r;
}

TEST(DashboardReviewDelta, new_is_open_now_and_unknown_then) {
    const auto d = sc::dashboard::reviewDelta(review({"a"}, {}, {}), review({"a", "b"}, {}, {}));
    EXPECT_EQ(d.newIds, (Ids{"b"}));
    EXPECT_TRUE(d.fixedIds.empty());
    EXPECT_TRUE(d.verifiedIds.empty());
    EXPECT_TRUE(d.reopenedIds.empty());
    EXPECT_EQ(d.lines, (Ids{"1 new since the last review"}));
}

TEST(DashboardReviewDelta, fixed_is_fixed_now_and_not_fixed_then) {
    const auto d = sc::dashboard::reviewDelta(review({"a", "b"}, {"c"}, {}), review({"b"}, {"a", "c"}, {}));
    EXPECT_EQ(d.fixedIds, (Ids{"a"}));  // c was fixed already
    EXPECT_TRUE(d.newIds.empty());
    EXPECT_EQ(d.lines, (Ids{"1 fixed since the last review"}));
}

TEST(DashboardReviewDelta, verified_is_verified_now_and_not_then) {
    const auto d = sc::dashboard::reviewDelta(review({}, {"a"}, {"v"}), review({}, {}, {"a", "v"}));
    EXPECT_EQ(d.verifiedIds, (Ids{"a"}));
    EXPECT_TRUE(d.fixedIds.empty());
    EXPECT_EQ(d.lines, (Ids{"1 verified since the last review"}));
}

TEST(DashboardReviewDelta, reopened_is_open_now_and_fixed_or_verified_then) {
    const auto d = sc::dashboard::reviewDelta(review({}, {"a"}, {"b"}), review({"a", "b"}, {}, {}));
    EXPECT_EQ(d.reopenedIds, (Ids{"a", "b"}));
    EXPECT_TRUE(d.newIds.empty());
    EXPECT_EQ(d.lines, (Ids{"2 reopened since the last review"}));
}

TEST(DashboardReviewDelta, nothing_changed_says_so) {
    const auto d = sc::dashboard::reviewDelta(review({"a"}, {"b"}, {}), review({"a"}, {"b"}, {}));
    EXPECT_EQ(d.lines, (Ids{"nothing changed since the last review"}));
}

TEST(DashboardRecordReview, stores_a_small_dated_summary_and_fixing_one_shows_one_fixed) {
    auto doc = dfx::heatDocument();
    const auto report = sc::engine::buildScoreReport(doc, dfx::kToday);
    const auto recorded =
        sc::dashboard::recordReview(doc, report, dfx::kToday, "Quarterly review with sales");
    ASSERT_TRUE(recorded.ok) << recorded.error;
    EXPECT_EQ(sc::dashboard::recordReviewLabel(), "Record review");
    ASSERT_EQ(recorded.document.reviews.size(), 1u);
    const auto& r = recorded.document.reviews[0];
    EXPECT_EQ(r.id, "rev-2026-11-01");
    EXPECT_EQ(recorded.id, r.id);
    EXPECT_EQ(r.heldOn, "2026-11-01");
    EXPECT_EQ(r.notes, "Quarterly review with sales");
    EXPECT_EQ(r.openCritical, 0);
    EXPECT_EQ(r.openHigh, 1);
    EXPECT_EQ(r.openMedium, 1);
    EXPECT_EQ(r.openLow, 1);
    EXPECT_EQ(r.openMismatchIds, (Ids{"m_high", "m_mid", "m_low"}));  // ranked order
    EXPECT_EQ(r.index.has_value(), report.index.hasValue);
    // The document itself is unchanged apart from the review.
    EXPECT_EQ(recorded.document.mismatches.size(), doc.mismatches.size());

    // A second review the same day gets its own id.
    const auto again = sc::dashboard::recordReview(recorded.document, report, dfx::kToday, "");
    ASSERT_TRUE(again.ok);
    EXPECT_EQ(again.document.reviews.back().id, "rev-2026-11-01-2");

    // Fixing m_low after the review: the dashboard says "1 fixed since the last review".
    auto after = recorded.document;
    sc::findById(after.mismatches, "m_low")->status = "fixed";
    const auto d = dfx::dashboardOf(after);
    ASSERT_TRUE(d.sinceLastReview.hasPrevious);
    EXPECT_EQ(d.sinceLastReview.sinceReviewId, "rev-2026-11-01");
    EXPECT_EQ(d.sinceLastReview.fixedIds, (Ids{"m_low"}));
    EXPECT_EQ(d.sinceLastReview.lines, (Ids{"1 fixed since the last review"}));

    EXPECT_FALSE(sc::dashboard::recordReview(doc, report, "soon", "").ok);
    EXPECT_FALSE(dfx::dashboardOf(doc).sinceLastReview.hasPrevious);
}

TEST(DashboardRecordReview, conversion_per_pair_from_the_latest_observation) {
    auto doc = dfx::heatDocument();
    auto pair = fx::pair("pr", "C1", {"P1"});
    doc.pairs.push_back(pair);
    auto totals = fx::pair("tot", "C2", {"P2"});
    totals.visitors = 4000;
    totals.customers = 30;  // 0.75%
    doc.pairs.push_back(totals);
    for (auto [start, visitors, conversions] :
         {std::tuple{"2026-09-01", 1000, 10}, std::tuple{"2026-10-01", 800, 20}}) {
        sc::PairObservation o;
        o.id = std::string("o") + start;
        o.pairId = "pr";
        o.periodStart = start;
        o.visitors = visitors;
        o.conversions = conversions;
        doc.pairObservations.push_back(o);
    }
    const auto r =
        sc::dashboard::summariseReview(doc, sc::engine::buildScoreReport(doc, dfx::kToday), dfx::kToday);
    ASSERT_EQ(r.conversions.size(), 2u);
    EXPECT_EQ(r.conversions[0].pairId, "pr");
    EXPECT_EQ(r.conversions[0].visitors, 800);
    EXPECT_EQ(r.conversions[0].conversionBp, 250);  // 20 / 800
    EXPECT_EQ(r.conversions[1].conversionBp, 75);
}

TEST(DashboardReviewTrend, reviews_by_date_with_open_totals) {
    auto doc = dfx::heatDocument();
    sc::Review q3 = review({"a", "b"}, {}, {});
    q3.id = "q3";
    q3.heldOn = "2026-10-01";
    q3.index = 62.5;
    q3.openHigh = 2;
    sc::Review q2 = q3;
    q2.id = "q2";
    q2.heldOn = "2026-07-01";
    q2.index = 50;
    q2.openHigh = 3;
    q2.openLow = 1;
    doc.reviews = {q3, q2};  // recorded out of order
    const auto trend = sc::dashboard::reviewTrend(doc);
    ASSERT_EQ(trend.size(), 2u);
    EXPECT_EQ(trend[0].reviewId, "q2");
    EXPECT_EQ(trend[0].openTotal, 4);
    EXPECT_EQ(trend[1].reviewId, "q3");
    EXPECT_EQ(trend[1].openTotal, 2);
    EXPECT_DOUBLE_EQ(*trend[1].index, 62.5);
    // Since the latest (q3: a and b open): m_high, m_mid and m_low are new.
    const auto d = dfx::dashboardOf(doc);
    EXPECT_EQ(d.sinceLastReview.sinceReviewId, "q3");
    EXPECT_EQ(d.sinceLastReview.newIds, (Ids{"m_high", "m_mid", "m_low"}));
}

TEST(DashboardReviewFormat, a_recorded_review_and_a_decision_due_survive_save_and_load) {
    auto doc = dfx::heatDocument();
    sc::Decision dec;
    dec.id = "dec";
    dec.mismatchId = "m_high";
    dec.kind = "change_message";
    dec.due = "2026-11-15";
    doc.decisions.push_back(dec);
    auto pair = fx::pair("pr", "C1", {"P1"});
    pair.visitors = 100;
    pair.customers = 3;
    doc.pairs.push_back(pair);
    const auto report = sc::engine::buildScoreReport(doc, dfx::kToday);
    auto recorded = sc::dashboard::recordReview(doc, report, dfx::kToday, "note, with \"quotes\"");
    ASSERT_TRUE(recorded.ok);
    recorded.document.reviews[0].kpis.push_back(
        {"message_consistency", "2026-10", 9100, "green", sc::Json::object()});
    const std::string saved = sc::saveDocument(recorded.document);
    EXPECT_NE(saved.find("\"reviews\""), std::string::npos);
    EXPECT_NE(saved.find("\"due\": \"2026-11-15\""), std::string::npos);
    const auto loaded = sc::loadDocument(saved);
    ASSERT_TRUE(loaded.ok) << loaded.error;
    for (const auto& f : loaded.findings) ADD_FAILURE() << f.pointer << ": " << f.message;
    ASSERT_EQ(loaded.document.reviews.size(), 1u);
    const auto& r = loaded.document.reviews[0];
    EXPECT_EQ(r.heldOn, "2026-11-01");
    EXPECT_EQ(r.notes, "note, with \"quotes\"");
    EXPECT_EQ(r.openMismatchIds, recorded.document.reviews[0].openMismatchIds);
    ASSERT_EQ(r.conversions.size(), 1u);
    EXPECT_EQ(r.conversions[0].conversionBp, 300);
    ASSERT_EQ(r.kpis.size(), 1u);
    EXPECT_EQ(r.kpis[0].rag, "green");
    EXPECT_EQ(r.kpis[0].value, 9100);
    EXPECT_EQ(loaded.document.decisions[0].due, "2026-11-15");
    EXPECT_EQ(sc::saveDocument(loaded.document), saved);
}

TEST(DashboardReviewFormat, reviews_recorded_on_both_sides_merge_by_id) {
    const auto base = dfx::heatDocument();
    const auto report = sc::engine::buildScoreReport(base, dfx::kToday);
    const auto ours = sc::dashboard::recordReview(base, report, "2026-10-01", "ours").document;
    const auto theirs = sc::dashboard::recordReview(base, report, "2026-10-02", "theirs").document;
    const auto merged = sc::mergeDocuments(base, ours, theirs);
    EXPECT_TRUE(merged.clean());
    ASSERT_EQ(merged.document.reviews.size(), 2u);
    EXPECT_EQ(merged.document.reviews[0].id, "rev-2026-10-01");
    EXPECT_EQ(merged.document.reviews[1].id, "rev-2026-10-02");
    // The same review changed differently on both sides is a conflict, not a silent pick.
    auto ours2 = ours, theirs2 = ours;
    ours2.reviews[0].notes = "A";
    theirs2.reviews[0].notes = "B";
    EXPECT_FALSE(sc::mergeDocuments(ours, ours2, theirs2).conflicts.empty());
}

TEST(DashboardReviewFormat, validation_checks_review_dates_ids_and_decision_due) {
    auto doc = dfx::heatDocument();
    const auto report = sc::engine::buildScoreReport(doc, dfx::kToday);
    doc = sc::dashboard::recordReview(doc, report, dfx::kToday, "").document;
    doc.reviews.push_back(doc.reviews[0]);  // duplicate id
    doc.reviews[1].heldOn = "2026-13-01";
    doc.reviews[1].kpis.push_back({"m", "May 2026", 1, "none", sc::Json::object()});
    sc::Decision dec;
    dec.id = "dec";
    dec.name = "dec";
    dec.mismatchId = "m_high";
    dec.kind = "change_message";
    dec.due = "next week";
    doc.decisions.push_back(dec);
    std::vector<std::string> pointers;
    for (const auto& f : sc::validateDocument(doc)) pointers.push_back(f.pointer);
    auto has = [&](const std::string& p) {
        return std::find(pointers.begin(), pointers.end(), p) != pointers.end();
    };
    EXPECT_TRUE(has("/reviews/1/id"));
    EXPECT_TRUE(has("/reviews/1/held_on"));
    EXPECT_TRUE(has("/reviews/1/kpis/0/period"));
    EXPECT_TRUE(has("/decisions/0/due"));
}

}  // namespace
