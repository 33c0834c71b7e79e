// Weekly check-in health (seed 000: "The weekly cadence is the most important"): the share of
// the last 12 weeks with a check-in, per partner and overall, from each weekly item's latest
// meeting; partners without a weekly check-in are listed, not counted as 0% or 100%.
#include <gtest/gtest.h>

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
    doc.cadence = {weekly("w_gold", "p_gold", "2026-11-13")};  // 17 days ago: 2 whole weeks without one
    const auto& gold = of(weeklyCadenceHealth(doc, "2026-11-30"), "p_gold");
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

// The partner-program sample at 2026-11-30: Riverbend skipped the harvest (last 2026-10-06,
// 55 days: 7 weeks without one); GreenAcre and Coastal have no weekly check-in.
TEST(partners_cadence_health_test, partner_program_sample) {
    const auto health = weeklyCadenceHealth(sc::test::loadSample("partner-program"), "2026-11-30");
    EXPECT_EQ(of(health, "p_riverbend").weeksWithCheckIn, 5u);
    EXPECT_EQ(of(health, "p_riverbend").shareBp, 4167);
    EXPECT_EQ(of(health, "p_prairie").shareBp, 9167);
    EXPECT_EQ(health.withoutWeekly, (std::vector<std::string>{"p_greenacre", "p_coastal"}));
    EXPECT_EQ(health.overall.weeksWithCheckIn, 37u);
    EXPECT_EQ(health.overall.weeks, 48u);
    const std::string text = cadenceHealthToText(health);
    EXPECT_NE(text.find("5 of 12 weeks (41.7%), last 2026-10-06 (55 days ago): 7 weeks without one"),
              std::string::npos)
        << text;
    EXPECT_NE(text.find("No weekly check-in: GreenAcre Digital, Coastal Agronomy Partners"),
              std::string::npos);
}
