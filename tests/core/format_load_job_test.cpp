// LoadJob (format/load_job.h) loads a file a slice at a time with exactly loadDocument's result:
// the same refusal message, or the same findings and the same document. Checked on every sample,
// fixture and fuzz seed with several chunk sizes, on a generated scorecard, and on files made to
// trip the cutting of rows into chunks (a trailing comma, an empty row between two commas, a
// syntax error inside a chunk, a table key written twice, an older schema version).
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "format/document_io.h"
#include "format/load_job.h"
#include "format/row_chunks.h"
#include "generate/generate.h"
#include "test_util.h"

namespace {

struct Stepped {
    sc::LoadResult result;
    bool readRowsInChunks = false;  // the job said "Reading rows: …" at some step
    bool progressNeverFell = true;
    std::size_t steps = 0;
};

Stepped stepThrough(const std::string& text, std::size_t rowsPerChunk) {
    Stepped s;
    sc::LoadJob job(text, rowsPerChunk);
    double last = job.progress();
    while (!job.step()) {
        ++s.steps;
        if (job.activity().rfind("Reading rows: ", 0) == 0) s.readRowsInChunks = true;
        s.progressNeverFell = s.progressNeverFell && job.progress() >= last;
        last = job.progress();
    }
    EXPECT_EQ(job.progress(), 1.0);
    s.result = job.take();
    return s;
}

void expectSameAsLoadDocument(const std::string& text, const sc::LoadResult& got) {
    const sc::LoadResult want = sc::loadDocument(text);
    ASSERT_EQ(want.ok, got.ok) << (want.ok ? got.error : want.error);
    EXPECT_EQ(want.error, got.error);
    EXPECT_EQ(want.sourceVersion, got.sourceVersion);
    EXPECT_EQ(want.outOfMemory, got.outOfMemory);
    EXPECT_EQ(sc::test::listFindings(want.findings), sc::test::listFindings(got.findings));
    if (want.ok) EXPECT_EQ(sc::saveDocument(want.document), sc::saveDocument(got.document));
}

TEST(LoadJob, EveryFixtureLoadsAsLoadDocumentLoadsIt) {
    const std::vector<std::string> files = sc::test::scorecardFixtureFiles();
    ASSERT_GT(files.size(), 20u);
    for (const auto& path : files) {
        const std::string text = sc::test::readText(path);
        for (std::size_t rows : {1, 2, 3, 1000}) {
            SCOPED_TRACE(path + ", " + std::to_string(rows) + " rows per chunk");
            expectSameAsLoadDocument(text, stepThrough(text, rows).result);
        }
    }
}

TEST(LoadJob, AGeneratedScorecardIsReadInChunksWithRisingProgress) {
    const auto generated = sc::generate::generateDocument(*sc::generate::presetSizes("small"), 7, "Chunked");
    const std::string text = sc::saveDocument(generated.document);
    const auto chunks = sc::findRowChunks(text, 50);
    ASSERT_FALSE(chunks.empty());
    const Stepped s = stepThrough(text, 50);
    EXPECT_TRUE(s.readRowsInChunks);
    EXPECT_TRUE(s.progressNeverFell);
    std::size_t pieces = 0;
    for (const auto& c : chunks) pieces += c.rows.size();
    EXPECT_GE(s.steps, pieces) << "a step per chunk of rows";
    expectSameAsLoadDocument(text, s.result);
    EXPECT_EQ(sc::saveDocument(s.result.document), text) << "a canonical file comes back byte for byte";
}

// The partner sample's deals table with its rows list rewritten by `edit`.
std::string withDealsRows(const std::function<std::string(const std::string&)>& edit) {
    std::string text =
        sc::test::readText(sc::test::sourcePath("assets/samples/partner-program.scorecard.json"));
    const auto deals = text.find("\"deals\"");
    const auto open = text.find("\"rows\": [", deals) + 9;
    const auto close = text.find("\n    ]", open);
    EXPECT_NE(close, std::string::npos);
    return text.substr(0, open) + edit(text.substr(open, close - open)) + text.substr(close);
}

TEST(LoadJob, FilesThatTripTheCutAreRefusedOrReadAsLoadDocumentDoes) {
    const std::vector<std::pair<const char*, std::string>> cases = {
        {"a trailing comma after the last row", withDealsRows([](const std::string& r) { return r + ","; })},
        {"an empty row between two commas", withDealsRows([](const std::string& r) {
             return r.substr(0, r.find("],") + 2) + "," + r.substr(r.find("],") + 2);
         })},
        {"a syntax error inside the third row", withDealsRows([](const std::string& r) {
             std::string s = r;
             std::size_t row = 0;
             for (int k = 0; k < 3; ++k) row = s.find('[', row + 1);
             return s.insert(row + 1, "tru,");
         })},
        {"two rows without a comma between them", withDealsRows([](const std::string& r) {
             std::string s = r;
             return s.erase(s.find("],") + 1, 1);
         })},
        {"a number too large to store in a row", withDealsRows([](const std::string& r) {
             std::string s = r;
             return s.insert(s.find('[') + 1, "1e999,");
         })},
        {"a row that is an object", withDealsRows([](const std::string& r) { return "{\"a\": 1}, " + r; })},
        {"a bracket and a quote inside a text cell", withDealsRows([](const std::string& r) {
             std::string s = r;
             return s.insert(s.find('[') + 1, "\"],[\\\"\", ");
         })},
    };
    for (const auto& [what, text] : cases)
        for (std::size_t rows : {1, 2, 5}) {
            SCOPED_TRACE(std::string(what) + ", " + std::to_string(rows) + " rows per chunk");
            expectSameAsLoadDocument(text, stepThrough(text, rows).result);
        }
}

TEST(LoadJob, AKeyWrittenTwiceAndAnOlderVersionTakeLoadDocumentsPath) {
    const std::string sample =
        sc::test::readText(sc::test::sourcePath("assets/samples/partner-program.scorecard.json"));
    // A second "deals" table before the sample's own: refused as loadDocument refuses it.
    std::string twice = sample;
    twice.insert(twice.find('{') + 1, R"("deals": {"columns": ["id"], "rows": [["a"], ["b"], ["c"]]},)");
    const Stepped dup = stepThrough(twice, 2);
    EXPECT_FALSE(dup.result.ok);
    EXPECT_NE(dup.result.error.find("appears twice"), std::string::npos) << dup.result.error;
    expectSameAsLoadDocument(twice, dup.result);

    const std::string old =
        sc::test::readText(sc::test::sourcePath("tests/data/format/v0_saas.scorecard.json"));
    const Stepped migrated = stepThrough(old, 1);
    EXPECT_TRUE(migrated.result.migrated());
    expectSameAsLoadDocument(old, migrated.result);
}

TEST(LoadJob, RowChunksCutBetweenRowsOnly) {
    const std::string text =
        R"({"t": {"columns": ["a"], "rows": [ ["x,]"], [1], [{"b": [2, 3]}], [4] ]}, "u": 1})";
    const auto chunks = sc::findRowChunks(text, 2);
    ASSERT_EQ(chunks.size(), 1u);
    EXPECT_EQ(chunks[0].table, "t");
    ASSERT_EQ(chunks[0].rows, (std::vector<std::size_t>{2, 2}));
    const auto piece = [&](std::size_t k) {
        return text.substr(chunks[0].cuts[k] + 1, chunks[0].cuts[k + 1] - chunks[0].cuts[k] - 1);
    };
    EXPECT_EQ(piece(0), R"( ["x,]"], [1])");
    EXPECT_EQ(piece(1), R"( [{"b": [2, 3]}], [4] )");
    EXPECT_TRUE(sc::findRowChunks(text, 4).empty()) << "a list that fits one chunk is not cut";
    EXPECT_TRUE(sc::findRowChunks(R"({"t": {"rows": [[1], [2], [3])", 1).empty()) << "an unclosed list";
    EXPECT_TRUE(sc::findRowChunks("", 1).empty());
    EXPECT_TRUE(sc::findRowChunks("[1, 2]", 1).empty());
}

