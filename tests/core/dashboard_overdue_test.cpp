// "What is overdue" at a fixed today (2026-11-01), every date and day count computed by hand.
#include "dashboard/overdue.h"

#include "dashboard_fixtures.h"
#include "partners/cadence.h"
#include "partners/materials.h"

namespace {

sc::CadenceItem cadence(const std::string& id, const std::string& kind, const std::string& last,
                        const std::string& next = "", const std::string& partner = "") {
    sc::CadenceItem c;
    c.id = id;
    c.name = id;
    c.kind = kind;
    c.lastHeldOn = last;
    c.nextDueOn = next;
    c.partnerId = partner;
    return c;
}

sc::Document overdueDocument() {
    auto doc = dfx::heatDocument();
    for (const char* id : {"pa", "pb", "pc"}) {
        sc::Partner p;
        p.id = id;
        p.name = std::string("Partner ") + id;
        doc.partners.push_back(p);
    }
    doc.partners[2].status = "paused";
    // Cadence: weekly from 2026-10-20 -> due 10-27 (5 days); monthly from 09-30 -> 10-30 (2 days);
    // quarterly scheduled for 12-01 (not yet); a weekly held 10-29 with a stale next date 10-01
    // -> due 11-05 (not yet).
    doc.cadence.push_back(cadence("cad_week", "weekly", "2026-10-20", "", "pa"));
    doc.cadence.push_back(cadence("cad_month", "monthly", "2026-09-30"));
    doc.cadence.push_back(cadence("cad_quarter", "quarterly", "2026-09-01", "2026-12-01"));
    doc.cadence.push_back(cadence("cad_fresh", "weekly", "2026-10-29", "2026-10-01"));
    // Materials: the deck's v2 (2026-10-15) is due by 10-22; pb still has v1 -> 10 days.
    sc::Material deck;
    deck.id = "mat_deck";
    deck.name = "Pitch deck";
    deck.versions = {{"v1", "2026-09-01", "", sc::Json::object()},
                     {"v2", "2026-10-15", "", sc::Json::object()}};
    deck.acknowledgements = {{"pa", "v2", "2026-10-16", sc::Json::object()},
                             {"pb", "v1", "2026-09-02", sc::Json::object()}};
    sc::Material old = deck;
    old.id = "mat_old";
    old.status = "archived";
    old.acknowledgements.clear();
    sc::Material fresh = deck;  // only the paused partner must acknowledge, due 11-04
    fresh.id = "mat_fresh";
    fresh.versions = {{"1", "2026-10-28", "", sc::Json::object()}};
    fresh.acknowledgements.clear();
    fresh.audiencePartnerIds = {"pc"};
    doc.materials = {deck, old, fresh};
    // Decisions: one due 10-25 not implemented (7 days), one implemented, one trade-off.
    sc::Decision late;
    late.id = "dec_late";
    late.name = "Rewrite the landing page";
    late.mismatchId = "m_high";
    late.kind = "change_message";
    late.owner = "Maya";
    late.due = "2026-10-25";
    sc::Decision done = late;
    done.id = "dec_done";
    done.mismatchId = "m_low";
    done.due = "2026-10-01";
    done.implementedOn = "2026-10-02";
    sc::Decision tradeoff = late;
    tradeoff.id = "dec_tradeoff";
    tradeoff.mismatchId = "m_gone";
    tradeoff.kind = "accept_tradeoff";
    tradeoff.rationale = "free channel";
    doc.decisions = {late, done, tradeoff};
    // A/B test started 10-10 with a 14-day rule: ready on 10-24, not ended -> 8 days.
    sc::Experiment e;
    e.id = "exp_ab";
    e.name = "Headline test";
    e.mismatchId = "m_mid";
    e.startedOn = "2026-10-10";
    e.controlVisitors = 100;
    e.controlConversions = 5;
    e.variantVisitors = 100;
    e.variantConversions = 8;
    doc.experiments.push_back(e);
    // Verification of the fixed m_done: 2 cycles of 10 days from 10-01 -> due 10-21 (11 days).
    sc::Decision fix = late;
    fix.id = "dec_fix";
    fix.mismatchId = "m_done";
    fix.kind = "adjust_channel";
    fix.due = "";
    fix.implementedOn = "2026-10-01";
    doc.decisions.push_back(fix);
    sc::Verification v;
    v.id = "ver_done";
    v.name = "Direct sales after the fix";
    v.decisionId = "dec_fix";
    v.startedOn = "2026-10-01";
    v.cycleDays = 10;
    doc.verifications.push_back(v);
    return doc;
}

TEST(DashboardOverdue, every_kind_with_its_due_date_most_overdue_first) {
    const auto items = dfx::dashboardOf(overdueDocument()).overdue;
    std::vector<std::string> got;
    for (const auto& i : items)
        got.push_back(i.kind + " " + i.id + " " + i.dueOn + " " + std::to_string(i.daysOverdue));
    EXPECT_EQ(got, (std::vector<std::string>{
                       "verification ver_done 2026-10-21 11",
                       "material mat_deck 2026-10-22 10",
                       "experiment exp_ab 2026-10-24 8",
                       "decision dec_late 2026-10-25 7",
                       "cadence cad_week 2026-10-27 5",
                       "cadence cad_month 2026-10-30 2",
                   }));
    EXPECT_EQ(items[0].mismatchId, "m_done");
    EXPECT_NE(items[1].detail.find("Partner pb"), std::string::npos);
    EXPECT_EQ(items[1].detail.find("Partner pa"), std::string::npos);
    EXPECT_EQ(items[2].mismatchId, "m_mid");
    EXPECT_EQ(items[3].mismatchId, "m_high");
    EXPECT_NE(items[3].detail.find("Maya"), std::string::npos);
    EXPECT_NE(items[4].detail.find("last held 2026-10-20"), std::string::npos);
    EXPECT_NE(items[4].detail.find("Partner pa"), std::string::npos);
}

TEST(DashboardOverdue, nothing_is_overdue_a_day_before_the_first_due_date) {
    const auto items = dfx::dashboardOf(overdueDocument(), "2026-10-21").overdue;
    // 10-21: the verification is due today (0 days), everything else later.
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].kind, "verification");
    EXPECT_EQ(items[0].daysOverdue, 0);
    EXPECT_TRUE(dfx::dashboardOf(overdueDocument(), "2026-10-20").overdue.empty());
}

