// Importing CSV rows into the partner-programme sample: every bad cell listed with its place,
// all or nothing, partners by id or name, idempotent re-import with given or derived ids,
// updates of existing rows, and validation findings mapped back to CSV lines.
#include <gtest/gtest.h>

#include <set>

#include "import/column_mapping.h"
#include "import/table_import.h"
#include "import_fixtures.h"
#include "test_util.h"

using import_fx::issues;
using import_fx::run;
using import_fx::sample;
using sc::test::has;

using namespace sc;
using namespace sc::csv;

namespace {

const char* kNewDeals =
    "Deal ID,Partner,Customer,Product,Qty,List Price,Quoted Price,Discount,Approved,Stage,Close Date\n"
    "d201,Prairie Ag Solutions,Olsen Acres,FW-SENSOR,25,$499.00,$474.05,5%,yes,Closed Won,2026-11-12\n"
    "d202,p_summit,Cascade Orchards,FW-GATEWAY,2,\"$1,299.00\",\"$1,234.05\",5%,yes,open,\n";

}  // namespace

TEST(import_table_test, new_deals_are_added_with_every_cell_converted) {
    ImportOptions options;
    options.timestamp = "2026-11-24T10:00:00Z";
    const ImportResult r = run("deals", kNewDeals, options);
    ASSERT_TRUE(r.ok) << issues(r);
    EXPECT_EQ(r.added, 2u);
    EXPECT_EQ(r.updated + r.unchanged, 0u);
    ASSERT_EQ(r.document.deals.size(), sample().deals.size() + 2);
    const Deal* d = findById(r.document.deals, "d201");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->partnerId, "p_prairie");  // matched by exact name
    EXPECT_EQ(d->account, "Olsen Acres");
    EXPECT_EQ(d->quantity, 25);
    EXPECT_EQ(d->listPriceMinor, 49900);
    EXPECT_EQ(d->quotedPriceMinor, 47405);
    EXPECT_EQ(d->discountBp, 500);
    EXPECT_TRUE(d->approved);
    EXPECT_EQ(d->outcome, "won");
    EXPECT_EQ(d->closedOn, "2026-11-12");
    EXPECT_EQ(d->created, "2026-11-24T10:00:00Z");
    const Deal* open = findById(r.document.deals, "d202");
    ASSERT_NE(open, nullptr);
    EXPECT_EQ(open->listPriceMinor, 129900);
    EXPECT_EQ(open->outcome, "open");
    EXPECT_EQ(open->closedOn, "");
    EXPECT_EQ(importSummary(r, "deals", "in.csv"), "added 2, updated 0, unchanged 0 deals from in.csv");
}

TEST(import_table_test, every_bad_cell_is_listed_and_nothing_changes) {
    const ImportResult r = run("deals",
                               "Deal ID,Partner,Customer,Qty,Quoted Price,Discount,Close Date\n"
                               "d301,p_prairie,Good Farm,1,$499.00,5%,2026-11-01\n"
                               "d302,Prarie Ag,Bad Farm,1,\"1,234\",\"12,5 %\",2026-11-31\n"
                               "d303,p_delta,Worse Farm,two,$10.00,0.15,11/05/2026\n",
                               {});
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.document.deals.size(), sample().deals.size());
    EXPECT_EQ(findById(r.document.deals, "d301"), nullptr);  // the good row is not half-imported
    EXPECT_EQ(r.errorCount, 6u) << issues(r);
    const std::string text = issues(r);
    EXPECT_TRUE(has(text, "in.csv:3:2 (Partner): unknown partner \"Prarie Ag\"")) << text;
    EXPECT_TRUE(
        has(text, "Known partners: p_prairie (Prairie Ag Solutions), p_riverbend (Riverbend Equipment)"))
        << text;
    EXPECT_TRUE(has(text, "in.csv:3:5 (Quoted Price): \"1,234\" is not an amount: it could be read two ways"))
        << text;
    EXPECT_TRUE(has(text, "in.csv:3:7 (Close Date): \"2026-11-31\" is not a date")) << text;
    EXPECT_TRUE(has(text, "in.csv:4:4 (Qty): \"two\" is not a count")) << text;
    EXPECT_TRUE(has(text, "in.csv:4:6 (Discount): \"0.15\" is not a percentage")) << text;
    EXPECT_TRUE(has(text, "in.csv:4:7 (Close Date): \"11/05/2026\" is not a date in YYYY-MM-DD form"))
        << text;
    // "12,5 %" is plain (a comma before one digit can only be decimals): 12.5%.
    EXPECT_FALSE(has(text, "(Discount): \"12,5 %\"")) << text;
}

