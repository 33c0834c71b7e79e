// Loading a large file a slice at a time, so that a program with frames to draw (the web app)
// can show how far it got and offer Cancel instead of freezing. The result is exactly
// loadDocument's for the same bytes (tests/core/load_job_test.cpp and the document fuzz target
// compare them).
//
// How: the rows of the large tables, most of a big file, are cut out of the text
// (format/row_chunks.h); the rest is parsed, then the rows a chunk per step, each chunk moved
// into its table in the tree; then the same checks as loadDocument, the tables' rows read into
// the document a chunk per step (TablesReadAhead), the rest of the reading and validation, a
// step each. Anything unusual (a parse error anywhere, an older schema version, a chunk that is
// not the rows it should be) falls back to loadDocument's own path in one step, so refusals keep
// their exact messages.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "format/document_io.h"
#include "format/json_codec.h"
#include "format/row_chunks.h"
#include "model/common.h"

namespace sc {

class LoadJob {
  public:
    static constexpr std::size_t kRowsPerChunk = 2000;

    explicit LoadJob(std::string text, std::size_t rowsPerChunk = kRowsPerChunk);

    // Does the next slice of work (a chunk of rows, or one of the other steps); true once the
    // load is done. A step after that does nothing.
    bool step();
    bool done() const { return m_stage == Stage::Done; }
    // How far the load got, 0 to 1 (by bytes of rows parsed, then the steps after).
    double progress() const;
    // What it is doing now, for a person: "Checking the file", "Reading rows: 12,000 of
    // 100,000", "Reading the scorecard", "Validating".
    std::string activity() const;
    // The result (once done): what loadDocument(text) returns. Leaves the job empty.
    LoadResult take();

  private:
    enum class Stage {
        CheckText,
        Split,
        ParseRest,
        ParseRows,
        CheckTree,
        ReadTables,
        Read,
        Validate,
        Fallback,
        Done
    };
    void run();
    void parseRest();
    void parseNextChunk();

    std::string m_text;
    std::size_t m_rowsPerChunk;
    Stage m_stage = Stage::CheckText;
    LoadResult m_result;
    Json m_tree;
    std::vector<RowChunks> m_tables;
    std::vector<Json*> m_targets;              // each table's "rows" list in m_tree
    std::unique_ptr<TablesReadAhead> m_ahead;  // the tables' rows read into the document, a chunk per step
    std::size_t m_table = 0, m_chunk = 0;
    std::size_t m_rowsTotal = 0, m_rowsRead = 0;
    std::size_t m_bytesParsed = 0;
    std::size_t m_validationStep = 0, m_firstSemantic = 0;
};

}  // namespace sc
