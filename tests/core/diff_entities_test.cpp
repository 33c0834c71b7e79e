// diffDocuments matches entities and table rows by id (never by position): added, removed and
// changed ones, in B's order with the removed after, and large tables in linear time.
#include <gtest/gtest.h>

#include <chrono>

#include "diff/diff.h"
#include "diff/diff_report.h"
#include "merge_fixtures.h"

using namespace sc;

namespace {

std::vector<std::string> lines(const DocumentDiff& d) {
    std::vector<std::string> out;
    for (const auto& c : d.changes) out.push_back(diffChangeInWords(c));
    return out;
}

std::string listed(const DocumentDiff& d) {
    std::string out;
    for (const auto& l : lines(d)) out += l + "\n";
    return out.empty() ? "(no changes)\n" : out;
}

}  // namespace

TEST(diff_entities_test, an_added_and_a_removed_entity_are_named_by_id_and_name) {
    const Document a = mfx::base();
    Document b = a;
    b.promises.erase(b.promises.begin() + 1);  // pr_demo removed
    Promise fast;
    fast.id = "pr_fast";
    fast.name = "Fast delivery";
    fast.segmentId = "seg_smb";
    b.promises.push_back(fast);
    const DocumentDiff d = diffDocuments(a, b);
    ASSERT_EQ(d.changes.size(), 2u) << listed(d);
    EXPECT_EQ(d.changes[0].kind, DiffKind::Added);
    EXPECT_EQ(d.changes[0].id, "pr_fast");
    EXPECT_EQ(d.changes[0].name, "Fast delivery");
    EXPECT_EQ(d.changes[0].pointer, "/promises/1");  // in B
    EXPECT_EQ(d.changes[1].kind, DiffKind::Removed);
    EXPECT_EQ(d.changes[1].id, "pr_demo");
    EXPECT_EQ(d.changes[1].pointer, "/promises/1");  // in A
    EXPECT_EQ(lines(d), (std::vector<std::string>{"Promise \"Fast delivery\" (pr_fast) added",
                                                  "Promise \"Book a demo\" (pr_demo) removed"}));
}

TEST(diff_entities_test, an_added_entity_is_one_change_not_one_per_field_or_child) {
    const Document a = mfx::base();
    Document b = a;
    b.promises.erase(b.promises.begin());  // pr_try and its two touchpoints
    const DocumentDiff d = diffDocuments(a, b);
    EXPECT_EQ(lines(d), (std::vector<std::string>{"Promise \"Try it now\" (pr_try) removed"}));
}

TEST(diff_entities_test, a_nested_entity_added_inside_a_kept_one) {
    const Document a = mfx::base();
    Document b = a;
    b.promises[0].touchpoints.erase(b.promises[0].touchpoints.begin());
    const DocumentDiff d = diffDocuments(a, b);
    EXPECT_EQ(lines(d),
              (std::vector<std::string>{
                  "Touchpoint \"Landing page\" (tp_landing) of promise \"Try it now\" (pr_try) removed"}));
}

TEST(diff_entities_test, moving_items_is_no_change_because_they_match_by_id) {
    const Document a = mfx::base();
    Document b = a;
    std::swap(b.promises[0], b.promises[1]);
    std::swap(b.deals[0], b.deals[2]);
    EXPECT_TRUE(diffDocuments(a, b).equal()) << listed(diffDocuments(a, b));
}

TEST(diff_entities_test, table_rows_added_removed_and_changed) {
    const Document a = mfx::base();
    Document b = a;
    b.deals.erase(b.deals.begin());                    // d1 removed
    b.deals[0].account = "Anders & Co";                // d2 changed
    b.deals.push_back(mfx::deal("d4", "Novak", 100));  // d4 added
    b.kpiRecords[1].value = 9700;
    const DocumentDiff d = diffDocuments(a, b);
    EXPECT_EQ(lines(d), (std::vector<std::string>{
                            "Deal \"Anders deal\" (d2): Account changed from \"Anders\" to \"Anders & Co\"",
                            "Deal \"Novak deal\" (d4) added",
                            "Deal \"Hansen deal\" (d1) removed",
                            "KPI record k2: Value changed from 9500 to 9700",
                        }));
    EXPECT_EQ(d.count(DiffKind::Changed), 2u);
    EXPECT_EQ(d.count(DiffKind::Added), 1u);
    EXPECT_EQ(d.count(DiffKind::Removed), 1u);
    EXPECT_EQ(d.changes[2].pointer, "/deals/rows/0");  // removed: where it was in A
}

