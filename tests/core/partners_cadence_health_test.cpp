// Weekly check-in health (seed 000: "The weekly cadence is the most important"): the share of
// the last 12 weeks with a check-in, per partner and overall, exact from each weekly item's dates
// held, an upper bound from its latest meeting when it keeps no dates; partners without a weekly
// check-in are listed, not counted as 0% or 100%.
#include <gtest/gtest.h>

#include "partners/cadence.h"
#include "partners/cadence_health.h"
#include "partners_fixtures.h"
#include "test_util.h"

using namespace sc::partners;

namespace {

sc::CadenceItem weekly(const std::string& id, const std::string& partnerId, const std::string& lastHeldOn) {
    sc::CadenceItem c;
    c.id = id;
    c.kind = "weekly";
    c.partnerId = partnerId;
    c.lastHeldOn = lastHeldOn;
    return c;
}

const WeeklyHealth& of(const CadenceHealth& h, const std::string& partnerId) {
    for (const auto& w : h.partners)
        if (w.partnerId == partnerId) return w;
    static const WeeklyHealth none;
    ADD_FAILURE() << "no row for " << partnerId;
    return none;
}

}  // namespace

TEST(partners_cadence_health_test, a_check_in_this_week_is_on_track_and_not_flagged) {
    auto doc = fx::partnerProgramme();
    doc.cadence = {weekly("w_gold", "p_gold", "2026-11-27")};
    const auto health = weeklyCadenceHealth(doc, "2026-11-30");
    const auto& gold = of(health, "p_gold");
    EXPECT_EQ(gold.status, "on_track");
    EXPECT_EQ(gold.weeks, 12u);
    EXPECT_EQ(gold.weeksWithCheckIn, 12u);
    EXPECT_EQ(gold.shareBp, 10000);
    EXPECT_EQ(gold.daysSinceLast, 3);
}

TEST(partners_cadence_health_test, weeks_after_the_last_check_in_are_missed) {
    auto doc = fx::partnerProgramme();
    doc.cadence = {weekly("w_gold", "p_gold", "2026-11-13")};    // 17 days ago: 2 whole weeks without one
    const auto health = weeklyCadenceHealth(doc, "2026-11-30");  // kept: `gold` refers into it
    const auto& gold = of(health, "p_gold");
    EXPECT_EQ(gold.status, "lapsed");
    EXPECT_EQ(gold.weeksWithCheckIn, 10u);
    EXPECT_EQ(gold.shareBp, 8333);
    // Exactly 7 days ago falls in the week before this one: one week missed.
    doc.cadence = {weekly("w_gold", "p_gold", "2026-11-23")};
    EXPECT_EQ(of(weeklyCadenceHealth(doc, "2026-11-30"), "p_gold").weeksWithCheckIn, 11u);
    // Longer ago than the window: none of the 12 weeks.
    doc.cadence = {weekly("w_gold", "p_gold", "2026-01-05")};
    EXPECT_EQ(of(weeklyCadenceHealth(doc, "2026-11-30"), "p_gold").shareBp, 0);
}

TEST(partners_cadence_health_test, no_weekly_item_is_listed_never_held_counts_zero) {
    auto doc = fx::partnerProgramme();
    sc::CadenceItem monthly = weekly("m_idle", "p_idle", "2026-11-20");
    monthly.kind = "monthly";  // a monthly review is not a weekly check-in
    doc.cadence = {weekly("w_gold", "p_gold", ""), monthly};
    const auto health = weeklyCadenceHealth(doc, "2026-11-30");
    EXPECT_EQ(of(health, "p_gold").status, "never_held");
    EXPECT_EQ(of(health, "p_gold").shareBp, 0);
    EXPECT_EQ(of(health, "p_idle").status, "no_weekly_cadence");
    EXPECT_FALSE(of(health, "p_idle").shareBp.has_value());
    EXPECT_EQ(health.withoutWeekly, std::vector<std::string>{"p_idle"});
    EXPECT_EQ(health.overall.weeks, 12u) << "only partners with a weekly cadence count overall";
}

TEST(partners_cadence_health_test, an_item_for_all_partners_covers_each_and_overall_adds_weeks) {
    auto doc = fx::partnerProgramme();
    doc.cadence = {weekly("w_all", "", "2026-11-16"), weekly("w_gold", "p_gold", "2026-11-28")};
    const auto health = weeklyCadenceHealth(doc, "2026-11-30");
    EXPECT_EQ(of(health, "p_gold").cadenceIds, (std::vector<std::string>{"w_all", "w_gold"}));
    EXPECT_EQ(of(health, "p_gold").lastHeldOn, "2026-11-28");  // the latest of its items
    EXPECT_EQ(of(health, "p_idle").weeksWithCheckIn, 10u);
    EXPECT_EQ(health.overall.weeks, 24u);
    EXPECT_EQ(health.overall.weeksWithCheckIn, 22u);
    EXPECT_EQ(health.overall.shareBp, 9167);
    EXPECT_EQ(health.overall.status, "lapsed") << "one partner without a check-in this week";
}

