// Issue 13.6, one contradiction counted once. Seed 002 (as the issue reads it): "Try it now"
// against a sales team that insists on a demo is ONE contradiction with several facets (buying
// motion, access, setup effort, service level); and "a premium brand selling through a discount
// channel … a calculated trade-off" is one decision for that channel, not one per dimension.
#include <gtest/gtest.h>

#include <algorithm>

#include "engine/recompute.h"
#include "engine/score_report.h"
#include "engine/triage.h"
#include "engine_fixtures.h"
#include "workflow/decisions.h"

using namespace sc::engine;

namespace {

// "Try it now" reaches customers through an online checkout that delivers it (300 leads) and a
// sales team that insists on a demo (100 leads). The two agree on customer size and purchase
// model, so the sales comparison has six dimensions and four contradicting facets.
sc::Document tryItNowVsDemoSales() {
    auto doc = fx::document();
    doc.promises.push_back(fx::promise("p", "Try it now",
                                       fx::levels({{"buying_motion", "self_serve"},
                                                   {"access", "instant"},
                                                   {"setup_effort", "instant"},
                                                   {"service_level", "personal_consultation"},
                                                   {"customer_size", "smb"},
                                                   {"purchase_model", "subscription"}})));
    doc.channels.push_back(fx::channel("web", "Online checkout",
                                       fx::levels({{"buying_motion", "self_serve"},
                                                   {"access", "instant"},
                                                   {"setup_effort", "instant"},
                                                   {"service_level", "personal_consultation"},
                                                   {"customer_size", "smb"},
                                                   {"purchase_model", "subscription"}})));
    // The sales team: a salesperson, a demo before access, professional services to set up, and
    // no help once the deal is signed.
    doc.channels.push_back(fx::channel("sales", "Sales team",
                                       fx::levels({{"buying_motion", "sales_led"},
                                                   {"access", "demo_gated"},
                                                   {"setup_effort", "professional_services"},
                                                   {"service_level", "none"},
                                                   {"customer_size", "smb"},
                                                   {"purchase_model", "subscription"}})));
    doc.pairs.push_back(fx::pair("p_web", "web", {"p"}, 300, 3000000));
    doc.pairs.push_back(fx::pair("p_sales", "sales", {"p"}, 100, 1000000));
    return recomputeMismatches(doc, "2026-11-01T00:00:00Z");
}

const MismatchGroup* groupOf(const ScoreReport& r, const std::string& channel) {
    for (const auto& g : r.groups)
        if (g.channelId == channel) return &g;
    return nullptr;
}

std::vector<std::string> facetDimensions(const ScoreReport& r, const MismatchGroup& g) {
    std::vector<std::string> dims;
    for (std::size_t i : g.facets) dims.push_back(r.mismatches[i].mismatch.dimensionId);
    std::sort(dims.begin(), dims.end());
    return dims;
}

}  // namespace

TEST(engine_contradiction_test, the_facets_of_one_promise_and_channel_are_one_ranked_group) {
    const auto r = buildScoreReport(tryItNowVsDemoSales(), "2026-11-24");
    ASSERT_EQ(r.mismatches.size(), 4u);
    ASSERT_EQ(r.groups.size(), 1u) << "four mismatches, one contradiction";
    const MismatchGroup& g = r.groups[0];
    EXPECT_EQ(g.id, "p|sales|p_sales");
    EXPECT_EQ(g.rank, 1);
    EXPECT_EQ(g.state, "open");
    EXPECT_EQ(facetDimensions(r, g),
              (std::vector<std::string>{"access", "buying_motion", "service_level", "setup_effort"}));
    EXPECT_EQ(g.severity, "critical");  // the worst facet's
    EXPECT_EQ(g.priority.score, r.mismatches[g.facets.front()].priority.score);
    EXPECT_EQ(g.facets.front(), 0u);  // the top facet is the report's first mismatch
    EXPECT_EQ(g.decidableIds.size(), 4u);
    EXPECT_FALSE(g.options.empty());
    EXPECT_EQ(g.options.back().kind, "accept_tradeoff");
    EXPECT_NE(g.explanation.find("one contradiction, 4 facets"), std::string::npos) << g.explanation;
}