TEST(LoadJob, RefusedEarlyWithTheSameMessage) {
    for (const std::string text : {std::string(), std::string("  "), std::string("{\"a\": 1}\0x", 10),
                                   std::string("[1, 2]"), std::string("{\"schema_version\": 99}")}) {
        SCOPED_TRACE(text);
        expectSameAsLoadDocument(text, stepThrough(text, 1).result);
    }
}

}  // namespace

// The large tables are read into the document a chunk of rows per step before the rest of the
// file (TablesReadAhead); their findings must still come where loadDocument puts them, between
// the findings of the fields read before and after the table.
TEST(LoadJob, TableFindingsKeepTheirPlaceAmongTheOtherFindings) {
    std::string text = withDealsRows([](const std::string& r) {
        std::string s = r;
        s.insert(s.find('[') + 1, "17, ");  // a number where the id's text goes: the row is also too long
        return "\"not a row\", " + s;
    });
    // Fields read before the tables (info) and after them (the partners' list) have findings too.
    text.replace(text.find("\"title\": \""), 10, "\"title\": 42, \"was_title\": \"");
    const auto partners = text.find("\"partners\": [");
    ASSERT_NE(partners, std::string::npos);
    text.replace(partners, 13, "\"partners\": 7, \"old_partners\": [");
    const sc::LoadResult whole = sc::loadDocument(text);
    ASSERT_TRUE(whole.ok) << whole.error;
    const std::string listed = sc::test::listFindings(whole.findings);
    ASSERT_NE(listed.find("/info/title"), std::string::npos) << listed;
    ASSERT_NE(listed.find("/deals/rows/0"), std::string::npos) << listed;
    ASSERT_NE(listed.find("/partners"), std::string::npos) << listed;
    for (std::size_t rows : {1, 2, 7, 1000}) {
        SCOPED_TRACE(std::to_string(rows) + " rows per chunk");
        expectSameAsLoadDocument(text, stepThrough(text, rows).result);
    }
}