TEST(partners_cadence_health_test,
     weeks_before_the_partner_joined_do_not_count_and_ended_partners_are_left_out) {
    auto doc = fx::partnerProgramme();
    doc.partners[0].joinedOn = "2026-11-10";  // 20 days before today: weeks 0, 1 and 2
    doc.partners[1].status = "ended";
    doc.cadence = {weekly("w_gold", "p_gold", "2026-11-29"), weekly("w_idle", "p_idle", "")};
    const auto health = weeklyCadenceHealth(doc, "2026-11-30");
    ASSERT_EQ(health.partners.size(), 1u);
    EXPECT_EQ(health.partners[0].weeks, 3u);
    EXPECT_EQ(health.partners[0].shareBp, 10000);
}

// From the dates held the share is exact: a week without a meeting is a gap even before the
// latest one. Week 0 is 2026-11-24..30, week k the 7 days before week k-1.
TEST(partners_cadence_health_test, the_share_is_exact_from_the_dates_held_and_gaps_count) {
    auto doc = fx::partnerProgramme();
    auto gold = weekly("w_gold", "p_gold", "2026-11-27");
    gold.heldOn = {"2026-11-27", "2026-11-13", "2026-10-30", "2026-10-29", "2026-09-01"};
    doc.cadence = {gold};
    const auto health = weeklyCadenceHealth(doc, "2026-11-30");
    const auto& h = of(health, "p_gold");
    // Weeks 0 (11-27), 2 (11-13) and 4 (10-30 and 10-29: one week, counted once); 09-01 is 90
    // days ago, in week 12, outside the window of weeks 0..11. Weeks 1, 3 and 5..11 are gaps.
    EXPECT_FALSE(h.upperBound);
    EXPECT_EQ(h.weeks, 12u);
    EXPECT_EQ(h.weeksWithCheckIn, 3u);
    EXPECT_EQ(h.shareBp, 2500);
    EXPECT_EQ(h.status, "on_track");
    EXPECT_EQ(h.lastHeldOn, "2026-11-27");
    // The upper bound from 2026-11-27 alone would have been every week.
    gold.heldOn.clear();
    doc.cadence = {gold};
    EXPECT_EQ(of(weeklyCadenceHealth(doc, "2026-11-30"), "p_gold").weeksWithCheckIn, 12u);
}

TEST(partners_cadence_health_test, week_boundaries_are_exact) {
    auto doc = fx::partnerProgramme();
    auto gold = weekly("w_gold", "p_gold", "2026-11-24");
    // 11-24 is the first day of week 0; 11-23 the last day of week 1; 11-17 the first of week 1.
    gold.heldOn = {"2026-11-24", "2026-11-17", "2026-09-08", "2026-09-07"};  // 09-08: first day of week 11
    doc.cadence = {gold};
    const auto health = weeklyCadenceHealth(doc, "2026-11-30");  // kept: `h` refers into it
    const auto& h = of(health, "p_gold");
    EXPECT_EQ(h.weeksWithCheckIn, 3u) << "weeks 0, 1 and 11; 09-07 is before the window";
    // A meeting after today is in no week of the window.
    gold.heldOn = {"2026-12-02"};
    gold.lastHeldOn = "2026-12-02";
    doc.cadence = {gold};
    EXPECT_EQ(of(weeklyCadenceHealth(doc, "2026-11-30"), "p_gold").weeksWithCheckIn, 0u);
}

