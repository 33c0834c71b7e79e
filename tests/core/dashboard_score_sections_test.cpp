// `scorecard score` gains the review trend and the action list, in text and JSON
// (docs/SCORE.md sections 12 and 13): from the core functions and from the real binary.
#include "dashboard/score_sections.h"

#include <cstdio>

#include "dashboard/reviews.h"
#include "dashboard_fixtures.h"
#include "format/document_io.h"
#include "test_util.h"

namespace {

// heatDocument with a decision on m_mid due 2026-10-20 and two reviews: q2 (07-01, m_low fixed)
// and q3 (10-01: m_high and m_low open, m_done fixed). Since q3: m_mid is new; nothing else moved.
sc::Document sectionsDocument() {
    auto doc = dfx::heatDocument();
    sc::Decision d;
    d.id = "dec_mid";
    d.name = "Ship from stock";
    d.mismatchId = "m_mid";
    d.kind = "adjust_channel";
    d.owner = "Priya";
    d.due = "2026-10-20";
    doc.decisions.push_back(d);
    sc::Review q2;
    q2.id = "q2";
    q2.name = "Q2";
    q2.heldOn = "2026-07-01";
    q2.index = 50;
    q2.openHigh = 1;
    q2.openMismatchIds = {"m_high"};
    q2.fixedMismatchIds = {"m_low"};
    sc::Review q3 = q2;
    q3.id = "q3";
    q3.name = "Q3";
    q3.heldOn = "2026-10-01";
    q3.index = std::nullopt;
    q3.openLow = 1;
    q3.openMismatchIds = {"m_high", "m_low"};
    q3.fixedMismatchIds = {"m_done"};
    doc.reviews = {q2, q3};
    return doc;
}

TEST(DashboardScoreSections, json_has_the_review_trend_the_delta_and_the_action_list) {
    const auto doc = sectionsDocument();
    const auto report = sc::engine::buildScoreReport(doc, dfx::kToday);
    sc::Json j = sc::engine::scoreReportToJson(report);
    const auto before = j.size();
    sc::dashboard::addScoreSections(j, doc, report, dfx::kToday);
    EXPECT_EQ(j.size(), before + 2);  // only new keys
    const auto& trend = j["reviews"]["trend"];
    ASSERT_EQ(trend.size(), 2u);
    EXPECT_EQ(trend[0]["id"], "q2");
    EXPECT_EQ(trend[0]["index"], 50.0);
    EXPECT_EQ(trend[0]["open"]["total"], 1);
    EXPECT_TRUE(trend[1]["index"].is_null());
    EXPECT_EQ(trend[1]["open"]["total"], 2);
    const auto& since = j["reviews"]["since_last_review"];
    EXPECT_EQ(since["review_id"], "q3");
    EXPECT_EQ(since["new"], sc::Json::array({"m_mid"}));
    EXPECT_EQ(since["fixed"], sc::Json::array());
    EXPECT_EQ(since["lines"], sc::Json::array({"1 new since the last review"}));
    const auto& actions = j["action_list"];
    ASSERT_EQ(actions.size(), 3u);
    EXPECT_EQ(actions[0]["mismatch_id"], "m_high");
    EXPECT_EQ(actions[1]["mismatch_id"], "m_mid");
    EXPECT_EQ(actions[1]["action"], "Ship from stock");
    EXPECT_EQ(actions[1]["owner"], "Priya");
    EXPECT_EQ(actions[1]["due"], "2026-10-20");
    EXPECT_EQ(actions[1]["overdue"], true);
    EXPECT_EQ(actions[2]["overdue"], false);
}

TEST(DashboardScoreSections, text_lists_the_trend_the_delta_and_one_action_per_open_mismatch) {
    const auto doc = sectionsDocument();
    const auto report = sc::engine::buildScoreReport(doc, dfx::kToday);
    const std::string text = sc::dashboard::scoreSectionsText(doc, report, dfx::kToday);
    EXPECT_NE(text.find("Review trend"), std::string::npos);
    EXPECT_NE(text.find("  2026-07-01  index 50.0  open 1 (critical 0, high 1, medium 0, low 0)\n"),
              std::string::npos);
    EXPECT_NE(text.find("  2026-10-01  index n/a  open 2"), std::string::npos);
    EXPECT_NE(text.find("since the last review (2026-10-01):\n    1 new since the last review: m_mid\n"),
              std::string::npos);
    EXPECT_NE(text.find("Action list"), std::string::npos);
    EXPECT_NE(text.find("action: Ship from stock; owner: Priya; due: 2026-10-20 (OVERDUE)"),
              std::string::npos);
    EXPECT_LT(text.find("m_high"), text.find("m_mid\n     action"));
}

TEST(DashboardScoreSections, without_reviews_the_text_says_so_and_the_json_delta_is_null) {
    const auto doc = dfx::heatDocument();
    const auto report = sc::engine::buildScoreReport(doc, dfx::kToday);
    sc::Json j = sc::Json::object();
    sc::dashboard::addScoreSections(j, doc, report, dfx::kToday);
    EXPECT_TRUE(j["reviews"]["since_last_review"].is_null());
    EXPECT_TRUE(j["reviews"]["trend"].empty());
    EXPECT_NE(sc::dashboard::scoreSectionsText(doc, report, dfx::kToday).find("no reviews recorded yet"),
              std::string::npos);
}

TEST(DashboardScoreSections, the_cli_prints_both_sections_in_text_and_json) {
    const std::string path = ::testing::TempDir() + "dashboard_sections.scorecard.json";
    sc::test::writeText(path, sc::saveDocument(sectionsDocument()));
    const auto text = sc::test::runCli("score '" + path + "' --today 2026-11-01");
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("1 new since the last review: m_mid"), std::string::npos);
    EXPECT_NE(text.out.find("due: 2026-10-20 (OVERDUE)"), std::string::npos);
    const auto json = sc::test::runCli("score '" + path + "' --format json --today 2026-11-01");
    EXPECT_EQ(json.exitCode, 0);
    const auto j = sc::Json::parse(json.out);
    EXPECT_EQ(j["reviews"]["trend"].size(), 2u);
    EXPECT_EQ(j["action_list"][1]["decision_id"], "dec_mid");
    EXPECT_TRUE(j.contains("mismatches"));  // the engine's keys are still there
    std::remove(path.c_str());
}

}  // namespace