TEST(import_table_test, a_misspelt_partner_gets_the_closest_one_suggested) {
    const ImportResult r =
        run("deals", "Partner,Customer\nPrarie Ag Solution,A\np_sumit,B\nAcme Resellers,C\n");
    ASSERT_FALSE(r.ok);
    ASSERT_EQ(r.errors.size(), 3u);
    EXPECT_TRUE(has(r.errors[0].message, "Did you mean p_prairie (Prairie Ag Solutions)?")) << issues(r);
    EXPECT_TRUE(has(r.errors[1].message, "Did you mean p_summit (Summit Farm Tech)?")) << issues(r);
    EXPECT_FALSE(has(r.errors[2].message, "Did you mean")) << issues(r);
}

TEST(import_table_test, with_decimal_point_the_european_percent_is_refused) {
    ImportOptions options;
    options.decimalMark = DecimalMark::Point;
    const ImportResult r = run("deals", "Partner,Customer,Discount\np_prairie,A,\"12,5 %\"\n", options);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(formatIssue("deals.csv", r.errors.at(0)),
              "deals.csv:2:3 (Discount): \"12,5 %\" is not a percentage: the thousands are not grouped in "
              "threes (with "
              "--decimal-point, ',' only separates thousands)");
}

TEST(import_table_test, errors_are_capped_with_a_count_of_the_rest) {
    std::string csv = "Partner,Customer,Qty\n";
    for (int i = 0; i < 120; ++i) csv += "p_prairie,Farm " + std::to_string(i) + ",many\n";
    ImportOptions options;
    const ImportResult r = run("deals", csv, options);
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(r.errors.size(), 50u);
    EXPECT_EQ(r.errorCount, 120u);
    EXPECT_EQ(r.errors.back().line, 51u);
}

TEST(import_table_test, reimporting_the_same_file_changes_nothing) {
    const ImportResult first = run("deals", kNewDeals);
    ASSERT_TRUE(first.ok) << issues(first);
    const ImportResult again = run("deals", kNewDeals, {}, first.document);
    ASSERT_TRUE(again.ok) << issues(again);
    EXPECT_EQ(again.added, 0u);
    EXPECT_EQ(again.updated, 0u);
    EXPECT_EQ(again.unchanged, 2u);
    EXPECT_EQ(saveDocument(again.document), saveDocument(first.document));
}

TEST(import_table_test, rows_with_a_known_id_are_updated_and_keep_unmapped_columns) {
    const Deal& before = *findById(sample().deals, "d002");
    ImportOptions options;
    options.timestamp = "2026-11-24T10:00:00Z";
    const ImportResult r =
        run("deals", "id,partner,account,outcome\nd002,p_prairie,Anderson Bottoms,won\n", options);
    ASSERT_TRUE(r.ok) << issues(r);
    EXPECT_EQ(r.updated, 1u);
    EXPECT_EQ(r.document.deals.size(), sample().deals.size());
    const Deal& after = *findById(r.document.deals, "d002");
    EXPECT_EQ(after.outcome, "won");
    EXPECT_EQ(after.quotedPriceMinor, before.quotedPriceMinor);  // not in the CSV: kept
    EXPECT_EQ(after.created, before.created);
    EXPECT_EQ(after.updated, "2026-11-24T10:00:00Z");
}

TEST(import_table_test, deals_without_ids_get_content_ids_stable_across_reimports) {
    const std::string csv =
        "Partner;Customer;Qty;Quoted Price\n"
        "p_delta;Bayou Farms;3;1.234,50\n"
        "p_delta;Bayou Farms;3;1.234,50\n"  // the same deal twice is two deals
        "p_delta;Levee Farms;1;499,00\n";
    const ImportResult first = run("deals", csv);
    ASSERT_TRUE(first.ok) << issues(first);
    EXPECT_EQ(first.added, 3u);
    std::set<std::string> ids;
    for (std::size_t i = sample().deals.size(); i < first.document.deals.size(); ++i) {
        const std::string& id = first.document.deals[i].id;
        EXPECT_EQ(id.rfind("deal_", 0), 0u) << id;
        EXPECT_EQ(id.size(), 17u) << id;
        ids.insert(id);
    }
    EXPECT_EQ(ids.size(), 3u);
    const ImportResult again = run("deals", csv, {}, first.document);
    ASSERT_TRUE(again.ok);
    EXPECT_EQ(again.added, 0u);
    EXPECT_EQ(again.unchanged, 3u);
    // The id depends on the values read, not on how they were written.
    const ImportResult respelled = run(
        "deals", "partner,account,quantity,quoted price\np_delta,Levee Farms,1,$499\n", {}, first.document);
    ASSERT_TRUE(respelled.ok) << issues(respelled);
    EXPECT_EQ(respelled.unchanged, 1u);
}

