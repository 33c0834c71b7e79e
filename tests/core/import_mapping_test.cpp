// Headers to columns: names in any case and spacing, synonyms with the better one winning,
// --map overrides, and refusals that list what the file has and what the table expects.
#include <gtest/gtest.h>

#include "import/column_mapping.h"
#include "test_util.h"

using sc::test::has;

using namespace sc::csv;

namespace {
const TableSpec& table(const char* name) {
    const TableSpec* t = findImportTable(name);
    EXPECT_NE(t, nullptr) << name;
    return *t;
}
// column -> CSV header, for compact expectations.
std::map<std::string, std::string> mapped(const ColumnMapping& m) {
    std::map<std::string, std::string> out;
    for (const auto& c : m.columns) out[c.spec->column] = c.header;
    return out;
}
}  // namespace

TEST(import_mapping_test, header_names_normalise_case_spacing_and_punctuation) {
    EXPECT_EQ(normaliseHeader("  Partner ID "), "partner_id");
    EXPECT_EQ(normaliseHeader("partner_id"), "partner_id");
    EXPECT_EQ(normaliseHeader("PARTNER-ID"), "partner_id");
    EXPECT_EQ(normaliseHeader("Discount (%)"), "discount");
    EXPECT_EQ(normaliseHeader("List Price ($)"), "list_price");
    EXPECT_EQ(normaliseHeader("Close  Date"), "close_date");
}

TEST(import_mapping_test, synonyms_map_spreadsheet_headers_to_columns) {
    const ColumnMapping m =
        mapColumns(table("deals"),
                   {"Deal ID", "Partner", "Customer", "Product", "Qty", "List Price", "Unit Price",
                    "Discount %", "Discount approved", "Stage", "Close Date", "Comments"},
                   {});
    ASSERT_TRUE(m.ok) << m.error;
    EXPECT_EQ(mapped(m), (std::map<std::string, std::string>{{"id", "Deal ID"},
                                                             {"partner_id", "Partner"},
                                                             {"account", "Customer"},
                                                             {"sku", "Product"},
                                                             {"quantity", "Qty"},
                                                             {"list_price_minor", "List Price"},
                                                             {"quoted_price_minor", "Unit Price"},
                                                             {"discount_bp", "Discount %"},
                                                             {"approved", "Discount approved"},
                                                             {"outcome", "Stage"},
                                                             {"closed_on", "Close Date"},
                                                             {"notes", "Comments"}}));
    EXPECT_TRUE(m.ignoredHeaders.empty());
    for (const auto& c : m.columns) EXPECT_FALSE(c.storedUnit) << c.header;
}

TEST(import_mapping_test, the_three_spellings_of_partner_all_match) {
    for (const char* header : {"Partner", "partner_id", "Partner ID", "PARTNER NAME"}) {
        const ColumnMapping m = mapColumns(table("kpi_records"), {header, "Month", "KPI", "Value"}, {});
        ASSERT_TRUE(m.ok) << header << ": " << m.error;
        EXPECT_EQ(mapped(m)["partner_id"], header);
    }
}

TEST(import_mapping_test, the_better_synonym_wins_and_the_other_is_ignored) {
    const ColumnMapping m = mapColumns(table("kpi_records"),
                                       {"Partner Name", "Partner ID", "Month", "KPI", "Value", "Owner"}, {});
    ASSERT_TRUE(m.ok) << m.error;
    EXPECT_EQ(mapped(m)["partner_id"], "Partner ID");
    EXPECT_EQ(m.ignoredHeaders, (std::vector<std::string>{"Partner Name", "Owner"}));
}

TEST(import_mapping_test, the_same_header_twice_is_refused) {
    const ColumnMapping m =
        mapColumns(table("kpi_records"), {"Partner", "partner", "Month", "KPI", "Value"}, {});
    ASSERT_FALSE(m.ok);
    EXPECT_TRUE(has(m.error, "\"Partner\" (column 1) and \"partner\" (column 2) both mean partner_id"))
        << m.error;
    EXPECT_TRUE(has(m.error, "--map")) << m.error;
}

