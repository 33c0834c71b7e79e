// diffDocuments names each changed field of each entity with its label from model/describe.h
// and both values in words: text, money in the currency, dates, vocabulary labels, lists,
// references by the name of what they point to, levels by the dimension's and level's names.
#include <gtest/gtest.h>

#include "diff/diff.h"
#include "format/json_codec.h"
#include "model/vocabularies.h"
#include "merge_fixtures.h"

using namespace sc;

namespace {

std::string listChanges(const DocumentDiff& d) {
    std::string out;
    for (const auto& c : d.changes)
        out += std::string(diffKindName(c.kind)) + " " + c.entity + " " + c.id + " " + c.field + ": " +
               c.from + " -> " + c.to + " @" + c.pointer + "\n";
    return out.empty() ? "(no changes)\n" : out;
}

// The one change of the diff; fails the test when there is not exactly one.
DiffChange onlyChange(const Document& a, const Document& b) {
    const DocumentDiff d = diffDocuments(a, b);
    EXPECT_EQ(d.changes.size(), 1u) << listChanges(d);
    return d.changes.empty() ? DiffChange{} : d.changes.front();
}

std::string dealColumn(const std::string& column) {
    const auto& columns = tableColumns("deals");
    for (std::size_t i = 0; i < columns.size(); ++i)
        if (columns[i] == column) return std::to_string(i);
    ADD_FAILURE() << "no column " << column;
    return "";
}

Document withCurrency() {
    Document d = mfx::base();
    d.info.currency = "USD";
    return d;
}

}  // namespace

TEST(diff_fields_test, equal_documents_have_no_changes) {
    const Document a = mfx::base();
    const DocumentDiff d = diffDocuments(a, a);
    EXPECT_TRUE(d.equal()) << listChanges(d);
    EXPECT_EQ(d.count(DiffKind::Changed) + d.count(DiffKind::Added) + d.count(DiffKind::Removed), 0u);
}

TEST(diff_fields_test, a_text_field_is_named_by_entity_id_name_and_label) {
    const Document a = mfx::base();
    Document b = a;
    b.promises[0].text = "Start free, card needed";
    const DiffChange c = onlyChange(a, b);
    EXPECT_EQ(c.kind, DiffKind::Changed);
    EXPECT_EQ(c.group, "Promises");
    EXPECT_EQ(c.entity, "promise");
    EXPECT_EQ(c.id, "pr_try");
    EXPECT_EQ(c.name, "Try it now");
    EXPECT_EQ(c.owner, "");
    EXPECT_EQ(c.field, "text");
    EXPECT_EQ(c.label, "Core promise");
    EXPECT_EQ(c.from, "\"Start free, no card\"");
    EXPECT_EQ(c.to, "\"Start free, card needed\"");
    EXPECT_EQ(c.pointer, "/promises/0/text");
}

TEST(diff_fields_test, money_is_shown_in_each_documents_currency) {
    const Document a = withCurrency();
    Document b = a;
    b.deals[1].listPriceMinor = 123450;
    const DiffChange c = onlyChange(a, b);
    EXPECT_EQ(c.entity, "deal");
    EXPECT_EQ(c.id, "d2");
    EXPECT_EQ(c.group, "Deals");
    EXPECT_EQ(c.label, "List price");
    EXPECT_EQ(c.from, "$100.00");
    EXPECT_EQ(c.to, "$1,234.50");
    EXPECT_EQ(c.pointer, "/deals/rows/1/" + dealColumn("list_price_minor"));  // the cell, as in the file
}

TEST(diff_fields_test, an_optional_amount_is_money_or_not_set) {
    Document a = withCurrency();
    PriceBookEntry sensor;
    sensor.id = "pb_sensor";
    sensor.name = "Soil sensor";
    sensor.sku = "FW-SENSOR";
    a.rules.priceBook = {sensor};
    Document b = a;
    b.rules.priceBook[0].floorPriceMinor = 42400;
    const DiffChange c = onlyChange(a, b);
    EXPECT_EQ(c.group, "Price book");  // the list inside the rules of engagement
    EXPECT_EQ(c.entity, "price book entry");
    EXPECT_EQ(c.label, "Floor price");
    EXPECT_EQ(c.from, "not set");
    EXPECT_EQ(c.to, "$424.00");
    EXPECT_EQ(c.pointer, "/rules_of_engagement/price_book/0/floor_price_minor");
}