TEST(import_table_test, kpi_rows_without_ids_update_the_record_with_the_same_partner_month_and_kpi) {
    // The sample already has p_prairie's May message consistency (9300 bp) as k_prairie_2026-05_...
    const ImportResult r = run("kpi_records",
                               "Partner,Month,KPI,Value\n"
                               "Prairie Ag Solutions,2026-05,Message consistency,95%\n"
                               "Prairie Ag Solutions,2026-11,Message consistency,91.5%\n"
                               "p_prairie,2026-11,Escalations,2\n");
    ASSERT_TRUE(r.ok) << issues(r);
    EXPECT_EQ(r.updated, 1u);
    EXPECT_EQ(r.added, 2u);
    EXPECT_EQ(findById(r.document.kpiRecords, "k_prairie_2026-05_message_consistency")->value, 9500);
    const KpiRecord* nov = findById(r.document.kpiRecords, "k_p_prairie_2026-11_message_consistency");
    ASSERT_NE(nov, nullptr);
    EXPECT_EQ(nov->value, 9150);
    const KpiRecord* esc = findById(r.document.kpiRecords, "k_p_prairie_2026-11_escalation_frequency");
    ASSERT_NE(esc, nullptr);
    EXPECT_EQ(esc->value, 2);  // a count, not a percent
}

TEST(import_table_test, a_natural_key_twice_in_one_file_is_an_error) {
    const ImportResult r =
        run("report_submissions",
            "Partner ID,Month,Submitted\np_summit,2026-11,2026-12-05\np_summit,2026-11,2026-12-06\n");
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(
        has(issues(r), "in.csv:3: a second report submission for p_summit, 2026-11 (the first is on line 2)"))
        << issues(r);
}

TEST(import_table_test, an_id_twice_in_one_file_is_an_error) {
    const ImportResult r = run("deals", "id,partner,account\nd900,p_delta,A\nd900,p_delta,B\n");
    ASSERT_FALSE(r.ok);
    EXPECT_TRUE(has(issues(r), "in.csv:3: the id \"d900\" appears again (first on line 2)")) << issues(r);
}

TEST(import_table_test, required_cells_choices_and_row_shape) {
    const ImportResult r = run("deal_registrations",
                               "Partner,Account,Status\n"
                               ",Hansen Family Farms,approved\n"
                               "p_prairie,Kowal Farms,maybe\n"
                               "p_prairie,Too,Many,Cells\n"
                               "p_prairie,Trailing empties,pending,,\n");
    ASSERT_FALSE(r.ok);
    const std::string text = issues(r);
    EXPECT_EQ(r.errorCount, 3u) << text;
    EXPECT_TRUE(has(text, "in.csv:2:1 (Partner): empty; every deal registration needs a partner_id")) << text;
    EXPECT_TRUE(has(text, "in.csv:3:3 (Status): \"maybe\" is not one of pending, approved, rejected"))
        << text;
    EXPECT_TRUE(has(text, "in.csv:4: the row has 4 cells, the header has 3")) << text;
}

TEST(import_table_test, file_level_refusals) {
    EXPECT_TRUE(has(issues(run("deals", "")), "in.csv: the file is empty"));
    EXPECT_TRUE(has(issues(run("deals", "Partner,Value\n")), "in.csv:1: missing required column account"));
    EXPECT_TRUE(has(issues(run("pulse_answers", "a\n")), "cannot import into \"pulse_answers\""));
    const ImportResult header = run("deals", "Partner,Account\n");
    ASSERT_TRUE(header.ok);
    EXPECT_EQ(header.added, 0u);
    const ImportResult unclosed = run("deals", "Partner,Account,Notes\np_delta,A,\"never closed\n");
    ASSERT_FALSE(unclosed.ok);
    EXPECT_TRUE(has(issues(unclosed), "in.csv:2:3 (Notes): the quoted cell that starts here is never closed"))
        << issues(unclosed);
    const ImportResult binary = run("deals", std::string("Partner,Account\np_delta,A\xFF\n"));
    EXPECT_TRUE(
        has(issues(binary), "in.csv:2:2 (Account): byte 0xFF at character 2 of the cell is not UTF-8"))
        << issues(binary);
}

