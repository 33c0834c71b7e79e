// Importing the rules of engagement and the partners from CSV (issue 9): price book, discount
// bands, territories, partners. Their columns are read off the field descriptions; they follow
// the row tables' rules (line and column of every bad cell, all or nothing, re-import changes
// nothing) and match rows without an id by SKU, tier or name.
#include <gtest/gtest.h>

#include "import/cell_reader.h"
#include "import/column_mapping.h"
#include "import/table_import.h"
#include "model/describe.h"
#include "import_fixtures.h"
#include "test_util.h"

using import_fx::issues;
using import_fx::run;
using import_fx::sample;
using sc::test::has;

using namespace sc;
using namespace sc::csv;

namespace {

std::vector<std::string> columnsOf(const std::string& table) {
    std::vector<std::string> out;
    for (const auto& c : findImportTable(table)->columns) out.push_back(c.column);
    return out;
}

// Imports, then imports the same text into the result: nothing may change.
void expectReimportChangesNothing(const std::string& table, const std::string& csv) {
    const ImportResult first = run(table, csv);
    ASSERT_TRUE(first.ok) << issues(first);
    const ImportResult again = run(table, csv, {}, first.document);
    ASSERT_TRUE(again.ok) << issues(again);
    EXPECT_EQ(again.added + again.updated, 0u) << table;
    EXPECT_EQ(again.unchanged, first.added + first.updated + first.unchanged) << table;
    EXPECT_EQ(saveDocument(again.document), saveDocument(first.document)) << table;
}

}  // namespace

// The columns are the described fields a cell can hold, in description order: no created /
// updated (the import sets them), no nested lists (a partner's contacts).
TEST(import_rules_test, columns_come_from_the_field_descriptions) {
    EXPECT_EQ(columnsOf("price_book"), (std::vector<std::string>{"id", "name", "sku", "list_price_minor",
                                                                 "floor_price_minor", "notes"}));
    EXPECT_EQ(columnsOf("discount_bands"), (std::vector<std::string>{"id", "name", "tier", "max_discount_bp",
                                                                     "approval_above_bp", "notes"}));
    EXPECT_EQ(columnsOf("territories"), (std::vector<std::string>{"id", "name", "regions", "notes"}));
    EXPECT_EQ(columnsOf("partners"),
              (std::vector<std::string>{"id", "name", "tier", "territory_id", "channel_id",
                                        "approved_segment_ids", "approved_channel_ids", "goals", "roles",
                                        "escalation_path", "joined_on", "status", "notes"}));
    const TableSpec& partners = *findImportTable("partners");
    for (const auto& c : partners.columns) {
        SCOPED_TRACE(c.column);
        // Required exactly where the description says so (an id never: rows are matched by name).
        EXPECT_EQ(c.required, c.column == "name");
        // The label is a header: "Approved segments", "Joined on".
        if (c.column == "approved_segment_ids") {
            EXPECT_EQ(c.kind, CellKind::ReferenceList);
            EXPECT_EQ(c.target, "segment");
            EXPECT_EQ(c.synonyms.at(1), "approved_segments");
        }
        if (c.column == "status") {  // the vocabulary's ids and labels
            EXPECT_EQ(c.kind, CellKind::Choice);
            EXPECT_EQ(c.choices.front(), (std::pair<std::string, std::string>{"active", "active"}));
        }
    }
    EXPECT_EQ(findImportTable("price_book")->columns[2].kind, CellKind::Text);
    EXPECT_EQ(findImportTable("price_book")->columns[3].kind, CellKind::Money);
    EXPECT_EQ(findImportTable("discount_bands")->columns[3].kind, CellKind::Percent);
    EXPECT_EQ(findImportTable("territories")->columns[2].kind, CellKind::List);
    EXPECT_EQ(importTableNames(),
              "deals, deal_registrations, report_submissions, kpi_records, price_book, discount_bands, "
              "partners, territories");
}

TEST(import_rules_test, list_cells_split_at_semicolons_bars_and_line_breaks) {
    EXPECT_EQ(splitListCell("Iowa; Illinois | Indiana\nOhio"),
              (std::vector<std::string>{"Iowa", "Illinois", "Indiana", "Ohio"}));
    EXPECT_EQ(splitListCell(" Washington, D.C. ;; "), (std::vector<std::string>{"Washington, D.C."}));
    EXPECT_TRUE(splitListCell(" ; | ").empty());
}

