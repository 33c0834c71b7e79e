// Post-mortems even on wins (seed 003): reason frequencies per partner, channel and month.
#include <gtest/gtest.h>

#include "core/partners_fixtures.h"
#include "partners/post_mortems.h"

namespace {

sc::PostMortem postMortem(const std::string& id, const std::string& partnerId, const std::string& outcome,
                          const std::string& heldOn, std::vector<std::string> reasons) {
    sc::PostMortem pm;
    pm.id = id;
    pm.partnerId = partnerId;
    pm.outcome = outcome;
    pm.heldOn = heldOn;
    pm.reasons = std::move(reasons);
    return pm;
}

sc::Document withPostMortems() {
    sc::Document doc = fx::partnerProgramme();
    sc::Channel dealers;
    dealers.id = "ch_dealers";
    dealers.name = "Dealer network";
    doc.channels = {dealers};
    doc.partners[0].channelId = "ch_dealers";
    doc.partners[1].channelId = "ch_dealers";
    doc.postMortems = {
        postMortem("w1", "p_gold", "won", "2026-07-08",
                   {"Pilot showed the wet spot", "Installer on site in 24 hours"}),
        postMortem("l1", "p_idle", "lost", "2026-09-30",
                   {"Quote arrived after the pilot ended", "No bundle answer."}),
        postMortem("l2", "p_gold", "lost", "2026-09-12",
                   {"no bundle  answer", "Competitor bundled controllers"}),
    };
    return doc;
}

}  // namespace

// Seed 003 "Facilitate Regular 'Post-Mortems' (Even on Wins)" and "Collect data on ... the
// reasons for wins and losses ... build dashboards that reveal patterns and trends."
TEST(partners_post_mortems_test, reasons_counted_over_wins_and_losses) {
    const auto s = sc::partners::summarisePostMortems(withPostMortems());
    EXPECT_EQ(s.won, 1);
    EXPECT_EQ(s.lost, 2);
    ASSERT_FALSE(s.reasons.empty());
    EXPECT_EQ(s.reasons[0].reason, "No bundle answer.");  // as first written; two losses read the same
    EXPECT_EQ(s.reasons[0].lost, 2);
    EXPECT_EQ(s.reasons[0].postMortemIds, (std::vector<std::string>{"l1", "l2"}));
    EXPECT_EQ(s.reasons.size(), 5u);
    EXPECT_TRUE(s.balanceNote.empty());
}

TEST(partners_post_mortems_test, per_partner_channel_and_month) {
    const auto s = sc::partners::summarisePostMortems(withPostMortems());
    ASSERT_EQ(s.byPartner.size(), 2u);
    EXPECT_EQ(s.byPartner[0].name, "Gold Partner");
    EXPECT_EQ(s.byPartner[0].won, 1);
    EXPECT_EQ(s.byPartner[0].lost, 1);
    ASSERT_EQ(s.byChannel.size(), 1u);
    EXPECT_EQ(s.byChannel[0].name, "Dealer network");
    EXPECT_EQ(s.byChannel[0].reasons[0].total(), 2);
    ASSERT_EQ(s.byPeriod.size(), 2u);
    EXPECT_EQ(s.byPeriod[0].key, "2026-07");
    EXPECT_EQ(s.byPeriod[1].key, "2026-09");
    EXPECT_EQ(s.byPeriod[1].lost, 2);
}

TEST(partners_post_mortems_test, only_losses_reviewed_is_said) {
    sc::Document doc = withPostMortems();
    doc.postMortems.erase(doc.postMortems.begin());
    EXPECT_EQ(sc::partners::summarisePostMortems(doc).balanceNote,
              "Every post-mortem is on a loss: hold them on wins too, to learn what worked.");
    EXPECT_EQ(sc::partners::reasonKey("  Price sheet had  no bundle answer. "),
              "price sheet had no bundle answer");
}
