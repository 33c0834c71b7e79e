// SaveJob (format/save_job.h; saveDocument runs it) writes a document's canonical text a slice
// at a time with exactly the bytes of the whole tree dumped at once (wholeTree below): every sample, fixture
// and fuzz seed at several chunk sizes, a generated scorecard (rows written over many steps), unknown columns
// and rows that were not lists.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "format/canonical_json.h"
#include "format/document_io.h"
#include "format/json_codec.h"
#include "format/save_job.h"
#include "generate/generate.h"
#include "test_util.h"

namespace {

// The reference: the document as one tree, dumped in one go.
std::string wholeTree(const sc::Document& doc) { return sc::dumpCanonical(sc::documentToJson(doc)); }

std::string sliced(const sc::Document& doc, std::size_t rowsPerChunk, std::size_t* steps = nullptr) {
    sc::SaveJob job(std::make_shared<const sc::Document>(doc), rowsPerChunk);
    std::size_t n = 1;
    while (!job.step()) ++n;
    if (steps) *steps = n;
    return job.take();
}

TEST(SaveJob, EveryLoadableFixtureIsWrittenAsTheWholeTreeIs) {
    std::size_t loaded = 0;
    for (const auto& path : sc::test::scorecardFixtureFiles()) {
        const sc::LoadResult r = sc::loadDocument(sc::test::readText(path));
        if (!r.ok) continue;
        ++loaded;
        const std::string want = wholeTree(r.document);
        for (std::size_t rows : {1, 2, 3, 1000}) {
            SCOPED_TRACE(path + ", " + std::to_string(rows) + " rows per chunk");
            EXPECT_EQ(sliced(r.document, rows), want);
        }
        EXPECT_EQ(sc::saveDocument(r.document), want);
    }
    EXPECT_GT(loaded, 10u);
}

TEST(SaveJob, AGeneratedScorecardIsWrittenAChunkPerStep) {
    auto sizes = *sc::generate::presetSizes("small");
    sizes.deals = 5000;
    const auto generated = sc::generate::generateDocument(sizes, 9, "Sliced");
    std::size_t steps = 0;
    EXPECT_EQ(sliced(generated.document, 100, &steps), wholeTree(generated.document));
    EXPECT_GE(steps, 50u) << "5,000 deals, 100 per step";
    EXPECT_EQ(sc::saveDocument(generated.document), wholeTree(generated.document)) << "2,000 rows per chunk";
}

TEST(SaveJob, UnknownColumnsAndRowsThatWereNotListsComeBackInPlace) {
    // An unknown column on some rows, a known one of the wrong type, and a row that is not a
    // list (kept where it was: that table is written whole, the other in chunks).
    const std::string text =
        sc::test::readText(sc::test::sourcePath("assets/samples/partner-program.scorecard.json"));
    std::string patched = text;
    const auto deals = patched.find("\"rows\": [", patched.find("\"deals\"")) + 9;
    patched.insert(deals, "\n      \"not a row\",");
    const auto columns = patched.find("\"columns\": [", patched.find("\"kpi_records\"")) + 12;
    patched.insert(columns, "\"zz_note\",");
    const auto firstRow = patched.find("[", patched.find("\"rows\": [", columns) + 9);
    patched.insert(firstRow + 1, "\"kept\",");
    const sc::LoadResult r = sc::loadDocument(patched);
    ASSERT_TRUE(r.ok) << r.error;
    const std::string want = wholeTree(r.document);
    EXPECT_NE(want.find("\"not a row\""), std::string::npos);
    EXPECT_NE(want.find("\"zz_note\""), std::string::npos);
    for (std::size_t rows : {1, 4}) EXPECT_EQ(sliced(r.document, rows), want);
}

}  // namespace