TEST(import_rules_test, price_book_matches_entries_by_sku_and_reads_amounts) {
    ImportOptions options;
    options.timestamp = "2026-11-24T10:00:00Z";
    const ImportResult r = run("price_book",
                               "SKU,Description,List Price,Floor Price\n"
                               "FW-SENSOR,Soil sensor,$519.00,$424.00\n"
                               "FW-PROBE,Deep soil probe,\"1,189.50\",\n",
                               options);
    ASSERT_TRUE(r.ok) << issues(r);
    EXPECT_EQ(r.updated, 1u);
    EXPECT_EQ(r.added, 1u);
    ASSERT_EQ(r.document.rules.priceBook.size(), sample().rules.priceBook.size() + 1);
    const PriceBookEntry* sensor = findById(r.document.rules.priceBook, "pb_sensor");  // the sample's id
    ASSERT_NE(sensor, nullptr);
    EXPECT_EQ(sensor->listPriceMinor, 51900);
    EXPECT_EQ(sensor->updated, "2026-11-24T10:00:00Z");
    const PriceBookEntry& probe = r.document.rules.priceBook.back();
    EXPECT_EQ(probe.id.rfind("price_", 0), 0u) << probe.id;  // the entity's id prefix + a hash of the SKU
    EXPECT_EQ(probe.sku, "FW-PROBE");
    EXPECT_EQ(probe.listPriceMinor, 118950);
    EXPECT_FALSE(probe.floorPriceMinor.has_value())  // an empty cell: not set, not 0 (docs/PARTNERS.md)
        << *probe.floorPriceMinor;
    EXPECT_EQ(probe.created, "2026-11-24T10:00:00Z");
    expectReimportChangesNothing("price_book",
                                 "SKU,Description,List Price,Floor Price\n"
                                 "FW-SENSOR,Soil sensor,$519.00,$424.00\n"
                                 "FW-PROBE,Deep soil probe,\"1,189.50\",\n");
}

// Issue 9: an empty cell leaves a price or a band limit not set (not checked), and "0" sets it to
// 0 (a free SKU, approval for every discount); re-importing an empty cell over a set value
// clears it, and the change is counted as an update.
TEST(import_rules_test, an_empty_cell_is_not_set_and_zero_is_a_value) {
    const ImportResult r = run("price_book",
                               "SKU,Description,List Price,Floor Price\n"
                               "FW-FREE,Free app,0,\n"
                               "FW-SENSOR,Soil sensor,,$424.00\n");
    ASSERT_TRUE(r.ok) << issues(r);
    const PriceBookEntry* freeApp = nullptr;
    for (const auto& e : r.document.rules.priceBook)
        if (e.sku == "FW-FREE") freeApp = &e;
    ASSERT_NE(freeApp, nullptr);
    EXPECT_EQ(freeApp->listPriceMinor, std::optional<MinorUnits>(0));
    EXPECT_EQ(freeApp->floorPriceMinor, std::nullopt);
    const PriceBookEntry* sensor = findById(r.document.rules.priceBook, "pb_sensor");
    ASSERT_NE(sensor, nullptr);
    EXPECT_EQ(sensor->listPriceMinor, std::nullopt) << "the empty cell cleared the sample's 499.00";
    EXPECT_EQ(sensor->floorPriceMinor, std::optional<MinorUnits>(42400));
    EXPECT_EQ(r.updated, 1u);
    const ImportResult bands =
        run("discount_bands", "tier,name,max discount,approval above\ngold,Gold,15%,0\n");
    ASSERT_TRUE(bands.ok) << issues(bands);
    const DiscountBand* gold = findById(bands.document.rules.discountBands, "db_gold");
    ASSERT_NE(gold, nullptr);
    EXPECT_EQ(gold->approvalAboveBp, std::optional<BasisPoints>(0));
    EXPECT_EQ(bands.updated, 1u) << "the sample's 10% became 0%";
}

