// The benchmark generator: documents of the asked size, the same bytes for the same seed,
// and as valid as their template (so the benchmarks measure clean loads, not error paths).
#include <set>

#include "document_generator.h"
#include "engine/detection.h"
#include "test_util.h"

namespace {

const sc::Document& partnerProgramme() {
    static const sc::Document doc = [] {
        auto r = sc::loadDocument(
            sc::test::readText(sc::test::sourcePath("assets/samples/partner-program.scorecard.json")));
        EXPECT_TRUE(r.ok) << r.error;
        return r.document;
    }();
    return doc;
}

std::string findingsOf(const sc::Document& doc) {
    auto r = sc::loadDocument(sc::saveDocument(doc));
    EXPECT_TRUE(r.ok) << r.error;
    return sc::test::listFindings(r.findings);
}

sc::bench::TableSizes allTables(std::size_t n) { return {n, n, n, n, n}; }

}  // namespace

TEST(bench_generator_test, tables_have_the_requested_rows_with_unique_ids) {
    const auto doc = sc::bench::withTables(partnerProgramme(), {500, 300, 200, 400, 100}, 1);
    EXPECT_EQ(doc.deals.size(), 500u);
    EXPECT_EQ(doc.dealRegistrations.size(), 300u);
    EXPECT_EQ(doc.reportSubmissions.size(), 200u);
    EXPECT_EQ(doc.kpiRecords.size(), 400u);
    EXPECT_EQ(doc.pulseAnswers.size(), 100u);
    EXPECT_EQ(sc::bench::tableRows(doc), 1500u + doc.pairObservations.size());
    std::set<std::string> dealIds;
    for (const auto& d : doc.deals) dealIds.insert(d.id);
    EXPECT_EQ(dealIds.size(), 500u);
}

TEST(bench_generator_test, a_zero_size_keeps_the_template_table) {
    sc::bench::TableSizes onlyDeals;
    onlyDeals.deals = 10;
    const auto doc = sc::bench::withTables(partnerProgramme(), onlyDeals, 1);
    EXPECT_EQ(doc.deals.size(), 10u);
    EXPECT_EQ(doc.kpiRecords.size(), partnerProgramme().kpiRecords.size());
}

TEST(bench_generator_test, the_same_seed_gives_the_same_bytes) {
    const auto a = sc::saveDocument(sc::bench::withTables(partnerProgramme(), allTables(300), 7));
    const auto b = sc::saveDocument(sc::bench::withTables(partnerProgramme(), allTables(300), 7));
    const auto c = sc::saveDocument(sc::bench::withTables(partnerProgramme(), allTables(300), 8));
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
}

TEST(bench_generator_test, grown_tables_are_as_valid_as_the_template) {
    const auto doc = sc::bench::withTables(partnerProgramme(), allTables(2000), 3);
    EXPECT_EQ(findingsOf(doc), findingsOf(partnerProgramme()));
}

TEST(bench_generator_test, grown_documents_round_trip_byte_for_byte) {
    const auto text = sc::saveDocument(sc::bench::withTables(partnerProgramme(), allTables(500), 4));
    auto loaded = sc::loadDocument(text);
    ASSERT_TRUE(loaded.ok) << loaded.error;
    EXPECT_EQ(sc::saveDocument(loaded.document), text);
}

TEST(bench_generator_test, maps_have_the_requested_promises_and_channels_and_stay_valid) {
    const auto doc = sc::bench::withMaps(partnerProgramme(), 10, 10, 5);
    EXPECT_EQ(doc.promises.size(), 10u);
    EXPECT_EQ(doc.channels.size(), 10u);
    EXPECT_EQ(findingsOf(doc), findingsOf(partnerProgramme()));
    // Every added channel is in no pair, so it is compared with every promise.
    const auto detected = sc::engine::detectMismatches(doc);
    EXPECT_GE(detected.comparisons.size(), 8u * 10u);
    EXPECT_EQ(sc::saveDocument(doc), sc::saveDocument(sc::bench::withMaps(partnerProgramme(), 10, 10, 5)));
}