TEST(diff_entities_test, order_is_b_then_removed_and_the_same_every_time) {
    const Document a = mfx::base();
    Document b = a;
    b.deals = {mfx::deal("d9", "Zed", 0), a.deals[2], mfx::deal("d8", "Ypsilon", 0)};
    b.deals[1].quantity = 11;
    const DocumentDiff d = diffDocuments(a, b);
    std::vector<std::string> ids;
    for (const auto& c : d.changes) ids.push_back(c.id + " " + diffKindName(c.kind));
    EXPECT_EQ(ids,
              (std::vector<std::string>{"d9 added", "d3 changed", "d8 added", "d1 removed", "d2 removed"}));
    for (int i = 0; i < 3; ++i) EXPECT_EQ(lines(diffDocuments(a, b)), lines(d));
}

TEST(diff_entities_test, a_duplicate_id_pairs_the_nth_repeats) {
    Document a = mfx::base();
    a.deals.push_back(a.deals[0]);  // d1 twice: an invalid file still diffs
    Document b = a;
    b.deals[3].account = "Second";
    const DocumentDiff d = diffDocuments(a, b);
    ASSERT_EQ(d.changes.size(), 1u) << listed(d);
    EXPECT_EQ(d.changes[0].pointer.rfind("/deals/rows/3/", 0), 0u) << d.changes[0].pointer;
}

TEST(diff_entities_test, ten_thousand_rows_diff_correctly_and_quickly) {
    Document a = mfx::base();
    a.deals.clear();
    for (int i = 0; i < 10000; ++i) a.deals.push_back(mfx::deal("d" + std::to_string(i), "Acct", i % 50));
    Document b = a;
    std::reverse(b.deals.begin(), b.deals.end());  // a different order alone changes nothing
    for (int i = 0; i < 100; ++i) b.deals[static_cast<std::size_t>(i * 97)].quantity += 1;  // 100 changed
    b.deals.erase(b.deals.begin() + 5000, b.deals.begin() + 5050);                          // 50 removed
    for (int i = 0; i < 25; ++i) b.deals.push_back(mfx::deal("new" + std::to_string(i), "New", 0));
    const auto start = std::chrono::steady_clock::now();
    const DocumentDiff d = diffDocuments(a, b);
    const double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::size_t changedRows = 0;
    for (const auto& c : d.changes) changedRows += c.kind == DiffKind::Changed && c.field == "quantity";
    EXPECT_EQ(d.count(DiffKind::Added), 25u);
    EXPECT_EQ(d.count(DiffKind::Removed), 50u);
    // A change at an index in the erased range went with its row.
    std::size_t expectChanged = 0;
    for (int i = 0; i < 100; ++i) expectChanged += (i * 97 < 5000 || i * 97 >= 5050);
    EXPECT_EQ(changedRows, expectChanged);
    EXPECT_EQ(d.count(DiffKind::Changed), expectChanged);
    // Removed ones come last, in A's order: B's rows 5000..5049 after the reverse were A's
    // d4999..d4950.
    EXPECT_EQ(d.changes[d.changes.size() - 50].id, "d4950");
    EXPECT_EQ(d.changes.back().kind, DiffKind::Removed);
    EXPECT_EQ(d.changes.back().id, "d4999");
    // Linear: a quadratic match of 10k rows against 10k would take far longer, even in debug.
    EXPECT_LT(seconds, 5.0);
}