TEST(import_table_test, explicit_delimiter_and_date_format) {
    ImportOptions options;
    options.delimiter = ';';
    ASSERT_TRUE(parseDateFormat("DD/MM/YYYY", options.dateFormat));
    const ImportResult r = run(
        "deal_registrations", "Partner;Account;Registered\np_coastal;Sunset Vineyards;03/11/2026\n", options);
    ASSERT_TRUE(r.ok) << issues(r);
    EXPECT_EQ(r.document.dealRegistrations.back().registeredOn, "2026-11-03");
    EXPECT_EQ(r.document.dealRegistrations.back().id.rfind("reg_", 0), 0u);
}

TEST(import_table_test, kpi_values_in_basis_points_need_a_bp_header) {
    const std::string rows = "p_summit,2026-11,message_consistency,9350\n";
    const ImportResult plain = run("kpi_records", "partner_id,period,kpi,value\n" + rows);
    ASSERT_FALSE(plain.ok);
    EXPECT_TRUE(has(issues(plain),
                    "in.csv:2:4 (value): \"9350\" is not a percentage: it is above 100% (if the column "
                    "holds basis points, end its header in _bp)"))
        << issues(plain);
    const ImportResult bp = run("kpi_records", "partner_id,period,kpi,value_bp\n" + rows);
    ASSERT_TRUE(bp.ok) << issues(bp);
    EXPECT_EQ(bp.document.kpiRecords.back().value, 9350);
}

TEST(import_table_test, map_override_and_stored_units) {
    ImportOptions options;
    options.columnMap = {{"Reseller", "partner_id"}};
    const ImportResult r =
        run("deals", "Reseller,account,list_price_minor,discount_bp\np_riverbend,Platte Farms,49900,1200\n",
            options);
    ASSERT_TRUE(r.ok) << issues(r);
    const Deal& d = r.document.deals.back();
    EXPECT_EQ(d.partnerId, "p_riverbend");
    EXPECT_EQ(d.listPriceMinor, 49900);
    EXPECT_EQ(d.discountBp, 1200);
}

TEST(import_table_test, new_findings_point_at_csv_lines) {
    // Unknown territories are kept as written; validation reports the reference.
    const ImportResult r = run("deals", "id,partner,account,territory\nd950,p_delta,Gulf Farms,ter_moon\n");
    ASSERT_TRUE(r.ok) << issues(r);
    ASSERT_FALSE(r.findings.empty());
    bool found = false;
    for (const auto& f : r.findings)
        found = found ||
                (f.line == 2 &&
                 f.finding.pointer.rfind("/deals/rows/" + std::to_string(sample().deals.size()), 0) == 0 &&
                 has(f.finding.message, "ter_moon"));
    EXPECT_TRUE(found) << r.findings.size() << " findings; first: " << r.findings[0].finding.pointer << " "
                       << r.findings[0].finding.message;
    // A clean import introduces none.
    EXPECT_TRUE(run("deals", kNewDeals).findings.empty());
}

TEST(import_table_test, territories_match_by_id_or_name) {
    const ImportResult r = run("deal_registrations",
                               "partner,account,territory\np_prairie,X Farms,MIDWEST\n"
                               "p_prairie,Y Farms,TER_PLAINS\n");
    ASSERT_TRUE(r.ok) << issues(r);
    const auto& rows = r.document.dealRegistrations;
    EXPECT_EQ(rows[rows.size() - 2].territoryId, "ter_midwest");
    EXPECT_EQ(rows.back().territoryId, "ter_plains");
}

