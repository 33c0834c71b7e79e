// The canonical writer: a one-field edit is a one-line diff, key order does not depend on the
// input's order, tables are one row per line, UTF-8 is written as is, a newline ends the file.
#include "test_util.h"

namespace {

// The lines that differ between two texts of the same length in lines.
std::vector<std::string> changedLines(const std::string& before, const std::string& after) {
    auto a = sc::test::splitLines(before), b = sc::test::splitLines(after);
    EXPECT_EQ(a.size(), b.size()) << "a one-field edit must not add or remove lines";
    std::vector<std::string> out;
    for (std::size_t i = 0; i < std::min(a.size(), b.size()); ++i)
        if (a[i] != b[i]) out.push_back(b[i]);
    return out;
}

sc::Document baseDocument() {
    auto r = sc::loadDocument(sc::test::validationBase());
    EXPECT_TRUE(r.ok) << r.error;
    return r.document;
}

}  // namespace

TEST(format_canonical_test, renaming_a_promise_changes_only_its_name_line) {
    sc::Document doc = baseDocument();
    const std::string before = sc::saveDocument(doc);
    doc.promises[0].name = "Try it today";
    const auto changed = changedLines(before, sc::saveDocument(doc));
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0], "      \"name\": \"Try it today\",");
}

TEST(format_canonical_test, editing_a_count_changes_only_its_line) {
    sc::Document doc = baseDocument();
    const std::string before = sc::saveDocument(doc);
    doc.pairs[0].complaints = 13;
    const auto changed = changedLines(before, sc::saveDocument(doc));
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_EQ(changed[0], "      \"complaints\": 13,");
}

TEST(format_canonical_test, editing_one_deal_changes_only_its_row_line) {
    sc::Document doc = baseDocument();
    const std::string before = sc::saveDocument(doc);
    doc.deals[1].quotedPriceMinor = 8400;
    const auto changed = changedLines(before, sc::saveDocument(doc));
    ASSERT_EQ(changed.size(), 1u);
    EXPECT_NE(changed[0].find("\"deal-2\""), std::string::npos);
    EXPECT_NE(changed[0].find(",8400,"), std::string::npos);
}

TEST(format_canonical_test, tables_are_written_one_row_per_line_under_the_column_list) {
    const std::string saved = sc::saveDocument(baseDocument());
    EXPECT_NE(saved.find("  \"deals\": {\n    \"columns\": [\"id\",\"name\",\"partner_id\","),
              std::string::npos);
    EXPECT_NE(saved.find("\n      "
                         "[\"deal-1\",\"\",\"p-north\",\"Initech\",\"APP-1\",\"t-eu\",10,10000,9000,1000,"
                         "false,\"won\",\"2026-05-02\",\"\",\"\",\"\"],\n"),
              std::string::npos);
}

TEST(format_canonical_test, output_is_pretty_utf8_and_ends_with_one_newline) {
    sc::Document doc = baseDocument();
    doc.promises[0].name = "Jetzt testen – café 日本語 😀";
    const std::string saved = sc::saveDocument(doc);
    ASSERT_FALSE(saved.empty());
    EXPECT_EQ(saved.back(), '\n');
    EXPECT_NE(saved.substr(saved.size() - 2), "\n\n");
    EXPECT_EQ(saved.rfind("{\n  \"schema_version\": 1,\n  \"info\": {\n", 0), 0u);
    EXPECT_NE(saved.find("\"name\": \"Jetzt testen – café 日本語 😀\""), std::string::npos);
    EXPECT_EQ(saved.find("\\u"), std::string::npos);
    auto again = sc::loadDocument(saved);
    ASSERT_TRUE(again.ok);
    EXPECT_EQ(again.document.promises[0].name, "Jetzt testen – café 日本語 😀");
}

TEST(format_canonical_test, key_order_does_not_depend_on_the_input_order) {
    const char* a =
        R"({"schema_version":1,"info":{"title":"T","currency":"EUR"},"segments":[{"id":"s","name":"S","customers":3,"zeta":1,"alpha":2}]})";
    const char* b =
        R"({"segments":[{"alpha":2,"customers":3,"name":"S","zeta":1,"id":"s"}],"info":{"currency":"EUR","title":"T"},"schema_version":1})";
    auto ra = sc::loadDocument(a), rb = sc::loadDocument(b);
    ASSERT_TRUE(ra.ok && rb.ok);
    const std::string sa = sc::saveDocument(ra.document);
    EXPECT_EQ(sa, sc::saveDocument(rb.document));
    // Known keys first in describe order, then unknown keys sorted.
    EXPECT_LT(sa.find("\"id\": \"s\""), sa.find("\"customers\""));
    EXPECT_LT(sa.find("\"customers\""), sa.find("\"alpha\""));
    EXPECT_LT(sa.find("\"alpha\""), sa.find("\"zeta\""));
}

TEST(format_canonical_test, money_is_integer_minor_units_and_rates_basis_points) {
    const std::string saved = sc::saveDocument(baseDocument());
    EXPECT_NE(saved.find("\"revenue_minor\": 1250000,"), std::string::npos);
    EXPECT_NE(saved.find("\"target_audience_share_bp\": 6000,"), std::string::npos);
    EXPECT_EQ(saved.find("1250000.0"), std::string::npos);
}

TEST(format_canonical_test, integral_decimal_numbers_are_written_as_integers) {
    auto r = sc::loadDocument(
        R"({"schema_version":1,"info":{"title":"T"},"dimensions":[{"id":"d","name":"D","kind":"numeric","tolerance":2.0}],"x":[3.0, 0.25]})");
    ASSERT_TRUE(r.ok) << r.error;
    const std::string saved = sc::saveDocument(r.document);
    EXPECT_NE(saved.find("\"tolerance\": 2,"), std::string::npos);
    EXPECT_NE(saved.find("    3,\n    0.25\n"), std::string::npos);
    EXPECT_EQ(saved, sc::saveDocument(sc::loadDocument(saved).document));
}

TEST(format_canonical_test, one_field_edits_on_every_sample_change_only_that_line) {
    const std::vector<std::string> names = {"saas-self-serve", "premium-skincare-marketplace",
                                            "sustainable-retail", "enterprise-subscription-resellers",
                                            "partner-program"};
    for (const auto& name : names) {
        const std::string path = sc::test::sourcePath("assets/samples/" + name + ".scorecard.json");
        if (!std::ifstream(path).good()) continue;  // presence is checked by format_roundtrip_test
        SCOPED_TRACE(path);
        auto r = sc::loadDocument(sc::test::readText(path));
        ASSERT_TRUE(r.ok) << r.error;
        const std::string before = sc::saveDocument(r.document);
        sc::Document doc = r.document;
        doc.info.title += " (edited)";
        auto changed = changedLines(before, sc::saveDocument(doc));
        ASSERT_EQ(changed.size(), 1u);
        EXPECT_NE(changed[0].find("(edited)"), std::string::npos);
        if (!doc.promises.empty()) {
            doc = r.document;
            doc.promises.back().name += " (renamed)";
            changed = changedLines(before, sc::saveDocument(doc));
            ASSERT_EQ(changed.size(), 1u);
            EXPECT_NE(changed[0].find("(renamed)"), std::string::npos);
        }
    }
}