TEST(engine_contradiction_test, the_index_counts_one_contradiction_once_with_its_worst_severity) {
    const auto r = buildScoreReport(tryItNowVsDemoSales(), "2026-11-24");
    // web: aligned, 1 × 300; sales: one critical contradiction → 1 − 1 = 0, × 100.
    // (300 + 0) / 400 = 75. Counting the four facets as four (Σ severity / 6 dimensions) said 83.3.
    EXPECT_DOUBLE_EQ(r.index.value, 75);
    EXPECT_EQ(r.index.contradictionsCounted, 1);
    EXPECT_EQ(r.index.openMismatchesCounted, 4);
    EXPECT_NE(r.index.computation.find("1 open contradiction from 4 open mismatches"), std::string::npos)
        << r.index.computation;

    // A milder contradiction on the same comparison weighs by its worst facet only: three
    // facets dismissed, access (two steps, critical) left → still 75; only access, one step
    // apart (trial: high, 0.75) → 300 + 25 over 400.
    auto doc = tryItNowVsDemoSales();
    for (auto& m : doc.mismatches)
        if (m.dimensionId != "access") m.status = "dismissed";
    EXPECT_DOUBLE_EQ(buildScoreReport(doc, "2026-11-24").index.value, 75);
    doc.channels[1].levels["access"].level = "trial";
    EXPECT_DOUBLE_EQ(buildScoreReport(doc, "2026-11-24").index.value, 81.3);
}

TEST(engine_contradiction_test, text_and_json_show_groups_with_their_facets) {
    const auto r = buildScoreReport(tryItNowVsDemoSales(), "2026-11-24");
    const std::string text = scoreReportToText(r);
    const auto header = text.find(
        "  1. [critical] 'Try it now' vs 'Sales team' in pair 'p_sales': one contradiction, 4 facets");
    ASSERT_NE(header, std::string::npos) << text;
    for (const auto& m : r.mismatches) {
        const auto facet =
            text.find("     - [" + m.mismatch.severity + "] " + m.dimensionName + "  (priority");
        EXPECT_NE(facet, std::string::npos) << m.dimensionName << "\n" << text;
        EXPECT_GT(facet, header);
    }
    EXPECT_EQ(text.find("\n  2. "), std::string::npos) << "one contradiction, one number";
    EXPECT_NE(text.find("Contradictions: 1 open of 1"), std::string::npos) << text;

    const auto json = scoreReportToJson(r);
    ASSERT_EQ(json["groups"].size(), 1u);
    const auto& g = json["groups"][0];
    EXPECT_EQ(g["id"], "p|sales|p_sales");
    EXPECT_EQ(g["rank"], 1);
    EXPECT_EQ(g["severity"], "critical");
    EXPECT_EQ(g["facets"].size(), 4u);
    EXPECT_EQ(g["facets"][0]["mismatch"], json["mismatches"][0]["id"]);
    EXPECT_EQ(g["decidable"].size(), 4u);
    EXPECT_EQ(json["alignment_index"]["contradictions_counted"], 1);
    EXPECT_EQ(json["summary"]["open_groups"], 1);
    // The keys pipelines read stay, and each mismatch says which group it is a facet of.
    for (const auto& m : json["mismatches"]) {
        EXPECT_EQ(m["group"], "p|sales|p_sales");
        for (const char* key : {"id", "promise", "channel", "pair", "dimension", "severity", "diagnosis",
                                "priority_score", "explanation"})
            EXPECT_TRUE(m.contains(key)) << key;
    }
    const auto problems = fx::scoreJsonShapeProblems(json);
    EXPECT_TRUE(problems.empty()) << problems.front();
}

TEST(engine_contradiction_test, a_trade_off_is_one_decision_for_the_whole_group) {
    auto doc = tryItNowVsDemoSales();
    const auto before = buildScoreReport(doc, "2026-11-24");
    const auto ids = before.groups[0].decidableIds;
    const auto edit =
        sc::decideGroup(doc, ids, "accept_tradeoff",
                        "the sales team closes the accounts that need a contract", "Ana", "2026-11-24");
    ASSERT_TRUE(edit.ok) << edit.error;
    EXPECT_EQ(edit.document.decisions.size(), 4u);
    for (const auto& m : edit.document.mismatches) EXPECT_EQ(m.status, "accepted") << m.id;
    const auto after = buildScoreReport(edit.document, "2026-11-24");
    EXPECT_EQ(after.groups[0].state, "accepted");
    EXPECT_EQ(after.groups[0].rank, 0);
    EXPECT_DOUBLE_EQ(after.index.value, 100);
    EXPECT_EQ(sc::decideGroupLabel(doc, ids, "accept_tradeoff"),
              "Accept trade-off for 4 facets of 'Try it now' vs 'Sales team'");
}