TEST(PartnerCadence, next_meeting_by_kind_clamped_to_the_month_end) {
    using sc::partners::nextMeetingAfter;
    EXPECT_EQ(nextMeetingAfter("2026-10-27", "weekly"), "2026-11-03");
    EXPECT_EQ(nextMeetingAfter("2026-01-31", "monthly"), "2026-02-28");
    EXPECT_EQ(nextMeetingAfter("2026-12-15", "monthly"), "2027-01-15");
    EXPECT_EQ(nextMeetingAfter("2026-11-30", "quarterly"), "2027-02-28");
    EXPECT_EQ(nextMeetingAfter("2027-11-30", "quarterly"), "2028-02-29");
    EXPECT_EQ(nextMeetingAfter("2026-07-14", "quarterly"), "2026-10-14");
    EXPECT_FALSE(nextMeetingAfter("2026-07-14", "yearly"));
    EXPECT_FALSE(nextMeetingAfter("someday", "weekly"));
}

TEST(PartnerCadence, scheduled_date_wins_only_when_after_the_last_meeting) {
    const auto scheduled =
        sc::partners::cadenceDue(cadence("c", "weekly", "2026-10-01", "2026-10-20"), "2026-10-25");
    EXPECT_EQ(scheduled.nextDueOn, "2026-10-20");
    EXPECT_EQ(scheduled.basis, "scheduled");
    EXPECT_EQ(scheduled.daysOverdue, 5);
    const auto stale =
        sc::partners::cadenceDue(cadence("c", "weekly", "2026-10-21", "2026-10-20"), "2026-10-25");
    EXPECT_EQ(stale.nextDueOn, "2026-10-28");
    EXPECT_EQ(stale.basis, "from_last");
    EXPECT_FALSE(stale.overdue);
    const auto never = sc::partners::cadenceDue(cadence("c", "weekly", ""), "2026-10-25");
    EXPECT_EQ(never.nextDueOn, "");
    EXPECT_FALSE(never.overdue);
}

TEST(PartnerMaterials, audience_is_the_active_partners_unless_listed) {
    const auto doc = overdueDocument();
    EXPECT_EQ(sc::partners::materialAudience(doc, doc.materials[0]), (std::vector<std::string>{"pa", "pb"}));
    EXPECT_EQ(sc::partners::materialAudience(doc, doc.materials[2]), (std::vector<std::string>{"pc"}));
    const auto deck = sc::partners::materialAcknowledgements(doc, doc.materials[0], "2026-11-01");
    EXPECT_EQ(deck.currentVersion, "v2");
    EXPECT_EQ(deck.dueOn, "2026-10-22");
    ASSERT_EQ(deck.missing.size(), 1u);
    EXPECT_EQ(deck.missing[0].partnerId, "pb");
    EXPECT_EQ(deck.missing[0].lastAcknowledged, "v1");
    EXPECT_EQ(deck.daysOverdue, 10);
    const auto archived = sc::partners::materialAcknowledgements(doc, doc.materials[1], "2026-11-01");
    EXPECT_TRUE(archived.missing.empty());
    EXPECT_FALSE(archived.overdue);
}

}  // namespace
