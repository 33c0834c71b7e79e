// Row tables (deals, KPI records...) merge row by row, matched by id, field by field by
// column; rows without an id are matched by their whole content. Conflict pointers name the
// cell in the merged file's columns.
#include <gtest/gtest.h>

#include "format/document_io.h"
#include "merge_fixtures.h"

using namespace sc;
using mfx::listConflicts;

namespace {

std::vector<std::string> dealIds(const Document& d) {
    std::vector<std::string> ids;
    for (const auto& x : d.deals) ids.push_back(x.id);
    return ids;
}

}  // namespace

TEST(merge_tables_test, rows_merge_by_id_field_by_field) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.deals[1].discountBp = 700;        // d2: ours changes the discount
    theirs.deals[1].outcome = "won";       // d2: theirs closes it
    theirs.deals[2].approved = true;       // d3: theirs only
    ours.deals.erase(ours.deals.begin());  // d1: deleted by ours, unchanged by theirs
    theirs.deals.push_back(mfx::deal("d4", "Novak", 100));
    ours.kpiRecords[1].value = 9700;
    theirs.kpiRecords.push_back(mfx::kpi("k3", "2026-07", 9800));
    const MergeResult r = mergeDocuments(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    EXPECT_EQ(dealIds(r.document), (std::vector<std::string>{"d2", "d3", "d4"}));
    EXPECT_EQ(r.document.deals[0].discountBp, 700);
    EXPECT_EQ(r.document.deals[0].outcome, "won");
    EXPECT_TRUE(r.document.deals[1].approved);
    ASSERT_EQ(r.document.kpiRecords.size(), 3u);
    EXPECT_EQ(r.document.kpiRecords[1].value, 9700);
    EXPECT_EQ(r.document.kpiRecords[2].id, "k3");
}

TEST(merge_tables_test, a_cell_changed_differently_points_at_the_file_cell) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.deals[2].discountBp = 200;
    theirs.deals[2].discountBp = 900;
    const MergeResult r = mergeDocuments(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    const MergeConflict& c = r.conflicts[0];
    EXPECT_EQ(c.entityKind, "deal");
    EXPECT_EQ(c.entityId, "d3");
    EXPECT_EQ(c.entityName, "Kowal deal");
    EXPECT_EQ(c.field, "discount_bp");
    EXPECT_EQ(c.pointer, "/deals/rows/2/9");  // discount_bp is the tenth column
    EXPECT_EQ(c.base, "0");
    EXPECT_EQ(c.ours, "200");
    EXPECT_EQ(c.theirs, "900");
    // The pointer names that cell in the file that is written.
    const Json file = Json::parse(saveDocument(r.document));
    EXPECT_EQ(file.at(Json::json_pointer(c.pointer)), 200);
}

TEST(merge_tables_test, a_row_deleted_on_one_side_and_changed_on_the_other_conflicts) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.kpiRecords.erase(ours.kpiRecords.begin());
    theirs.kpiRecords[0].value = 9999;
    const MergeResult r = mergeDocuments(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    EXPECT_EQ(r.conflicts[0].kind, ConflictKind::DeletedAndChanged);
    EXPECT_EQ(r.conflicts[0].entityKind, "KPI record");
    EXPECT_EQ(r.conflicts[0].pointerIn, "theirs");
    EXPECT_EQ(r.conflicts[0].pointer, "/kpi_records/rows/0");
    EXPECT_EQ(r.conflicts[0].base, "row k1");  // KPI records have no name
    EXPECT_EQ(r.conflicts[0].ours, "deleted");
    EXPECT_EQ(r.conflicts[0].theirs, "changed value");
    EXPECT_EQ(r.document.kpiRecords.size(), 1u);
}

TEST(merge_tables_test, one_row_id_added_on_both_sides_for_different_deals_is_a_conflict) {
    const Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.deals.push_back(mfx::deal("d4", "Novak", 100));
    theirs.deals.push_back(mfx::deal("d4", "Berg", 100));
    const MergeResult r = mergeDocuments(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    EXPECT_EQ(r.conflicts[0].kind, ConflictKind::DuplicateId);
    EXPECT_EQ(r.conflicts[0].pointer, "/deals/rows/3");
    EXPECT_EQ(r.conflicts[0].ours, "'Novak deal'");
    EXPECT_EQ(r.conflicts[0].theirs, "'Berg deal'");
    ASSERT_EQ(r.document.deals.size(), 4u);
    EXPECT_EQ(r.document.deals[3].account, "Novak");
}

TEST(merge_tables_test, rows_without_an_id_are_matched_by_content) {
    Document base = mfx::base();
    for (auto& d : base.deals) d.id.clear();
    Document ours = base, theirs = base;
    ours.deals[0].outcome = "won";  // a changed id-less row is a new row replacing the old one
    theirs.deals.push_back(mfx::deal("", "Novak", 100));
    const MergeResult r = mergeDocuments(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    ASSERT_EQ(r.document.deals.size(), 4u);
    EXPECT_EQ(r.document.deals[0].outcome, "won");
    EXPECT_EQ(r.document.deals[3].account, "Novak");
}

TEST(merge_tables_test, unknown_columns_merge_like_fields) {
    Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.deals[0].extra["x_crm_ref"] = "SF-1";  // a column only ours has
    theirs.deals[1].extra["x_region"] = "EU";   // a column only theirs has
    const MergeResult r = mergeDocuments(base, ours, theirs);
    EXPECT_TRUE(r.conflicts.empty()) << listConflicts(r);
    EXPECT_EQ(r.document.deals[0].extra.at("x_crm_ref"), "SF-1");
    EXPECT_EQ(r.document.deals[1].extra.at("x_region"), "EU");
    const Json file = Json::parse(saveDocument(r.document));
    EXPECT_EQ(file.at("deals").at("columns").back(), "x_region");
}

TEST(merge_tables_test, with_different_columns_a_conflict_still_points_at_the_file_cell) {
    Document base = mfx::base();
    Document ours = base, theirs = base;
    ours.deals[0].extra["x_crm_ref"] = "SF-1";  // the two files' tables now have different columns
    theirs.deals[1].extra["x_region"] = "EU";
    ours.deals[2].discountBp = 200;
    theirs.deals[2].discountBp = 900;
    const MergeResult r = mergeDocuments(base, ours, theirs);
    ASSERT_EQ(r.conflicts.size(), 1u) << listConflicts(r);
    EXPECT_EQ(r.conflicts[0].field, "discount_bp");
    EXPECT_EQ(r.conflicts[0].pointer, "/deals/rows/2/9");
    EXPECT_EQ(r.document.deals[0].extra.at("x_crm_ref"), "SF-1");
    EXPECT_EQ(r.document.deals[1].extra.at("x_region"), "EU");
}