TEST(engine_contradiction_test, a_group_decision_has_the_preconditions_of_decide_fix) {
    auto doc = tryItNowVsDemoSales();
    const auto ids = buildScoreReport(doc, "2026-11-24").groups[0].decidableIds;
    // A fix for the group: every facet gets its decision and checklist, so every facet is fixing.
    const auto fix = sc::decideGroup(doc, ids, "both", "", "Ana", "2026-11-24");
    ASSERT_TRUE(fix.ok) << fix.error;
    for (const auto& m : fix.document.mismatches) EXPECT_EQ(m.status, "fixing");
    EXPECT_EQ(fix.id, fix.document.decisions.front().id);
    // Deciding again while the fix is under way is refused, as decideFix refuses it, naming a facet.
    const auto again = sc::decideGroup(fix.document, ids, "both", "", "Ana", "2026-11-24");
    EXPECT_FALSE(again.ok);
    EXPECT_EQ(again.error, "facet " + sc::whyCannotDecide(fix.document, ids[0]));
    EXPECT_EQ(again.document.decisions.size(), fix.document.decisions.size());
    // A trade-off needs its rationale, for the group as for one mismatch; nothing is recorded.
    const auto blank = sc::decideGroup(doc, ids, "accept_tradeoff", " ", "Ana", "2026-11-24");
    EXPECT_FALSE(blank.ok);
    EXPECT_TRUE(blank.document.decisions.empty());
    // A dismissed facet is not part of a group decision.
    auto dismissed = doc;
    dismissed.mismatches[0].status = "dismissed";
    EXPECT_NE(sc::whyCannotDecideGroup(dismissed, ids).find("dismissed"), std::string::npos);
    const auto rest = buildScoreReport(dismissed, "2026-11-24").groups[0].decidableIds;
    EXPECT_EQ(rest.size(), 3u);
    EXPECT_TRUE(sc::whyCannotDecideGroup(dismissed, rest).empty());
    // Facets of another promise × channel are not one contradiction.
    auto other = doc;
    other.channels[0].levels["access"].level = "demo_gated";
    other = recomputeMismatches(other, "2026-11-02T00:00:00Z");
    const auto r = buildScoreReport(other, "2026-11-24");
    ASSERT_EQ(r.groups.size(), 2u);
    std::vector<std::string> mixed = {r.groups[0].decidableIds[0], r.groups[1].decidableIds[0]};
    EXPECT_NE(sc::whyCannotDecideGroup(other, mixed).find("not a facet of the same"), std::string::npos);
    EXPECT_FALSE(sc::whyCannotDecideGroup(other, {}).empty());
}

TEST(engine_contradiction_test, a_dismissal_is_taken_for_the_whole_group) {
    auto doc = tryItNowVsDemoSales();
    const auto ids = buildScoreReport(doc, "2026-11-24").groups[0].decidableIds;
    const auto edit =
        dismissGroup(doc, ids, "the sales team only handles enterprise deals", "2026-11-24T10:00:00Z");
    ASSERT_TRUE(edit.ok) << edit.error;
    for (const auto& m : edit.document.mismatches) {
        EXPECT_EQ(m.status, "dismissed");
        EXPECT_EQ(m.dismissedReason, "the sales team only handles enterprise deals");
    }
    EXPECT_EQ(buildScoreReport(edit.document, "2026-11-24").groups[0].state, "dismissed");
    // Refused as a whole when one facet cannot be dismissed.
    const auto again = dismissGroup(edit.document, ids, "again", "2026-11-24T10:00:00Z");
    EXPECT_FALSE(again.ok);
    EXPECT_EQ(again.error.rfind("facet mismatch", 0), 0u) << again.error;
}
