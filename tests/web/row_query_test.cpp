// The stepwise filter and sort of the big tables: the same result as the plain table functions,
// reached in bounded steps, and a sort that keeps the table's order among equal keys.
#include <gtest/gtest.h>

#include "logic/row_query.h"

using namespace sc::web;

namespace {

std::vector<TableCell> rowOf(std::size_t i) {
    // Column 0: "deal-i"; column 1: the amount (i * 7 mod 10, so many ties); column 2: text.
    return {TableCell{"deal-" + std::to_string(i)},
            TableCell{std::to_string((i * 7) % 10), true, static_cast<double>((i * 7) % 10)},
            TableCell{i % 3 == 0 ? "Prairie" : "Coastal"}};
}

RowQuery runAll(std::size_t rows, RowQuerySpec spec, std::size_t budget, int* steps = nullptr) {
    RowQuery q;
    q.start(rows, std::move(spec));
    int n = 0;
    while (!q.step(rowOf, budget)) ++n;
    if (steps) *steps = n + 1;
    return q;
}

}  // namespace

TEST(row_query_test, no_filter_no_sort_is_the_tables_order_at_once) {
    RowQuery q;
    q.start(1000, {});
    EXPECT_TRUE(q.done());
    ASSERT_EQ(q.order().size(), 1000u);
    EXPECT_EQ(q.order()[999], 999u);
}

TEST(row_query_test, filter_works_in_bounded_steps_and_reports_progress) {
    int steps = 0;
    RowQuery q;
    q.start(10000, {"prairie", -1, true});
    EXPECT_FALSE(q.done());
    q.step(rowOf, 2500);
    EXPECT_DOUBLE_EQ(q.progress(), 0.25);
    EXPECT_FALSE(q.done());
    const RowQuery all = runAll(10000, {"PRAIRIE", -1, true}, 2500, &steps);
    EXPECT_EQ(steps, 4);
    ASSERT_EQ(all.order().size(), 3334u);  // 0, 3, 6, ... 9999
    for (auto r : all.order()) EXPECT_EQ(r % 3, 0u);
    // Every word must occur somewhere in the row.
    EXPECT_EQ(runAll(100, {"coastal deal-1", -1, true}, 7).order().size(),
              8u);  // deal-1, deal-10..19 but 12, 15, 18
}

TEST(row_query_test, sort_by_number_is_stable_and_descending_reverses_keys_only) {
    const RowQuery asc = runAll(50, {"", 1, true}, 8);
    ASSERT_EQ(asc.order().size(), 50u);
    for (std::size_t i = 1; i < asc.order().size(); ++i) {
        const auto a = asc.order()[i - 1], b = asc.order()[i];
        const auto ka = (a * 7) % 10, kb = (b * 7) % 10;
        ASSERT_LE(ka, kb);
        if (ka == kb) EXPECT_LT(a, b);  // ties keep the table's order
    }
    const RowQuery desc = runAll(50, {"", 1, false}, 50);
    EXPECT_EQ((desc.order().front() * 7) % 10, 9u);
    EXPECT_EQ((desc.order().back() * 7) % 10, 0u);
}

TEST(row_query_test, restart_discards_the_previous_result) {
    RowQuery q;
    q.start(100, {"prairie", -1, true});
    q.step(rowOf, 100);
    EXPECT_EQ(q.order().size(), 34u);
    q.start(10, {});
    EXPECT_EQ(q.order().size(), 10u);
}