TEST(import_table_test, twenty_thousand_rows_import) {
    // Correctness at scale, not a timed test (100k rows were measured by hand: BENCHMARKS.md).
    // 20k rows keep a quadratic slip visible (4e8 steps) without slowing the suite.
    constexpr int kRows = 20000;
    std::string csv = "Deal ID,Partner,Customer,Qty,Quoted Price,Discount,Close Date\r\n";
    csv.reserve(static_cast<std::size_t>(kRows) * 70);
    const char* partners[] = {"p_prairie", "Riverbend Equipment", "p_summit", "DELTA GROWERS SUPPLY"};
    for (int i = 0; i < kRows; ++i)
        csv += "bulk" + std::to_string(i) + "," + partners[i % 4] + ",Farm " + std::to_string(i) + "," +
               std::to_string(1 + i % 50) + ",\"$1,234.50\"," + std::to_string(i % 11) + "%,2026-11-" +
               std::to_string(10 + i % 18) + "\r\n";
    const ImportResult r = run("deals", csv);
    ASSERT_TRUE(r.ok) << issues(r);
    EXPECT_EQ(r.added, static_cast<std::size_t>(kRows));
    const Deal& last = r.document.deals.back();
    EXPECT_EQ(last.id, "bulk" + std::to_string(kRows - 1));
    EXPECT_EQ(last.partnerId, "p_delta");
    EXPECT_EQ(last.quotedPriceMinor, 123450);
    EXPECT_EQ(last.discountBp, (kRows - 1) % 11 * 100);
    EXPECT_EQ(last.closedOn, "2026-11-" + std::to_string(10 + (kRows - 1) % 18));
}

// Issue 9, found as a new user would: a partner's deals CSV with cents in the headers. The unit
// comes from what the header says for the column it fills, so 395090 cents is 3,950.90 — read
// as 395,090.00 it would make every pricing figure wrong without a word.
TEST(import_table_test, headers_that_say_cents_are_read_as_minor_units_even_when_mapped) {
    const std::string csv =
        "deal_id,partner_id,tier,account_id,sku,date,list_price_cents,price_cents,discount_bp\n"
        "d301,p_summit,gold,Olsen Acres,FW-SENSOR,2026-11-12,415900,395090,500\n";
    ImportOptions options;
    options.columnMap = {{"price_cents", "quoted_price_minor"}};
    const ImportResult r = run("deals", csv, options);
    ASSERT_TRUE(r.ok) << issues(r);
    const Deal* d = findById(r.document.deals, "d301");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->quotedPriceMinor, 395090);  // not 39509000
    EXPECT_EQ(d->listPriceMinor, 415900);    // "list_price_cents" is the list price, in cents
    EXPECT_EQ(d->discountBp, 500);
    EXPECT_EQ(d->account, "Olsen Acres");
    EXPECT_EQ(d->closedOn, "2026-11-12");  // a deal's "date" is its closing date, not dropped
    EXPECT_EQ(r.ignoredHeaders, (std::vector<std::string>{"tier"}));
    // Without the map, "price_cents" is found by its name too ("price" in cents).
    const ImportResult unmapped = run("deals", csv);
    ASSERT_TRUE(unmapped.ok) << issues(unmapped);
    EXPECT_EQ(findById(unmapped.document.deals, "d301")->quotedPriceMinor, 395090);
    // A header that names no unit keeps reading amounts: 3950.90 is 3,950.90.
    const ImportResult amounts =
        run("deals", "deal_id,partner_id,account,price\nd302,p_summit,Olsen Acres,3950.90\n");
    ASSERT_TRUE(amounts.ok) << issues(amounts);
    EXPECT_EQ(findById(amounts.document.deals, "d302")->quotedPriceMinor, 395090);
}

TEST(import_table_test, the_header_unit_is_judged_for_the_kind_of_column_it_fills) {
    EXPECT_TRUE(headerNamesStoredUnit("price_cents", CellKind::Money));
    EXPECT_TRUE(headerNamesStoredUnit("price_in_cents", CellKind::Money));
    EXPECT_TRUE(headerNamesStoredUnit("list_price_minor", CellKind::Money));
    EXPECT_TRUE(headerNamesStoredUnit(normaliseHeader("List price (minor units)"), CellKind::Money));
    EXPECT_TRUE(headerNamesStoredUnit(normaliseHeader("Price (in cents)"), CellKind::Money));
    EXPECT_FALSE(headerNamesStoredUnit("price_bp", CellKind::Money));  // basis points are not money
    EXPECT_TRUE(headerNamesStoredUnit("discount_bp", CellKind::Percent));
    EXPECT_FALSE(headerNamesStoredUnit("discount_minor", CellKind::Percent));
    EXPECT_FALSE(headerNamesStoredUnit("price", CellKind::Money));
}