TEST(diff_fields_test, rates_dates_yes_no_and_vocabulary_terms_read_as_words) {
    const Document a = withCurrency();
    Document b = a;
    b.deals[0].discountBp = 1250;
    b.deals[0].closedOn = "2026-11-02";
    b.deals[0].approved = true;
    b.deals[0].outcome = "won";
    const DocumentDiff d = diffDocuments(a, b);
    ASSERT_EQ(d.changes.size(), 4u) << listChanges(d);
    // Fields in describe order: discount, approved, outcome, closed on.
    EXPECT_EQ(d.changes[0].label, "Discount");
    EXPECT_EQ(d.changes[0].from, "5%");
    EXPECT_EQ(d.changes[0].to, "12.5%");
    EXPECT_EQ(d.changes[1].label, "Discount approved");
    EXPECT_EQ(d.changes[1].from, "no");
    EXPECT_EQ(d.changes[1].to, "yes");
    EXPECT_EQ(d.changes[2].field, "outcome");
    EXPECT_EQ(d.changes[2].from, "Open");
    EXPECT_EQ(d.changes[2].to, std::string(sc::vocab::kDealOutcome.labelOf("won")));
    EXPECT_EQ(d.changes[2].to, "Won");
    EXPECT_EQ(d.changes[3].label, "Closed on");
    EXPECT_EQ(d.changes[3].from, "not set");
    EXPECT_EQ(d.changes[3].to, "2026-11-02");
}

TEST(diff_fields_test, an_integer_carries_its_unit) {
    const Document a = mfx::base();
    Document b = a;
    b.segments[0].salesCycleDays = 3;
    Document c = b;
    c.segments[0].salesCycleDays = 2;
    const DiffChange change = onlyChange(b, c);
    EXPECT_EQ(change.entity, "segment");
    EXPECT_EQ(change.label, "Sales cycle");
    EXPECT_EQ(change.from, "3 days");
    EXPECT_EQ(change.to, "2 days");
}

TEST(diff_fields_test, a_reference_shows_the_name_of_what_it_points_to) {
    const Document a = mfx::base();
    Document b = a;
    b.promises[1].segmentId = "seg_smb";
    const DiffChange c = onlyChange(a, b);
    EXPECT_EQ(c.label, "Segment");
    EXPECT_EQ(c.from, "\"Enterprises\" (seg_ent)");
    EXPECT_EQ(c.to, "\"Small businesses\" (seg_smb)");
}

TEST(diff_fields_test, list_fields_show_their_items) {
    const Document a = mfx::base();
    Document b = a;
    b.partners[0].approvedSegmentIds = {"seg_smb", "seg_ent"};
    b.segments[0].customerModel.needs = {"Speed", "No sales call"};
    const DocumentDiff d = diffDocuments(a, b);
    ASSERT_EQ(d.changes.size(), 2u) << listChanges(d);
    // Document order: segments before partners.
    EXPECT_EQ(d.changes[0].entity, "segment");
    EXPECT_EQ(d.changes[0].field, "customer_model/needs");
    EXPECT_EQ(d.changes[0].label, "Customer model: Needs");
    EXPECT_EQ(d.changes[0].from, "not set");
    EXPECT_EQ(d.changes[0].to, "\"Speed\", \"No sales call\"");
    EXPECT_EQ(d.changes[0].pointer, "/segments/0/customer_model/needs");
    EXPECT_EQ(d.changes[1].entity, "partner");
    EXPECT_EQ(d.changes[1].label, "Approved segments");
    EXPECT_EQ(d.changes[1].from, "\"Small businesses\" (seg_smb)");
    EXPECT_EQ(d.changes[1].to, "\"Small businesses\" (seg_smb), \"Enterprises\" (seg_ent)");
}

