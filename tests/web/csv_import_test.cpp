// The app's CSV import flow: the table guessed from the headers, the dry run's verdict with row
// and column, the command that imports as one step, the mapping remembered per headers, and
// amounts read in the unit the header names (never a silent 100x).
#include <gtest/gtest.h>

#include <map>

#include "import/column_mapping.h"
#include "logic/csv_import.h"
#include "logic/history.h"
#include "test_util.h"

using namespace sc;
using namespace sc::web;

namespace {

class MapStore : public KeyValueStore {
  public:
    std::map<std::string, std::string> values;
    std::optional<std::string> get(const std::string& key) override {
        auto it = values.find(key);
        if (it == values.end()) return std::nullopt;
        return it->second;
    }
    bool set(const std::string& key, const std::string& value) override {
        values[key] = value;
        return true;
    }
    void remove(const std::string& key) override { values.erase(key); }
};

const char* kDeals =
    "id,partner_id,account,sku,quantity,list_price_minor,quoted_price_minor,discount_bp,approved,outcome,"
    "closed_on\n"
    "imp1,p_prairie,Farm 1,FW-SENSOR,2,49900,49900,0,no,won,2026-10-02\n"
    "imp2,p_delta,Farm 2,FW-SENSOR,2,49900,49900,0,no,won,2026-10-03\n";

}  // namespace

TEST(csv_import_test, guesses_the_table_and_imports_as_one_undo_step) {
    const Document doc = sc::test::loadSample("partner-program");
    History history;
    history.reset(doc);
    CsvImportDraft d = startCsvImport("october.csv", kDeals, nullptr);
    ASSERT_TRUE(d.readError.empty()) << d.readError;
    EXPECT_EQ(d.table, "deals");
    EXPECT_EQ(d.headers.size(), 11u);
    runDryImport(d, history.headSnapshot(), "2026-12-06T10:00:00Z");
    ASSERT_TRUE(d.dryRun.ok);
    EXPECT_EQ(d.rowCount, 2u);
    EXPECT_EQ(d.dryRun.added, 2u);
    EXPECT_EQ(importLabel(d), "Import 2 deals from october.csv");

    CommandQueue queue;
    queue.push(importCommand(d, "2026-12-06T10:00:00Z"));
    const ApplyResult r = applyCommands(history, queue);
    ASSERT_EQ(r.applied, 1);
    EXPECT_EQ(history.head().deals.size(), doc.deals.size() + 2);
    EXPECT_EQ(history.undoLabel(), "Import 2 deals from october.csv");
    history.undo();
    EXPECT_EQ(history.head().deals.size(), doc.deals.size());
}

TEST(csv_import_test, a_bad_cell_is_named_by_row_and_column_and_nothing_is_imported) {
    const Document doc = sc::test::loadSample("partner-program");
    std::string csv = kDeals;
    csv.replace(csv.find("Farm 2,FW-SENSOR,2"), 18, "Farm 2,FW-SENSOR,2x");
    CsvImportDraft d = startCsvImport("october.csv", csv, nullptr);
    runDryImport(d, std::make_shared<const Document>(doc), "");
    ASSERT_FALSE(d.dryRun.ok);
    const auto lines = importErrorLines(d);
    ASSERT_EQ(lines.size(), 1u);
    EXPECT_EQ(lines[0].rfind("Row 3, column 5 (quantity): ", 0), 0u) << lines[0];
}

TEST(csv_import_test, the_mapping_is_remembered_for_the_same_headers) {
    MapStore store;
    CsvImportDraft d = startCsvImport("october.csv", kDeals, &store);
    EXPECT_FALSE(d.rememberedMapping);
    d.mapping[2] = sc::csv::kIgnoreColumn;
    rememberMapping(d, &store);
    const CsvImportDraft next = startCsvImport("november.csv", kDeals, &store);
    EXPECT_TRUE(next.rememberedMapping);
    EXPECT_EQ(next.mapping, d.mapping);
    // Other headers: nothing remembered.
    const CsvImportDraft other = startCsvImport("x.csv", "id,partner_id,account\n1,p_delta,A\n", &store);
    EXPECT_FALSE(other.rememberedMapping);
}

TEST(csv_import_test, amounts_are_shown_in_the_unit_the_header_names) {
    CsvImportDraft d = startCsvImport("deals.csv",
                                      "deal_id,partner_id,account,sku,list_price_cents,price\n"
                                      "d1,p_delta,A,FW-SENSOR,395090,395090\n",
                                      nullptr);
    const auto lines = moneyReadings(d, "USD");
    ASSERT_EQ(lines.size(), 2u) << (lines.empty() ? "" : lines[0]);
    EXPECT_NE(lines[0].find("$3,950.90 (minor units, as the header says)"), std::string::npos) << lines[0];
    EXPECT_NE(lines[1].find("$395,090.00 (whole units: the header names no unit"), std::string::npos)
        << lines[1];
}

TEST(csv_import_test, csv_names_and_unreadable_files) {
    EXPECT_TRUE(isCsvFileName("Deals.CSV"));
    EXPECT_TRUE(isCsvFileName("a.tsv"));
    EXPECT_FALSE(isCsvFileName("a.scorecard.json"));
    const CsvImportDraft d = startCsvImport("empty.csv", "", nullptr);
    EXPECT_FALSE(d.readError.empty());
}

// A long file: the dry run goes in slices (the page draws between them), its progress only
// grows, and Import hands over the document the dry run made when the head has not moved —
// or runs the import again on the head when it has.
TEST(csv_import_test, a_long_file_is_checked_in_slices_and_imported_from_the_dry_run) {
    History history;
    history.reset(sc::test::loadSample("partner-program"));
    const std::size_t before = history.head().deals.size();
    std::string csv =
        "id,partner_id,account,sku,quantity,list_price_minor,quoted_price_minor,discount_bp,"
        "approved,outcome,closed_on\n";
    for (int i = 0; i < 5000; ++i)
        csv += "s" + std::to_string(i) + ",p_delta,Farm,FW-SENSOR,2,49900,49900,0,no,won,2026-10-02\n";
    CsvImportDraft d = startCsvImport("big.csv", csv, nullptr);
    ASSERT_EQ(d.firstRows.size(), kCsvPreviewRows);
    startDryImport(d, history.headSnapshot(), "");
    int slices = 0;
    double last = 0.0;
    while (!stepDryImport(d, std::chrono::milliseconds(0))) {
        ++slices;
        EXPECT_GE(dryRunProgress(d), last);
        last = dryRunProgress(d);
        EXPECT_FALSE(dryRunActivity(d).empty());
    }
    EXPECT_GT(slices, 5);
    ASSERT_TRUE(d.dryRun.ok);
    EXPECT_EQ(d.rowCount, 5000u);
    EXPECT_EQ(dryRunProgress(d), 1.0);

    // The head moved on (another edit): Import runs again on the new head, still one step.
    History moved;
    moved.reset(history.head());
    CommandQueue again;
    again.push(importCommand(d, ""));
    ASSERT_EQ(applyCommands(moved, again).applied, 1);
    EXPECT_EQ(moved.head().deals.size(), before + 5000);

    CommandQueue queue;
    queue.push(importCommand(d, ""));
    ASSERT_EQ(applyCommands(history, queue).applied, 1);
    EXPECT_EQ(history.head().deals.size(), before + 5000);
    EXPECT_FALSE(*d.imported) << "the dry run's document was handed over, not copied";
}
