// Migration: a real v0 file (pre-release layout: "format"/"version": 0, titles, decimal money,
// deal objects) loads as the current version with the expected values, and nothing is lost.
#include "test_util.h"

namespace {

sc::LoadResult loadV0() {
    return sc::loadDocument(
        sc::test::readText(sc::test::sourcePath("tests/data/format/v0_saas.scorecard.json")));
}

}  // namespace

TEST(format_migration_test, v0_file_loads_as_migrated_without_findings) {
    auto r = loadV0();
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_EQ(r.sourceVersion, 0);
    EXPECT_TRUE(r.migrated());
    EXPECT_TRUE(r.findings.empty()) << sc::test::listFindings(r.findings);
}

TEST(format_migration_test, titles_become_names_and_texts_move_to_their_v1_keys) {
    auto r = loadV0();
    ASSERT_TRUE(r.ok);
    const sc::Document& d = r.document;
    EXPECT_EQ(d.info.title, "SaaS self-serve (pre-release file)");
    EXPECT_EQ(d.info.currency, "EUR");
    ASSERT_EQ(d.dimensions.size(), 1u);
    EXPECT_EQ(d.dimensions[0].name, "Buying motion");
    ASSERT_EQ(d.dimensions[0].levels.size(), 3u);
    EXPECT_EQ(d.dimensions[0].levels[2].name, "Sales-led");
    ASSERT_EQ(d.promises.size(), 1u);
    EXPECT_EQ(d.promises[0].name, "Try it free");
    EXPECT_EQ(d.promises[0].segmentId, "smb");
    EXPECT_EQ(d.promises[0].text, "Start in two minutes, no card needed");
    EXPECT_EQ(d.promises[0].customerAction, "Sign up free, no card");
    EXPECT_EQ(d.promises[0].levels.at("buying_motion").level, "self_serve");
    ASSERT_EQ(d.channels.size(), 1u);
    EXPECT_EQ(d.channels[0].kind, "direct_sales");
    ASSERT_EQ(d.channels[0].steps.size(), 4u);
    EXPECT_EQ(d.channels[0].steps[1].id, "direct-step-2");
    EXPECT_EQ(d.channels[0].steps[1].name, "Discovery call");
    EXPECT_EQ(d.pairs[0].productId, "app");
    EXPECT_EQ(d.pairs[0].channelId, "direct");
}

TEST(format_migration_test, decimal_money_becomes_cents_and_percent_becomes_basis_points) {
    auto r = loadV0();
    ASSERT_TRUE(r.ok);
    const sc::Document& d = r.document;
    EXPECT_EQ(d.pairs[0].revenueMinor, 1234550);  // 12345.5
    ASSERT_EQ(d.deals.size(), 2u);
    EXPECT_EQ(d.deals[0].id, "deal-1");
    EXPECT_EQ(d.deals[0].partnerId, "p-acme");
    EXPECT_EQ(d.deals[0].listPriceMinor, 1999);    // 19.99
    EXPECT_EQ(d.deals[0].quotedPriceMinor, 1749);  // 17.49
    EXPECT_EQ(d.deals[0].discountBp, 1250);        // 12.5 %
    EXPECT_EQ(d.deals[0].quantity, 40);
    EXPECT_EQ(d.deals[0].outcome, "won");
    EXPECT_EQ(d.deals[1].quantity, 1);  // absent in v0: the v1 default
}

TEST(format_migration_test, keys_v1_does_not_know_survive_migration) {
    auto r = loadV0();
    ASSERT_TRUE(r.ok);
    EXPECT_EQ(r.document.extra.value("exported_by", std::string()), "scorecard 0.3 beta");
    EXPECT_EQ(r.document.deals[0].extra.value("crm_ref", std::string()), "SF-0042");
    const std::string saved = sc::saveDocument(r.document);
    EXPECT_NE(saved.find("\"crm_ref\"]"), std::string::npos);  // last column of the deals table
    EXPECT_EQ(saved.find("\"format\""), std::string::npos);
    EXPECT_EQ(saved.find("\"title\": \"Try it free\""), std::string::npos);
}

TEST(format_migration_test, migrated_file_saves_as_current_version_and_is_then_stable) {
    auto r = loadV0();
    ASSERT_TRUE(r.ok);
    const std::string saved = sc::saveDocument(r.document);
    EXPECT_EQ(saved.rfind("{\n  \"schema_version\": 1,", 0), 0u);
    auto again = sc::loadDocument(saved);
    ASSERT_TRUE(again.ok);
    EXPECT_FALSE(again.migrated());
    EXPECT_EQ(again.sourceVersion, sc::kSchemaVersion);
    EXPECT_EQ(sc::saveDocument(again.document), saved);
}

TEST(format_migration_test, v0_values_of_the_wrong_type_become_findings_not_crashes) {
    const char* v0 = R"({"format":"alignment-scorecard","version":0,"title":7,
        "channels":[{"id":3,"title":"C","steps":["a",{"x":1}]}],
        "partners":[{"id":"p","title":"P"}],
        "deals":[{"id":"d","partner":"p","list_price":"cheap","discount_pct":"lots","quoted_price":1e300}, 5]})";
    auto r = sc::loadDocument(v0);
    ASSERT_TRUE(r.ok) << r.error;
    EXPECT_TRUE(sc::test::hasFinding(r, "/info/title", sc::Severity::Error, {"text"}));
    EXPECT_TRUE(sc::test::hasFinding(r, "/deals/rows/0/7", sc::Severity::Error,
                                     {"list_price_minor", "text 'cheap'"}));
    EXPECT_TRUE(sc::test::hasFinding(r, "/deals/rows/0/8", sc::Severity::Error, {"quoted_price_minor"}));
    EXPECT_TRUE(sc::test::hasFinding(r, "/deals/rows/0/9", sc::Severity::Error, {"discount_bp"}));
}