TEST(diff_fields_test, levels_name_the_dimension_and_the_level) {
    Document a = mfx::base();
    Dimension motion;
    motion.id = "buying_motion";
    motion.name = "Buying motion";
    motion.levels = {{"self_serve", "Self-serve", Json::object()},
                     {"sales_led", "Sales-led", Json::object()}};
    Dimension window;
    window.id = "window";
    window.name = "Decision window";
    window.kind = "numeric";
    window.unit = "days";
    a.dimensions = {motion, window};
    a.promises[0].levels["buying_motion"].level = "self_serve";
    Document b = a;
    b.promises[0].levels["buying_motion"].level = "sales_led";
    b.promises[0].levels["window"].number = 45;
    const DocumentDiff d = diffDocuments(a, b);
    ASSERT_EQ(d.changes.size(), 2u) << listChanges(d);
    EXPECT_EQ(d.changes[0].field, "levels/buying_motion");
    EXPECT_EQ(d.changes[0].label, "Levels: Buying motion");
    EXPECT_EQ(d.changes[0].from, "Self-serve");
    EXPECT_EQ(d.changes[0].to, "Sales-led");
    EXPECT_EQ(d.changes[1].label, "Levels: Decision window");
    EXPECT_EQ(d.changes[1].from, "not set");
    EXPECT_EQ(d.changes[1].to, "45 days");
}

TEST(diff_fields_test, document_info_is_the_scorecards_own_fields) {
    const Document a = mfx::base();
    Document b = a;
    b.info.title = "Renamed";
    const DiffChange c = onlyChange(a, b);
    EXPECT_EQ(c.group, "Scorecard");
    EXPECT_EQ(c.entity, "scorecard");
    EXPECT_EQ(c.id, "");
    EXPECT_EQ(c.label, "Title");
    EXPECT_EQ(c.from, "\"Merge fixture\"");
    EXPECT_EQ(c.pointer, "/info/title");
}

TEST(diff_fields_test, a_nested_entity_names_what_holds_it) {
    const Document a = mfx::base();
    Document b = a;
    b.promises[0].touchpoints[1].location = "crm://welcome-v2";
    b.partners[0].contacts[0].email = "dana@acme.test";
    const DocumentDiff d = diffDocuments(a, b);
    ASSERT_EQ(d.changes.size(), 2u) << listChanges(d);
    EXPECT_EQ(d.changes[0].entity, "touchpoint");
    EXPECT_EQ(d.changes[0].id, "tp_email");
    EXPECT_EQ(d.changes[0].owner, "promise \"Try it now\" (pr_try)");
    EXPECT_EQ(d.changes[0].group, "Promises");
    EXPECT_EQ(d.changes[0].pointer, "/promises/0/touchpoints/1/location");
    // Contacts have no id: matched by name, as the merge matches them.
    EXPECT_EQ(d.changes[1].entity, "contact");
    EXPECT_EQ(d.changes[1].name, "Dana");
    EXPECT_EQ(d.changes[1].label, "Email");
    EXPECT_EQ(d.changes[1].owner, "partner \"Acme Resellers\" (p_acme)");
}

TEST(diff_fields_test, unknown_keys_are_compared_too) {
    const Document a = mfx::base();
    Document b = a;
    b.promises[1].extra["future_field"] = "x";
    b.extra["future_list"] = Json::array({1, 2});
    const DocumentDiff d = diffDocuments(a, b);
    ASSERT_EQ(d.changes.size(), 2u) << listChanges(d);
    EXPECT_EQ(d.changes[0].entity, "promise");
    EXPECT_EQ(d.changes[0].field, "future_field");
    EXPECT_EQ(d.changes[0].from, "not set");
    EXPECT_EQ(d.changes[0].to, "\"x\"");
    EXPECT_EQ(d.changes[1].entity, "scorecard");
    EXPECT_EQ(d.changes[1].field, "future_list");
}
