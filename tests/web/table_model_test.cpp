// Entity tables (web/logic/table_model.h): cells as people read them, filter, sort by value,
// and the TSV Copy puts on the clipboard.
#include <gtest/gtest.h>

#include "logic/table_model.h"
#include "test_util.h"

using namespace sc;
using namespace sc::web;

TEST(table_model_test, builds_cells_from_the_descriptions) {
    const Document doc = test::loadSample("saas-self-serve");
    const TableModel m =
        buildTable(doc, doc.pairs, {"name", "revenue_minor", "target_audience_share_bp", "funnel"});
    EXPECT_EQ(m.headers, (std::vector<std::string>{"Name", "Revenue", "Target audience share", "Funnel"}));
    ASSERT_EQ(m.rows.size(), 3u);
    EXPECT_EQ(m.rows[0].id, "pair_team_direct");
    EXPECT_EQ(m.rows[0].cells[1].text.substr(0, 1), "$");
    EXPECT_TRUE(m.rows[0].cells[1].numeric);
    EXPECT_EQ(m.rows[0].cells[2].text.back(), '%');
}

TEST(table_model_test, filters_on_every_word_and_sorts_numbers_by_value) {
    const Document doc = test::loadSample("saas-self-serve");
    const TableModel m = buildTable(doc, doc.pairs, {"name", "leads"});
    EXPECT_EQ(filterRows(m, "").size(), 3u);
    EXPECT_EQ(filterRows(m, "AFFILIATE team").size(), 1u);
    EXPECT_EQ(filterRows(m, "nothing-like-this").size(), 0u);
    std::vector<std::size_t> order = filterRows(m, "");
    sortRows(m, order, 1, false);
    for (std::size_t i = 1; i < order.size(); ++i)
        EXPECT_GE(m.rows[order[i - 1]].cells[1].number, m.rows[order[i]].cells[1].number);
    sortRows(m, order, 1, true);
    for (std::size_t i = 1; i < order.size(); ++i)
        EXPECT_LE(m.rows[order[i - 1]].cells[1].number, m.rows[order[i]].cells[1].number);
}

TEST(table_model_test, tsv_has_the_header_and_the_rows_shown_with_tabs_flattened) {
    Document doc;
    Segment a;
    a.id = "a";
    a.name = "Small\tteams";
    a.customers = 12;
    Segment b;
    b.id = "b";
    b.name = "Students";
    doc.segments = {a, b};
    const TableModel m = buildTable(doc, doc.segments, {"name", "customers"});
    EXPECT_EQ(toTsv(m, {1, 0}), "Name\tCustomers\nStudents\t0 customers\nSmall teams\t12 customers\n");
}