TEST(import_mapping_test, stored_unit_headers_take_integers) {
    const ColumnMapping m =
        mapColumns(table("deals"), {"id", "partner_id", "account", "list_price_minor", "discount_bp"}, {});
    ASSERT_TRUE(m.ok) << m.error;
    for (const auto& c : m.columns)
        EXPECT_EQ(c.storedUnit, c.spec->column == "list_price_minor" || c.spec->column == "discount_bp")
            << c.header;
    const ColumnMapping kpi =
        mapColumns(table("kpi_records"), {"partner", "period", "kpi", "Value (bp)"}, {});
    ASSERT_TRUE(kpi.ok) << kpi.error;
    EXPECT_TRUE(kpi.columns.back().storedUnit);
}

TEST(import_mapping_test, missing_required_columns_list_found_and_expected) {
    const ColumnMapping m = mapColumns(table("deals"), {"Reseller Code", "Amount", "When"}, {});
    ASSERT_FALSE(m.ok);
    EXPECT_TRUE(has(m.error, "missing required columns partner_id")) << m.error;
    EXPECT_TRUE(has(m.error, "account (a header such as")) << m.error;
    EXPECT_TRUE(has(m.error, "The file's headers: \"Reseller Code\", \"Amount\", \"When\"")) << m.error;
    EXPECT_TRUE(has(m.error, "Expected (any case or spacing): id, name, partner_id (required)")) << m.error;
}

TEST(import_mapping_test, map_overrides_the_automatic_choice) {
    const ColumnMapping m = mapColumns(table("deals"), {"Reseller Code", "Client", "Amount", "Partner"},
                                       {{"reseller code", "partner_id"}, {"Amount", "quoted_price_minor"}});
    ASSERT_TRUE(m.ok) << m.error;
    EXPECT_EQ(mapped(m)["partner_id"], "Reseller Code");
    EXPECT_EQ(mapped(m)["quoted_price_minor"], "Amount");
    EXPECT_EQ(mapped(m)["account"], "Client");
    EXPECT_EQ(m.ignoredHeaders, (std::vector<std::string>{"Partner"}));
}

TEST(import_mapping_test, map_refuses_unknown_headers_and_columns) {
    const ColumnMapping noHeader =
        mapColumns(table("deals"), {"Partner", "Account"}, {{"Reseller", "partner_id"}});
    ASSERT_FALSE(noHeader.ok);
    EXPECT_TRUE(has(noHeader.error, "no such column; its headers: \"Partner\", \"Account\""))
        << noHeader.error;
    const ColumnMapping noColumn =
        mapColumns(table("deals"), {"Partner", "Account"}, {{"Account", "customer"}});
    ASSERT_FALSE(noColumn.ok);
    EXPECT_TRUE(has(noColumn.error, "deals has no column \"customer\"")) << noColumn.error;
}

TEST(import_mapping_test, every_importable_table_has_unique_synonyms) {
    for (const auto& t : importTables()) {
        std::map<std::string, std::string> owner;
        for (const auto& c : t.columns)
            for (const auto& s : c.synonyms) {
                EXPECT_EQ(normaliseHeader(s), s) << t.table << ": " << s;
                const auto [it, fresh] = owner.emplace(s, c.column);
                EXPECT_TRUE(fresh) << t.table << ": \"" << s << "\" means both " << it->second << " and "
                                   << c.column;
            }
    }
}

TEST(import_mapping_test, map_to_dash_ignores_a_header_that_would_match) {
    // A CRM's "Status" (account status) is not the deal's outcome.
    const ColumnMapping m =
        mapColumns(table("deals"), {"Partner", "Account", "Status", "Result"}, {{"Status", "-"}});
    ASSERT_TRUE(m.ok) << m.error;
    EXPECT_EQ(mapped(m)["outcome"], "Result");
    EXPECT_EQ(m.ignoredHeaders, (std::vector<std::string>{"Status"}));
    const ColumnMapping dropRequired = mapColumns(table("deals"), {"Partner", "Account"}, {{"Account", "-"}});
    EXPECT_FALSE(dropRequired.ok);
}
