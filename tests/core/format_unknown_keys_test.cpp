// Keys this version does not know are kept and written back: at the top level, inside
// entities, inside nested objects, and as unknown table columns.
#include "test_util.h"

namespace {

sc::LoadResult loadUnknown() {
    return sc::loadDocument(
        sc::test::readText(sc::test::sourcePath("tests/data/format/unknown_keys.scorecard.json")));
}

}  // namespace

TEST(format_unknown_keys_test, fixture_loads_without_findings) {
    auto r = loadUnknown();
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_TRUE(r.findings.empty()) << sc::test::listFindings(r.findings);
}

TEST(format_unknown_keys_test, unknown_keys_are_held_where_they_were) {
    auto r = loadUnknown();
    ASSERT_TRUE(r.ok);
    const sc::Document& d = r.document;
    EXPECT_EQ(d.extra.at("x_dashboard").at("theme"), "dark");
    EXPECT_TRUE(d.extra.contains("a_first_unknown"));
    EXPECT_EQ(d.info.extra.at("x_department"), "Growth");
    EXPECT_EQ(d.segments[0].customerModel.extra.at("x_persona").at("name"), "Priya");
    EXPECT_EQ(d.segments[0].extra.at("zz_late_key"), true);
    EXPECT_EQ(d.promises[0].extra.at("x_owner_team"), "Marketing ✓ Ünïcode");
    EXPECT_EQ(d.promises[0].touchpoints[0].extra.at("x_ab_variant"), "B");
    EXPECT_EQ(d.partners[0].contacts[0].extra.at("x_phone"), "+49 30 123");
    EXPECT_EQ(d.rules.extra.at("x_legal_review").at("reviewer"), "Legal");
    EXPECT_EQ(d.priorityModel.extra.at("x_custom_weight"), 5);
    EXPECT_EQ(d.readiness.extra.at("x_note"), "from a newer version");
    ASSERT_EQ(d.deals.size(), 2u);
    EXPECT_EQ(d.deals[1].extra.at("x_crm_ref"), "SF-1");
}

TEST(format_unknown_keys_test, unknown_keys_survive_an_edit_and_save) {
    auto r = loadUnknown();
    ASSERT_TRUE(r.ok);
    sc::Document edited = r.document;
    edited.promises[0].name = "Renamed";
    edited.deals[0].quantity = 11;
    auto again = sc::loadDocument(sc::saveDocument(edited));
    ASSERT_TRUE(again.ok);
    EXPECT_EQ(again.document.promises[0].extra.at("x_owner_team"), "Marketing ✓ Ünïcode");
    EXPECT_EQ(again.document.deals[0].extra.at("x_crm_ref"), "SF-0");
    EXPECT_EQ(again.document.deals[0].quantity, 11);
    EXPECT_EQ(again.document.extra.at("x_dashboard").at("nested").at("deeper").at("deepest")[0], 1.5);
}

TEST(format_unknown_keys_test, unknown_column_of_a_table_from_a_newer_file_is_kept) {
    auto r = sc::loadDocument(R"({"schema_version":1,"info":{"title":"T"},"partners":[{"id":"p","name":"P"}],
        "pulse_answers":{"columns":["id","partner_id","period","question","score","x_channel"],
                         "rows":[["a1","p","2026-10","autonomy",4,"email"],["a2","p","2026-10","mastery",5,null]]}})");
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_TRUE(r.findings.empty()) << sc::test::listFindings(r.findings);
    const std::string saved = sc::saveDocument(r.document);
    EXPECT_NE(saved.find("\"updated\",\"x_channel\"]"), std::string::npos);
    EXPECT_NE(saved.find("\"autonomy\",4,\"\",\"\",\"\",\"email\"]"), std::string::npos);
    EXPECT_EQ(saved, sc::saveDocument(sc::loadDocument(saved).document));
}

TEST(format_unknown_keys_test, unreadable_table_is_kept_whole_in_its_place) {
    auto r = sc::loadDocument(R"({"schema_version":1,"info":{"title":"T"},"deals":[{"id":"d1"}],"zz":1})");
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_TRUE(sc::test::hasFinding(r, "/deals", sc::Severity::Error, {"expected a table"}));
    const std::string saved = sc::saveDocument(r.document);
    EXPECT_NE(saved.find("\"deals\": [\n    {\n      \"id\": \"d1\"\n    }\n  ],\n  \"zz\": 1"),
              std::string::npos)
        << saved;
}

namespace {
// A KPI table the way a newer version might write it: a key beside columns and rows.
const char* kTableWithSource = R"({
  "schema_version": 1,
  "info": {
    "title": "T"
  },
  "partners": [
    {
      "id": "p",
      "name": "P"
    }
  ],
  "kpi_records": {
    "columns": ["id", "partner_id", "period", "kpi", "value"],
    "rows": [
      ["k1", "p", "2026-10", "pricing_accuracy", 9000],
      ["k2", "p", "2026-11", "pricing_accuracy", 9100]
    ],
    "source": "crm"
  }
}
)";
}  // namespace

TEST(format_unknown_keys_test, extra_key_on_a_table_object_is_kept_and_written_back) {
    auto r = sc::loadDocument(kTableWithSource);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_TRUE(r.findings.empty()) << "an unknown key is kept silently, as anywhere else";
    const std::string saved = sc::saveDocument(r.document);
    EXPECT_NE(saved.find("\"source\": \"crm\""), std::string::npos) << saved;
    EXPECT_EQ(saved, sc::saveDocument(sc::loadDocument(saved).document)) << "not canonical after one pass";
    // Still kept after the rows are edited away.
    r.document.kpiRecords.clear();
    EXPECT_NE(sc::saveDocument(r.document).find("\"source\": \"crm\""), std::string::npos);
}

TEST(format_unknown_keys_test, row_that_is_not_a_list_is_reported_and_kept_in_its_place) {
    std::string text = kTableWithSource;
    const std::string secondRow = R"(["k2", "p", "2026-11", "pricing_accuracy", 9100])";
    text.replace(text.find(secondRow), secondRow.size(),
                 R"({"id": "k2"}, ["k3", "p", "2026-12", "pricing_accuracy", 9200])");
    auto r = sc::loadDocument(text);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_TRUE(
        sc::test::hasFinding(r, "/kpi_records/rows/1", sc::Severity::Error, {"expected a row", "kept"}));
    ASSERT_EQ(r.document.kpiRecords.size(), 2u);  // the two readable rows are used
    // A finding on a row after the unreadable one points at that row in the file (row 2, not 1).
    {
        std::string badValue = text;
        badValue.replace(badValue.find("9200"), 4, "-5");
        auto withBad = sc::loadDocument(badValue);
        ASSERT_TRUE(withBad.ok) << withBad.error;
        EXPECT_TRUE(sc::test::hasFinding(withBad, "/kpi_records/rows/2/4", sc::Severity::Error, {"k3"}))
            << "validation pointer not mapped back to the file's row";
    }
    const std::string saved = sc::saveDocument(r.document);
    const auto k1 = saved.find("\"k1\""), bad = saved.find("\"id\": \"k2\""), k3 = saved.find("\"k3\"");
    ASSERT_NE(bad, std::string::npos) << saved;
    EXPECT_LT(k1, bad);
    EXPECT_LT(bad, k3) << "the unreadable row moved";
    EXPECT_EQ(saved, sc::saveDocument(sc::loadDocument(saved).document));
    // Rows deleted since loading: the kept row goes to the end instead of being lost.
    r.document.kpiRecords.clear();
    EXPECT_NE(sc::saveDocument(r.document).find("\"id\": \"k2\""), std::string::npos);
}