// Issue 9: the unit of a money cell comes from the field it fills (money: an amount in the
// document's currency) unless the header says cents or minor units.
TEST(import_rules_test, price_book_headers_that_say_cents_hold_minor_units) {
    const std::string csv =
        "sku,name,List price (cents),floor_price_in_cents\n"
        "FW-PROBE,Deep soil probe,118950,99000\n";
    const ImportResult r = run("price_book", csv);
    ASSERT_TRUE(r.ok) << issues(r);
    EXPECT_EQ(r.document.rules.priceBook.back().listPriceMinor, 118950);
    EXPECT_EQ(r.document.rules.priceBook.back().floorPriceMinor, 99000);
    ImportOptions mapped;
    mapped.columnMap = {{"MSRP (minor units)", "list_price_minor"}, {"Lowest", "floor_price_minor"}};
    const ImportResult m = run(
        "price_book", "sku,name,MSRP (minor units),Lowest\nFW-PROBE,Deep soil probe,118950,990.00\n", mapped);
    ASSERT_TRUE(m.ok) << issues(m);
    EXPECT_EQ(m.document.rules.priceBook.back().listPriceMinor, 118950);
    EXPECT_EQ(m.document.rules.priceBook.back().floorPriceMinor, 99000);  // an amount: no unit in the header
    // In a JPY document an amount has no decimals and the minor unit is the yen itself.
    Document yen = sample();
    yen.info.currency = "JPY";
    const ImportResult j = run("price_book", "sku,name,list price\nFW-PROBE,Probe,¥118950\n", {}, yen);
    ASSERT_TRUE(j.ok) << issues(j);
    EXPECT_EQ(j.document.rules.priceBook.back().listPriceMinor, 118950);
}

TEST(import_rules_test, a_bad_cell_is_refused_with_its_line_and_column_and_nothing_changes) {
    const ImportResult r = run("price_book",
                               "SKU,Description,List Price,Floor Price\n"
                               "FW-SENSOR,Soil sensor,$519.00,$424.00\n"
                               "FW-PROBE,Deep soil probe,\"1,189\",€990.00\n");
    ASSERT_FALSE(r.ok);
    EXPECT_EQ(saveDocument(r.document), saveDocument(sample()));
    const std::string text = issues(r);
    EXPECT_EQ(r.errorCount, 2u) << text;
    EXPECT_TRUE(has(text, "in.csv:3:3 (List Price): \"1,189\" is not an amount")) << text;
    EXPECT_TRUE(has(text, "in.csv:3:4 (Floor Price): \"€990.00\"")) << text;
    const ImportResult noSku = run("price_book", "SKU,Description\n,Nameless\n");
    ASSERT_FALSE(noSku.ok);
    EXPECT_TRUE(has(issues(noSku), "in.csv:2:1 (SKU): empty; every price book entry needs a sku"))
        << issues(noSku);
    const ImportResult noName = run("price_book", "SKU,List price\nFW-X,$1\n");
    ASSERT_FALSE(noName.ok);  // the description requires a name
    EXPECT_TRUE(has(issues(noName), "in.csv:1: missing required column name")) << issues(noName);
}

TEST(import_rules_test, discount_bands_match_by_tier_in_any_case_and_read_percentages) {
    const ImportResult r = run("discount_bands",
                               "Tier;Name;Max discount;Approval above\n"
                               "GOLD;Gold discount band;18%;12,5 %\n"
                               "registered;Registered band;5;\n");
    ASSERT_TRUE(r.ok) << issues(r);
    EXPECT_EQ(r.updated, 1u);
    EXPECT_EQ(r.added, 1u);
    const DiscountBand* gold = findById(r.document.rules.discountBands, "db_gold");
    ASSERT_NE(gold, nullptr);
    EXPECT_EQ(gold->tier, "GOLD");
    EXPECT_EQ(gold->maxDiscountBp, 1800);
    EXPECT_EQ(gold->approvalAboveBp, 1250);
    EXPECT_FALSE(r.document.rules.discountBands.back().approvalAboveBp.has_value());  // empty: not set
    expectReimportChangesNothing("discount_bands",
                                 "Tier;Name;Max discount;Approval above\n"
                                 "GOLD;Gold discount band;18%;12,5 %\n"
                                 "registered;Registered band;5;\n");
    const ImportResult noTier = run("discount_bands", "Name,Max discount\nSome band,10%\n");
    ASSERT_FALSE(noTier.ok);
    EXPECT_TRUE(has(issues(noTier), "in.csv:2: a discount band without an id is matched by its tier"))
        << issues(noTier);
    const ImportResult tooMuch = run("discount_bands", "Tier,Name,Max discount\nplatinum,P,0.2\n");
    ASSERT_FALSE(tooMuch.ok);
    EXPECT_TRUE(has(issues(tooMuch), "in.csv:2:3 (Max discount): \"0.2\" is not a percentage"))
        << issues(tooMuch);
}

