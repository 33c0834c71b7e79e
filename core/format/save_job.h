// Writing a document's canonical text a slice at a time, so that the web app's autosave of a
// large document does not freeze the page; saveDocument is this job run to the end. The bytes
// are exactly those of dumpCanonical(documentToJson(doc)), the whole tree dumped at once
// (tests/core/format_save_job_test.cpp and the document fuzz target compare them).
//
// How: the document is written with its large tables' rows left out (json_codec.h,
// documentToJsonDeferringRows), then those rows a chunk per step, then spliced into their
// tables' empty lists (canonical_json.h).
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

#include "format/json_codec.h"
#include "model/document.h"

namespace sc {

class SaveJob {
  public:
    static constexpr std::size_t kRowsPerChunk = 2000;

    explicit SaveJob(std::shared_ptr<const Document> doc, std::size_t rowsPerChunk = kRowsPerChunk);

    // Does the next slice (the document without the large tables' rows, a chunk of rows, or
    // the splice); true once the text is complete.
    bool step();
    bool done() const { return m_stage == Stage::Done; }
    // The document being written (the job keeps it alive).
    const std::shared_ptr<const Document>& document() const { return m_doc; }
    // The canonical text (once done; runs the rest first otherwise).
    std::string take();

  private:
    enum class Stage { Skeleton, Rows, Splice, Done };
    std::shared_ptr<const Document> m_doc;
    std::size_t m_rowsPerChunk;
    Stage m_stage = Stage::Skeleton;
    std::string m_text;
    std::vector<DeferredRows> m_tables;
    std::vector<std::string> m_rowLines;  // per deferred table
    std::size_t m_table = 0, m_row = 0;
};

}  // namespace sc