// An item that keeps no dates held (a file from before held_on) gives an upper bound, and says so
// in the text and the JSON; a partner covered by one such item is an upper bound overall too.
TEST(partners_cadence_health_test, without_dates_held_the_share_is_an_upper_bound_and_labelled) {
    auto doc = fx::partnerProgramme();
    auto gold = weekly("w_gold", "p_gold", "2026-11-20");
    gold.heldOn = {"2026-11-20", "2026-11-06"};
    doc.cadence = {gold, weekly("w_idle", "p_idle", "2026-11-13")};
    const auto health = weeklyCadenceHealth(doc, "2026-11-30");
    EXPECT_FALSE(of(health, "p_gold").upperBound);
    EXPECT_EQ(of(health, "p_gold").weeksWithCheckIn, 2u);
    EXPECT_TRUE(of(health, "p_idle").upperBound);
    EXPECT_EQ(of(health, "p_idle").weeksWithCheckIn, 10u) << "weeks 2..11: up to its last check-in";
    EXPECT_TRUE(health.overall.upperBound);
    EXPECT_EQ(health.overall.weeksWithCheckIn, 12u);
    const std::string text = cadenceHealthToText(health);
    EXPECT_NE(text.find("Idle Partner  at most 10 of 12 weeks (83.3%)"), std::string::npos) << text;
    EXPECT_NE(text.find("Gold Partner  2 of 12 weeks (16.7%)"), std::string::npos) << text;
    EXPECT_NE(text.find("at most 12 of 24 partner-weeks"), std::string::npos) << text;
    EXPECT_NE(text.find("\"at most\": an upper bound"), std::string::npos) << text;
    const sc::Json j = cadenceHealthToJson(health);
    EXPECT_EQ(j["basis"], "last_held_on");
    EXPECT_EQ(j["partners"][0]["basis"], "held_on");
    EXPECT_EQ(j["partners"][0]["upper_bound"], false);
    EXPECT_EQ(j["partners"][1]["basis"], "last_held_on");
    EXPECT_EQ(j["partners"][1]["upper_bound"], true);
    // An item for all partners without dates held makes the gold partner's figure a bound too.
    doc.cadence.push_back(weekly("w_all", "", "2026-10-01"));
    EXPECT_TRUE(of(weeklyCadenceHealth(doc, "2026-11-30"), "p_gold").upperBound);
    // Dates held everywhere: exact, and the text has no "at most".
    doc.cadence = {gold};
    const auto exact = weeklyCadenceHealth(doc, "2026-11-30");
    EXPECT_FALSE(exact.overall.upperBound);
    EXPECT_EQ(cadenceHealthToText(exact).find("at most"), std::string::npos);
    EXPECT_EQ(cadenceHealthToJson(exact)["basis"], "held_on");
}

// When last_held_on and the dates held disagree (validation warns), both count as meetings and
// the later one is the last meeting, also for when the next one is due.
TEST(partners_cadence_health_test, a_last_date_missing_from_the_dates_held_still_counts) {
    auto gold = weekly("w_gold", "p_gold", "2026-11-27");
    gold.heldOn = {"2026-11-13", "not a date"};
    EXPECT_EQ(meetingDays(gold).size(), 2u);
    EXPECT_EQ(lastMeetingOn(gold), "2026-11-27");
    auto doc = fx::partnerProgramme();
    doc.cadence = {gold};
    EXPECT_EQ(of(weeklyCadenceHealth(doc, "2026-11-30"), "p_gold").weeksWithCheckIn, 2u);
    gold.lastHeldOn = "2026-11-06";  // older than the history's latest
    EXPECT_EQ(lastMeetingOn(gold), "2026-11-13");
    EXPECT_EQ(cadenceDue(gold, "2026-11-30").nextDueOn, "2026-11-20");
    EXPECT_EQ(cadenceDue(gold, "2026-11-30").lastHeldOn, "2026-11-13");
}

// The partner-program sample at 2026-11-30, from the dates held: Riverbend skipped the harvest
// (three weeks in September) and has had none since 2026-10-06; Summit missed two weeks in
// October; GreenAcre and Coastal have no weekly check-in.
TEST(partners_cadence_health_test, partner_program_sample) {
    const auto health = weeklyCadenceHealth(sc::test::loadSample("partner-program"), "2026-11-30");
    EXPECT_FALSE(health.overall.upperBound) << "every weekly item of the sample lists its dates held";
    EXPECT_EQ(of(health, "p_riverbend").weeksWithCheckIn, 3u);
    EXPECT_EQ(of(health, "p_riverbend").shareBp, 2500);
    EXPECT_EQ(of(health, "p_prairie").shareBp, 9167);
    EXPECT_EQ(of(health, "p_summit").weeksWithCheckIn, 9u);
    EXPECT_EQ(of(health, "p_delta").weeksWithCheckIn, 10u);
    EXPECT_EQ(health.withoutWeekly, (std::vector<std::string>{"p_greenacre", "p_coastal"}));
    EXPECT_EQ(health.overall.weeksWithCheckIn, 33u);
    EXPECT_EQ(health.overall.weeks, 48u);
    EXPECT_EQ(health.overall.shareBp, 6875);
    const std::string text = cadenceHealthToText(health);
    EXPECT_NE(text.find("3 of 12 weeks (25.0%), last 2026-10-06 (55 days ago): 7 weeks without one"),
              std::string::npos)
        << text;
    EXPECT_EQ(text.find("at most"), std::string::npos) << text;
    EXPECT_NE(text.find("No weekly check-in: GreenAcre Digital, Coastal Agronomy Partners"),
              std::string::npos);
}
