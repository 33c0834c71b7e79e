// The feedback loop (seed 000 §4): closed-loop rate per partner and overall, the "shouting into a
// void" list, the changes feedback led to, and the feedback participation KPI from the log.
#include <gtest/gtest.h>

#include "core/partners_fixtures.h"
#include "partners/feedback_loop.h"
#include "partners/partner_kpis.h"

namespace {

sc::FeedbackItem item(const std::string& id, const std::string& partnerId, const std::string& kind,
                      const std::string& status, const std::string& receivedOn) {
    sc::FeedbackItem f;
    f.id = id;
    f.name = "Feedback " + id;
    f.partnerId = partnerId;
    f.kind = kind;
    f.status = status;
    f.receivedOn = receivedOn;
    return f;
}

sc::Document withFeedback() {
    sc::Document doc = fx::partnerProgramme();
    doc.feedback = {
        item("f1", "p_gold", "objection", "changed", "2026-06-03"),
        item("f2", "p_gold", "competitor_move", "new", "2026-09-01"),       // 60 days unanswered at 10-31
        item("f3", "p_gold", "product_gap", "acknowledged", "2026-08-01"),  // answered: not the void
        item("f4", "p_idle", "process_friction", "new", "2026-10-20"),      // 11 days: not yet the void
        item("f5", "p_idle", "objection", "declined", "2026-07-07"),
        item("f6", "p_idle", "objection", "new", "2026-12-15"),  // after today: left out
    };
    doc.feedback[0].closedOn = "2026-09-15";
    doc.feedback[0].changeLedTo = "Objection script v1.1 answers it.";
    return doc;
}

}  // namespace

// Seed 000: "When partners see that their feedback leads to actual changes, engagement
// increases. When they feel like they are shouting into a void, they stop sharing."
TEST(partners_feedback_loop_test, closed_loop_rate_per_partner_and_overall) {
    const auto loop = sc::partners::buildFeedbackLoop(withFeedback(), "2026-10-31");
    ASSERT_EQ(loop.partners.size(), 2u);
    EXPECT_EQ(loop.partners[0].partnerId, "p_gold");
    EXPECT_EQ(loop.partners[0].tally.items, 3);
    EXPECT_EQ(loop.partners[0].tally.closed, 1);
    EXPECT_EQ(loop.partners[0].tally.closedLoopBp, 3333);  // 1 of 3
    EXPECT_EQ(loop.partners[1].tally.items, 2);            // f6 is after today
    EXPECT_EQ(loop.partners[1].tally.closedLoopBp, 5000);  // the reasoned "declined" closes the loop
    EXPECT_EQ(loop.overall.items, 5);
    EXPECT_EQ(loop.overall.closed, 2);
    EXPECT_EQ(loop.overall.closedLoopBp, 4000);
    EXPECT_EQ(loop.overall.byKind.at("objection"), 2);
}

TEST(partners_feedback_loop_test, shouting_into_a_void_lists_unanswered_items_past_the_threshold) {
    const auto loop = sc::partners::buildFeedbackLoop(withFeedback(), "2026-10-31");
    ASSERT_EQ(loop.intoTheVoid.size(), 1u);
    EXPECT_EQ(loop.intoTheVoid[0].id, "f2");
    EXPECT_EQ(loop.intoTheVoid[0].days, 60);
    EXPECT_EQ(loop.intoTheVoid[0].partnerName, "Gold Partner");
    // A week later the idle partner's friction report has waited 41 days: it joins, after f2.
    const auto later = sc::partners::buildFeedbackLoop(withFeedback(), "2026-11-30");
    ASSERT_EQ(later.intoTheVoid.size(), 2u);
    EXPECT_EQ(later.intoTheVoid[0].id, "f2");
    EXPECT_EQ(later.intoTheVoid[1].id, "f4");
    EXPECT_EQ(later.intoTheVoid[1].days, 41);
}

TEST(partners_feedback_loop_test, changes_feedback_led_to) {
    const auto loop = sc::partners::buildFeedbackLoop(withFeedback(), "2026-10-31");
    ASSERT_EQ(loop.changes.size(), 1u);
    EXPECT_EQ(loop.changes[0].change, "Objection script v1.1 answers it.");
    EXPECT_EQ(loop.changes[0].closedOn, "2026-09-15");
}

// Seed 000 "Feedback participation — How often partners contribute to feedback loops"; seed
// 000 §4 "A standing agenda item in weekly calls is best": the share of the month's weeks with
// feedback.
TEST(partners_feedback_loop_test, participation_from_the_log_counts_weeks_with_feedback) {
    sc::Document doc = fx::partnerProgramme();
    doc.feedback = {item("a", "p_gold", "objection", "new", "2026-10-02"),
                    item("b", "p_gold", "objection", "new", "2026-10-06"),  // same week 1
                    item("c", "p_gold", "product_gap", "new", "2026-10-30"),
                    item("d", "p_idle", "objection", "new", "2026-09-30")};
    const auto gold = sc::partners::feedbackParticipationFromLog(doc, "p_gold", "2026-10");
    ASSERT_TRUE(gold);
    EXPECT_EQ(gold->value, 5000);  // weeks 1 and 4 of 4
    EXPECT_EQ(gold->detail, "2 of 4 weeks with feedback in the log");
    const auto idle = sc::partners::feedbackParticipationFromLog(doc, "p_idle", "2026-10");
    ASSERT_TRUE(idle);
    EXPECT_EQ(idle->value, 0);  // the log exists; the idle partner said nothing in October
    // Before the log's first item there is no log: nothing computed (not months of silence).
    EXPECT_FALSE(sc::partners::feedbackParticipationFromLog(doc, "p_idle", "2026-08"));
}

TEST(partners_feedback_loop_test, the_kpi_table_computes_participation_where_no_record_was_entered) {
    sc::Document doc = fx::partnerProgramme();
    doc.feedback = {item("a", "p_gold", "objection", "new", "2026-10-02")};
    sc::KpiRecord idle;  // a hand-entered value for the idle partner stays, with the log's figure beside it
    idle.id = "k1";
    idle.partnerId = "p_idle";
    idle.period = "2026-10";
    idle.kpi = "feedback_participation";
    idle.value = 6000;
    doc.kpiRecords = {idle};
    const auto report = sc::partners::buildPartnerKpiReport(doc, "2026-10");
    const auto& gold = report.partners[0].kpis[3];
    ASSERT_EQ(gold.kpi, "feedback_participation");
    EXPECT_EQ(gold.source, "computed");
    EXPECT_EQ(gold.value, 2500);
    EXPECT_EQ(gold.rag, "red");  // below the 30% amber line
    const auto& manual = report.partners[1].kpis[3];
    EXPECT_EQ(manual.source, "manual");
    EXPECT_EQ(manual.value, 6000);
    EXPECT_EQ(manual.detail, "entered by hand; the log gives 0 of 4 weeks with feedback in the log");
}
