// Channel conflicts from deal registrations: one account claimed by two partners, or a
// registration outside the partner's territory. One partner registering an account several
// times is not a conflict.
#include <gtest/gtest.h>

#include "partners/channel_conflicts.h"
#include "partners_fixtures.h"
#include "test_util.h"

using namespace sc::partners;

namespace {

sc::DealRegistration registration(const std::string& id, const std::string& partnerId,
                                  const std::string& account, const std::string& territory,
                                  const std::string& on, const std::string& status = "approved") {
    sc::DealRegistration r;
    r.id = id;
    r.partnerId = partnerId;
    r.account = account;
    r.territoryId = territory;
    r.registeredOn = on;
    r.status = status;
    return r;
}

}  // namespace

TEST(partners_conflicts_test, same_partner_overlapping_registrations_are_not_a_conflict) {
    auto doc = fx::partnerProgramme();
    doc.dealRegistrations = {
        registration("r1", "p_gold", "Hansen Farms", "ter_north", "2026-05-01"),
        registration("r2", "p_gold", "hansen  farms.", "ter_north", "2026-05-02"),
        registration("r3", "p_gold", "HANSEN FARMS", "ter_north", "2026-05-02", "pending")};
    EXPECT_TRUE(findChannelConflicts(doc).empty());
}

TEST(partners_conflicts_test, two_partners_on_one_account_and_outside_territory) {
    auto doc = fx::partnerProgramme();
    doc.dealRegistrations = {
        registration("r2", "p_idle", "hansen farms", "ter_south", "2026-05-09", "pending"),
        registration("r1", "p_gold", "Hansen Farms", "ter_north", "2026-05-01"),
        registration("r3", "p_gold", "Far Away Farm", "ter_south", "2026-05-03")};
    const auto conflicts = findChannelConflicts(doc);
    ASSERT_EQ(conflicts.size(), 2u);
    EXPECT_EQ(conflicts[0].kind, "same_account");
    EXPECT_EQ(conflicts[0].account, "Hansen Farms") << "named as first registered";
    EXPECT_EQ(conflicts[0].registrationIds, (std::vector<std::string>{"r1", "r2"}));
    EXPECT_EQ(conflicts[0].partnerIds, (std::vector<std::string>{"p_gold", "p_idle"}));
    EXPECT_FALSE(conflicts[0].resolved);
    EXPECT_EQ(conflicts[1].kind, "outside_territory");
    EXPECT_EQ(conflicts[1].registrationIds, std::vector<std::string>{"r3"});
    EXPECT_NE(conflicts[1].reason.find("its territory is ter_north"), std::string::npos)
        << conflicts[1].reason;
    // Rejecting the second claim settles it.
    doc.dealRegistrations[0].status = "rejected";
    EXPECT_TRUE(findChannelConflicts(doc)[0].resolved);
}

// The sample: GreenAcre registered Hansen Family Farms (r900) which Prairie holds; Delta
// registered a Plains account (r902); Summit's Tulare Almonds claim (r903) was rejected, so
// both of its conflicts are resolved. Prairie's repeat registrations (r001, r008, r011, r901)
// are not conflicts on their own.
TEST(partners_conflicts_test, partner_program_sample) {
    const auto doc = sc::test::loadSample("partner-program");
    const auto conflicts = findChannelConflicts(doc);
    std::vector<std::string> open, resolved;
    for (const auto& c : conflicts) (c.resolved ? resolved : open).push_back(c.kind + ":" + c.account);
    EXPECT_EQ(open, (std::vector<std::string>{"same_account:Hansen Family Farms",
                                              "outside_territory:Kearney Grain Co-op"}));
    EXPECT_EQ(resolved,
              (std::vector<std::string>{"same_account:Tulare Almonds", "outside_territory:Tulare Almonds"}));
    EXPECT_EQ(conflicts[0].registrationIds,
              (std::vector<std::string>{"r001", "r901", "r008", "r900", "r011"}));
    EXPECT_EQ(conflicts[0].reason,
              "Hansen Family Farms is registered by Prairie Ag Solutions (since 2026-05-02: r001, r901, "
              "r008, r011; "
              "approved) and GreenAcre Digital (since 2026-08-04: r900; pending)");
}
