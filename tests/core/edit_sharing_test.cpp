// Structural sharing: an edit copies only what it changes. The big tables of the document
// (deals, ...) stay shared between the document before an edit and the one after it unless the
// edit writes to that table, so an undo snapshot of a million-deal file costs no rows.
#include "edit_fixtures.h"

using namespace sc;
using namespace sc::test;
using sc::edit::FieldValue;

namespace {

// Every big table of `a` reads the same rows as `b`'s.
void expectAllTablesShared(const Document& a, const Document& b) {
    EXPECT_TRUE(a.deals.sharesStorageWith(b.deals));
    EXPECT_TRUE(a.dealRegistrations.sharesStorageWith(b.dealRegistrations));
    EXPECT_TRUE(a.reportSubmissions.sharesStorageWith(b.reportSubmissions));
    EXPECT_TRUE(a.kpiRecords.sharesStorageWith(b.kpiRecords));
    EXPECT_TRUE(a.pulseAnswers.sharesStorageWith(b.pulseAnswers));
    EXPECT_TRUE(a.pairObservations.sharesStorageWith(b.pairObservations));
}

Document partnerProgram() {
    Document doc = loadSample("partner-program");
    // The sample has no pair observations: two, so every big table holds rows.
    for (const char* id : {"obs-1", "obs-2"}) {
        PairObservation o;
        o.id = id;
        o.pairId = doc.pairs.at(0).id;
        o.periodStart = "2026-09-01";
        doc.pairObservations.push_back(o);
    }
    // Every table holds rows, so sharing is about real storage (an empty table stores nothing).
    EXPECT_FALSE(doc.deals.empty());
    EXPECT_FALSE(doc.dealRegistrations.empty());
    EXPECT_FALSE(doc.reportSubmissions.empty());
    EXPECT_FALSE(doc.kpiRecords.empty());
    EXPECT_FALSE(doc.pulseAnswers.empty());
    EXPECT_FALSE(doc.pairObservations.empty());
    return doc;
}

}  // namespace

TEST(edit_sharing_test, an_edit_to_one_promise_leaves_every_big_table_shared) {
    const Document before = partnerProgram();
    ASSERT_FALSE(before.promises.empty());
    const edit::Address promise = at({{"promises", before.promises[0].id}});
    const EditResult r = edit::setField(before, promise, "name", FieldValue(std::string("Renamed")), kNow);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.document.promises[0].name, "Renamed");
    EXPECT_NE(before.promises[0].name, "Renamed");
    expectAllTablesShared(r.document, before);
    EXPECT_EQ(&r.document.deals[0], &before.deals[0]) << "the very same rows, not equal ones";
}

TEST(edit_sharing_test, a_reference_check_reads_the_tables_without_copying_them) {
    // A promise's segment is a reference: setting it walks every object (table rows too) to
    // check the target exists. That walk only reads.
    const Document before = partnerProgram();
    ASSERT_FALSE(before.segments.empty());
    const edit::Address promise = at({{"promises", before.promises[0].id}});
    const Document after =
        ok(edit::setField(before, promise, "segment_id", FieldValue(before.segments.back().id), kNow));
    expectAllTablesShared(after, before);
    // Reading a deal through an address only reads too.
    const edit::Address deal = at({{"deals", before.deals[0].id}});
    EXPECT_TRUE(edit::fieldValue(after, deal, "account").has_value());
    EXPECT_FALSE(edit::setFieldLabel(after, deal, "account").empty());
    expectAllTablesShared(after, before);
}

TEST(edit_sharing_test, an_edit_to_a_deal_gives_the_new_document_its_own_deals) {
    const Document before = partnerProgram();
    const Document untouched = before;  // a deep look at what `before` held
    const std::string dealId = before.deals[1].id;
    const std::string oldAccount = before.deals[1].account;
    const EditResult r = edit::setField(before, at({{"deals", dealId}}), "account",
                                        FieldValue(std::string("New account")), kNow);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_FALSE(r.document.deals.sharesStorageWith(before.deals));
    EXPECT_EQ(r.document.deals[1].account, "New account");
    EXPECT_EQ(r.document.deals[1].updated, kNow);
    EXPECT_EQ(before.deals[1].account, oldAccount) << "the old snapshot is unchanged";
    EXPECT_EQ(before.deals.size(), r.document.deals.size());
    EXPECT_TRUE(before.deals.sharesStorageWith(untouched.deals)) << "the old snapshot kept its rows";
    // The other tables are not the deal's: still shared.
    EXPECT_TRUE(r.document.dealRegistrations.sharesStorageWith(before.dealRegistrations));
    EXPECT_TRUE(r.document.kpiRecords.sharesStorageWith(before.kpiRecords));
}

TEST(edit_sharing_test, adding_moving_and_removing_a_deal_leave_the_old_document_whole) {
    const Document before = partnerProgram();
    const std::size_t deals = before.deals.size();
    const std::string first = before.deals[0].id;
    const Document added = ok(edit::addItem(before, {}, "deals", {}, kNow));
    EXPECT_EQ(added.deals.size(), deals + 1);
    const Document moved = ok(edit::moveItem(before, at({{"deals", first}}), +1));
    EXPECT_EQ(moved.deals[1].id, first);
    const Document duplicated = ok(edit::duplicateItem(before, at({{"deals", first}}), kNow));
    EXPECT_EQ(duplicated.deals.size(), deals + 1);
    const Document removed = ok(edit::removeItem(before, at({{"deals", first}}), true));
    EXPECT_EQ(removed.deals.size(), deals - 1);
    EXPECT_EQ(before.deals.size(), deals);
    EXPECT_EQ(before.deals[0].id, first);
    EXPECT_EQ(before.deals[1].id, moved.deals[0].id);
}

TEST(edit_sharing_test, removing_a_promise_leaves_every_big_table_shared) {
    const Document before = partnerProgram();
    const Document after = ok(edit::removeItem(before, at({{"promises", before.promises[0].id}}), true));
    EXPECT_EQ(after.promises.size() + 1, before.promises.size());
    expectAllTablesShared(after, before);
}

TEST(edit_sharing_test, removing_a_partner_copies_only_the_tables_that_lose_rows) {
    const Document before = partnerProgram();
    // The partner of the first deal: its deals, registrations, KPI records ... go with it.
    const std::string partner = before.deals[0].partnerId;
    const Document after = ok(edit::removeItem(before, at({{"partners", partner}}), true));
    EXPECT_FALSE(after.deals.sharesStorageWith(before.deals));
    EXPECT_LT(after.deals.size(), before.deals.size());
    for (const Deal& d : after.deals) EXPECT_NE(d.partnerId, partner);
    EXPECT_EQ(before.deals[0].partnerId, partner) << "the old document keeps its rows";
    EXPECT_EQ(errorsIn(after), 0u);
    // Pair observations name pairs, not partners: nothing to erase or clear there.
    EXPECT_TRUE(after.pairObservations.sharesStorageWith(before.pairObservations));
}
