// Fuzz target: CSV import into a fixed document (tests/data/validation/base.scorecard.json). A first line
// naming a table picks it; otherwise the first byte does and the whole input is the CSV. The stepped
// ImportJob (what the app runs, a few rows a frame) must agree with importCsv; an import that succeeds must
// save and load again; one that fails must leave the document as it was.
#include "format/document_io.h"
#include "fuzz_support.h"
#include "import/column_mapping.h"
#include "import/table_import.h"

using namespace sc;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const Document& doc = fuzz::sampleDocument(fuzz::kBaseDocument);
    static const std::string docText = saveDocument(doc);
    // "deals\n" + CSV imports into deals (the committed seeds look like that); any other input
    // is all CSV, imported into a table picked by its first byte.
    std::string_view text = fuzz::asText(data, size);
    csv::ImportOptions options;
    const std::size_t newline = text.find('\n');
    if (newline != std::string_view::npos && csv::findImportTable(std::string(text.substr(0, newline)))) {
        options.table = std::string(text.substr(0, newline));
        text.remove_prefix(newline + 1);
    } else {
        const auto& tables = csv::importTables();
        options.table = tables[data[0] % tables.size()].table;
    }
    options.timestamp = "2026-01-15T10:00:00Z";

    const csv::ImportResult whole = csv::importCsv(doc, text, options);
    csv::ImportJob job(doc, text, options);
    for (int steps = 0; !job.done(); ++steps) {
        if (steps > 1000000) fuzz::fuzzFail("the import job does not finish");
        job.step(3);
    }
    const csv::ImportResult& stepped = job.result();
    if (stepped.ok != whole.ok || stepped.errorCount != whole.errorCount || stepped.added != whole.added ||
        stepped.updated != whole.updated || stepped.unchanged != whole.unchanged)
        fuzz::fuzzFail("the stepped import and importCsv disagree");
    if (whole.errors.size() > options.maxErrors) fuzz::fuzzFail("more errors kept than maxErrors");
    if (whole.ok) {
        if (saveDocument(stepped.document) != fuzz::checkRoundTrip(whole.document, "import"))
            fuzz::fuzzFail("the stepped import wrote another document");
    } else {
        if (whole.errorCount == 0) fuzz::fuzzFail("a failed import reports no error");
        if (saveDocument(whole.document) != docText) fuzz::fuzzFail("a failed import changed the document");
    }
    return 0;
}