TEST(import_rules_test, territories_split_regions_and_match_by_name) {
    const std::string csv =
        "Territory,Regions\n"
        "west,California; Arizona; Nevada\n"
        "Mountain,\"Colorado | Utah\nWyoming\"\n";
    const ImportResult r = run("territories", csv);
    ASSERT_TRUE(r.ok) << issues(r);
    EXPECT_EQ(r.updated, 1u);
    EXPECT_EQ(r.added, 1u);
    const Territory* west = findById(r.document.rules.territories, "ter_west");
    ASSERT_NE(west, nullptr);
    EXPECT_EQ(west->name, "west");  // matched in any case; the CSV's spelling is written
    EXPECT_EQ(west->regions, (std::vector<std::string>{"California", "Arizona", "Nevada"}));
    const Territory& mountain = r.document.rules.territories.back();
    EXPECT_EQ(mountain.id.rfind("terr_", 0), 0u) << mountain.id;
    EXPECT_EQ(mountain.regions, (std::vector<std::string>{"Colorado", "Utah", "Wyoming"}));
    expectReimportChangesNothing("territories", csv);
    // A region list in another order is a change.
    const ImportResult reordered = run("territories", "Territory,Regions\nWest,Arizona;California\n");
    ASSERT_TRUE(reordered.ok);
    EXPECT_EQ(reordered.updated, 1u);
}

TEST(import_rules_test, partners_resolve_references_by_id_or_name_and_keep_other_fields) {
    const std::string csv =
        "Partner ID,Partner,Tier,Territory,Channel,Approved segments,Joined,Status\n"
        "p_summit,Summit Farm Tech,gold,northwest,Equipment dealer network,"
        "\"Specialty crop growers (orchards, vineyards) | seg_row_crop\",2021-02-10,On hold\n"
        ",Heartland Seed,registered,Plains,ch_dealers,,2026-11-02,\n";
    const ImportResult r = run("partners", csv);
    ASSERT_TRUE(r.ok) << issues(r);
    EXPECT_EQ(r.updated, 1u);
    EXPECT_EQ(r.added, 1u);
    const Partner* summit = findById(r.document.partners, "p_summit");
    ASSERT_NE(summit, nullptr);
    EXPECT_EQ(summit->tier, "gold");
    EXPECT_EQ(summit->territoryId, "ter_northwest");
    EXPECT_EQ(summit->channelId, "ch_dealers");
    EXPECT_EQ(summit->approvedSegmentIds, (std::vector<std::string>{"seg_specialty", "seg_row_crop"}));
    EXPECT_EQ(summit->status, "paused");  // "On hold"
    // Columns the CSV does not have are kept: contacts, goals, escalation path.
    const Partner& before = *findById(sample().partners, "p_summit");
    EXPECT_EQ(summit->contacts.size(), before.contacts.size());
    EXPECT_EQ(summit->goals, before.goals);
    EXPECT_EQ(summit->approvedChannelIds, before.approvedChannelIds);
    const Partner& heartland = r.document.partners.back();
    EXPECT_EQ(heartland.id.rfind("partner_", 0), 0u) << heartland.id;
    EXPECT_EQ(heartland.status, "active");  // an empty cell: the default
    EXPECT_TRUE(heartland.approvedSegmentIds.empty());
    expectReimportChangesNothing("partners", csv);
    // A row without an id finds the partner by name, in any case.
    const ImportResult byName = run("partners", "name,tier\nSUMMIT FARM TECH,silver\n");
    ASSERT_TRUE(byName.ok) << issues(byName);
    EXPECT_EQ(byName.unchanged + byName.updated, 1u);
    EXPECT_EQ(byName.document.partners.size(), sample().partners.size());
}

TEST(import_rules_test, unknown_references_are_kept_and_reported_on_their_line) {
    const ImportResult r =
        run("partners", "id,name,channel,segments\np_new,New Partner,ch_moon,seg_row_crop;seg_mars\n");
    ASSERT_TRUE(r.ok) << issues(r);
    EXPECT_EQ(r.document.partners.back().channelId, "ch_moon");
    std::size_t onLine2 = 0;
    for (const auto& f : r.findings)
        if (f.line == 2 && (has(f.finding.message, "ch_moon") || has(f.finding.message, "seg_mars")))
            ++onLine2;
    EXPECT_EQ(onLine2, 2u);
    const ImportResult status = run("partners", "id,name,status\np_new,New Partner,asleep\n");
    ASSERT_FALSE(status.ok);
    EXPECT_TRUE(has(issues(status), "in.csv:2:3 (status): \"asleep\" is not one of active, paused, ended"))
        << issues(status);
}
