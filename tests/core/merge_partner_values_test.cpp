// Issue 9 in the merge: a cadence item's dates held merge as a set (each side's additions kept,
// a date deleted on one side deleted, the result in date order), and a price that is not set
// differs from a price of 0 (setting one on one side is a change like any other).
#include <gtest/gtest.h>

#include "merge_fixtures.h"

using namespace sc;
using mfx::listConflicts;

namespace {

Document withCadence() {
    Document d = mfx::base();
    CadenceItem weekly;
    weekly.id = "cad_w";
    weekly.name = "Weekly check-in";
    weekly.kind = "weekly";
    weekly.lastHeldOn = "2026-11-10";
    weekly.heldOn = {"2026-11-03", "2026-11-10"};
    d.cadence = {weekly};
    PriceBookEntry entry;
    entry.id = "pb_1";
    entry.name = "Item";
    entry.sku = "SKU-1";
    entry.listPriceMinor = 10000;
    d.rules.priceBook = {entry};
    return d;
}

}  // namespace

TEST(merge_partner_values_test, dates_held_merge_as_a_set_in_date_order) {
    const Document base = withCadence();
    Document ours = base, theirs = base;
    ours.cadence[0].heldOn.push_back("2026-11-24");
    theirs.cadence[0].heldOn.push_back("2026-11-17");
    theirs.cadence[0].heldOn.erase(theirs.cadence[0].heldOn.begin());  // 11-03 was recorded by mistake
    const MergeResult r = mergeDocuments(base, ours, theirs, MergeOptions{});
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    EXPECT_EQ(r.document.cadence[0].heldOn,
              (std::vector<std::string>{"2026-11-10", "2026-11-17", "2026-11-24"}));
    // Without a base: the union of both sides.
    const MergeResult two = mergeTwoWay(ours, theirs, MergeOptions{});
    EXPECT_TRUE(two.conflicts.empty()) << listConflicts(two);
    EXPECT_EQ(two.document.cadence[0].heldOn,
              (std::vector<std::string>{"2026-11-03", "2026-11-10", "2026-11-17", "2026-11-24"}));
}

TEST(merge_partner_values_test, a_price_not_set_and_a_price_of_zero_are_different_values) {
    const Document base = withCadence();
    Document ours = base, theirs = base;
    ours.rules.priceBook[0].listPriceMinor = 0;        // made free
    theirs.rules.priceBook[0].floorPriceMinor = 9000;  // floor set where there was none
    const MergeResult r = mergeDocuments(base, ours, theirs, MergeOptions{});
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    EXPECT_EQ(r.document.rules.priceBook[0].listPriceMinor, std::optional<MinorUnits>(0));
    EXPECT_EQ(r.document.rules.priceBook[0].floorPriceMinor, std::optional<MinorUnits>(9000));
    // One side clears the list price, the other makes it free: a conflict, not a silent pick.
    Document cleared = base, free = base;
    cleared.rules.priceBook[0].listPriceMinor.reset();
    free.rules.priceBook[0].listPriceMinor = 0;
    const MergeResult c = mergeDocuments(base, cleared, free, MergeOptions{});
    ASSERT_EQ(c.conflicts.size(), 1u) << listConflicts(c);
    EXPECT_EQ(c.conflicts[0].field, "list_price_minor");
    EXPECT_EQ(c.document.rules.priceBook[0].listPriceMinor, std::nullopt) << "ours is preferred";
}
