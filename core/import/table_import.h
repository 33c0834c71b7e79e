// Importing a CSV export into one of the document's row tables (deals, deal_registrations,
// report_submissions, kpi_records) or lists (price_book, discount_bands, territories of the
// rules of engagement; partners). All or nothing: every bad cell is reported with its line and
// column, and any error leaves the document as it was. Re-importing the same file changes
// nothing: rows are matched by id, or, without one, by an id derived from the row
// (docs/IMPORT.md, "Ids and re-imports").
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "import/cell_values.h"
#include "model/document.h"
#include "validation/finding.h"

namespace sc::csv {

struct ImportOptions {
    std::string table;  // one of importTables() (import/column_mapping.h): "deals", "partners" ...
    std::optional<char> delimiter;  // detected when empty
    DecimalMark decimalMark = DecimalMark::Auto;
    DateFormat dateFormat;                                       // YYYY-MM-DD unless given
    std::vector<std::pair<std::string, std::string>> columnMap;  // (CSV header, column) overrides
    std::string timestamp;       // written to created/updated of added and changed rows; empty = none
    std::size_t maxErrors = 50;  // errors kept in the result; the rest are only counted
};

// One problem in the file. line 0 = the file as a whole; column 0 = the whole row.
struct ImportIssue {
    std::size_t line = 0;
    std::size_t column = 0;
    std::string header;
    std::string message;
};

// A validation finding of the updated document that the import introduced; `line` is the
// CSV line of the row it points into (0 when it points elsewhere).
struct ImportFinding {
    Finding finding;
    std::size_t line = 0;
};

struct ImportResult {
    bool ok = false;
    Document document;                // the updated document (the input unchanged when !ok)
    std::vector<ImportIssue> errors;  // at most maxErrors of them
    std::size_t errorCount = 0;       // all errors, including those not kept
    std::size_t added = 0, updated = 0, unchanged = 0;
    std::vector<std::string> ignoredHeaders;
    std::vector<ImportFinding> findings;
    char delimiter = ',';
};

ImportResult importCsv(const Document& doc, std::string_view csvText, const ImportOptions& options);

// The same import in steps a frame can afford (the app's import of a long file): the rows are
// read and checked a few thousand at a time, then the updated document is validated (one step
// before, one after). `doc` and `csvText` must outlive the job. importCsv runs one to the end.
class ImportJob {
  public:
    ImportJob(const Document& doc, std::string_view csvText, ImportOptions options);
    ~ImportJob();
    ImportJob(ImportJob&&) noexcept;
    ImportJob& operator=(ImportJob&&) noexcept;

    bool done() const;
    // Reads and checks up to `maxRecords` more rows (the first step reads the header, the last
    // ones validate); nothing once done().
    void step(std::size_t maxRecords);
    // How far along, 0..1 (the share of the file read, then the validation).
    double progress() const;
    bool checkingDocument() const;  // validating the updated document
    std::size_t rowsRead() const;   // records after the header read so far

    // The outcome, complete once done(): the same as importCsv's.
    const ImportResult& result() const;
    ImportResult takeResult();

  private:
    struct State;
    std::unique_ptr<State> m_state;
};

// "deals.csv:14:5 (Discount): message", "deals.csv:14: message" or "deals.csv: message".
std::string formatIssue(const std::string& file, const ImportIssue& issue);

// "added 120, updated 3, unchanged 0 deals from deals.csv".
std::string importSummary(const ImportResult& result, const std::string& table, const std::string& file);

}  // namespace sc::csv
