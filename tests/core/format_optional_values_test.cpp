// Issue 9: a price book entry's prices and a discount band's limits may be not set. Not set is an
// absent key (null is read as not set too, and the canonical writer omits it); 0 is a value and
// is written. Both round-trip exactly. A cadence item's dates held round-trip as listed.
#include <gtest/gtest.h>

#include "format/document_io.h"
#include "test_util.h"

using namespace sc;

namespace {

Document withRules() {
    Document doc;
    doc.info.title = "Optional values";
    PriceBookEntry free;
    free.id = "pb_free";
    free.name = "Free app";
    free.sku = "APP-FREE";
    free.listPriceMinor = 0;  // set: a free SKU; the floor is not set
    PriceBookEntry unpriced = free;
    unpriced.id = "pb_unpriced";
    unpriced.sku = "APP-NEW";
    unpriced.listPriceMinor.reset();
    DiscountBand band;
    band.id = "db_gold";
    band.name = "Gold";
    band.tier = "gold";
    band.maxDiscountBp = 1500;
    band.approvalAboveBp = 0;  // every discount needs approval
    doc.rules.priceBook = {free, unpriced};
    doc.rules.discountBands = {band};
    CadenceItem weekly;
    weekly.id = "cad_w";
    weekly.name = "Weekly";
    weekly.kind = "weekly";
    weekly.lastHeldOn = "2026-11-19";
    weekly.heldOn = {"2026-11-05", "2026-11-19"};
    doc.cadence = {weekly};
    return doc;
}

}  // namespace

TEST(format_optional_values_test, zero_is_written_and_not_set_is_absent) {
    const std::string text = saveDocument(withRules());
    const Json j = Json::parse(text);
    const Json& book = j["rules_of_engagement"]["price_book"];
    EXPECT_EQ(book[0]["list_price_minor"], 0);
    EXPECT_FALSE(book[0].contains("floor_price_minor"));
    EXPECT_FALSE(book[1].contains("list_price_minor"));
    EXPECT_EQ(j["rules_of_engagement"]["discount_bands"][0]["approval_above_bp"], 0);
    EXPECT_EQ(j["cadence"][0]["held_on"], (Json{"2026-11-05", "2026-11-19"}));
}

TEST(format_optional_values_test, absent_and_zero_round_trip_exactly) {
    const std::string text = saveDocument(withRules());
    const LoadResult loaded = loadDocument(text);
    ASSERT_TRUE(loaded.ok) << test::listFindings(loaded.findings);
    const auto& book = loaded.document.rules.priceBook;
    ASSERT_EQ(book.size(), 2u);
    EXPECT_EQ(book[0].listPriceMinor, std::optional<MinorUnits>(0));
    EXPECT_EQ(book[0].floorPriceMinor, std::nullopt);
    EXPECT_EQ(book[1].listPriceMinor, std::nullopt);
    EXPECT_EQ(loaded.document.rules.discountBands[0].approvalAboveBp, std::optional<BasisPoints>(0));
    EXPECT_EQ(loaded.document.rules.discountBands[0].maxDiscountBp, std::optional<BasisPoints>(1500));
    EXPECT_EQ(loaded.document.cadence[0].heldOn, (std::vector<std::string>{"2026-11-05", "2026-11-19"}));
    EXPECT_EQ(saveDocument(loaded.document), text);
}

TEST(format_optional_values_test, null_reads_as_not_set_and_a_wrong_type_is_kept) {
    std::string text = saveDocument(withRules());
    const std::string zero = "\"list_price_minor\": 0";
    ASSERT_NE(text.find(zero), std::string::npos);
    const LoadResult nulled =
        loadDocument(std::string(text).replace(text.find(zero), zero.size(), "\"list_price_minor\": null"));
    ASSERT_TRUE(nulled.ok);
    EXPECT_EQ(nulled.document.rules.priceBook[0].listPriceMinor, std::nullopt);
    EXPECT_EQ(saveDocument(nulled.document).find("\"list_price_minor\": null"), std::string::npos)
        << "the canonical form omits a value that is not set";
    const LoadResult text99 = loadDocument(
        std::string(text).replace(text.find(zero), zero.size(), "\"list_price_minor\": \"9.99\""));
    EXPECT_NE(test::findingAt(text99.findings, "/rules_of_engagement/price_book/0/list_price_minor"),
              nullptr);
    EXPECT_NE(saveDocument(text99.document).find("\"list_price_minor\": \"9.99\""), std::string::npos)
        << "a value of the wrong type is written back as it was";
}
