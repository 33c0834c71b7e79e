// The app's CSV import flow (issue 9), ImGui-free: a dropped or chosen .csv becomes a draft —
// the header and first rows, the table it most likely fills, the column mapping the importer
// guesses (adjustable per column, remembered per source for next month's file) — and a dry
// run of the core importer on the open document lists every bad cell with its row and column.
// Import applies the same core import as one command (one Undo step, all or nothing); Cancel
// leaves the document as it was. The same rules as `scorecard import` (core/import).
#pragma once

#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "import/table_import.h"
#include "logic/commands.h"
#include "logic/history.h"
#include "logic/key_value_store.h"

namespace sc::web {

inline constexpr std::size_t kCsvPreviewRows = 5;

struct CsvImportDraft {
    std::string fileName;
    std::shared_ptr<const std::string> text;  // shared with a running dry run, which reads it in place
    std::string readError;  // the file cannot be read as CSV at all (then nothing else is set)
    char delimiter = ',';
    std::vector<std::string> headers;
    std::vector<std::vector<std::string>> firstRows;  // up to kCsvPreviewRows
    std::size_t rowCount = 0;  // data rows (after the header), known once a dry run is done
    std::string table;         // the table chosen ("deals")
    // Per header (same order): the column it fills, csv::kIgnoreColumn to leave it unread, or
    // "" to let the importer choose (its guess from the header's words).
    std::vector<std::string> mapping;
    bool rememberedMapping = false;  // the mapping came from an earlier file with these headers

    csv::ImportResult dryRun;  // of the current choices on the open document
    bool dryRunDone = false;

    // The dry run in progress, read a few thousand rows a frame so a long file keeps the page
    // responsive; `base` is the document it reads (kept alive while it runs).
    std::optional<csv::ImportJob> job;
    History::Snapshot base;
    // The document the finished dry run made (when ok): Import commits it without running the
    // import a second time, as long as the head is still `base`.
    std::shared_ptr<std::optional<sc::Document>> imported;
};

// Reads the header and first rows; guesses the table (the one whose required columns the
// headers cover, with the most headers mapped), then restores a mapping remembered for these
// headers and that table from `store` (may be null).
CsvImportDraft startCsvImport(const std::string& fileName, std::string text, KeyValueStore* store);

// The (header, column) overrides the draft's mapping gives the importer.
std::vector<std::pair<std::string, std::string>> mappingOverrides(const CsvImportDraft& draft);

// The importer's options for the draft (`now` stamps created/updated of added rows).
csv::ImportOptions importOptions(const CsvImportDraft& draft, const std::string& now);

// Starts a dry run of the import on `base` (the head document), which is not changed:
// draft.dryRun tells what Import would do once stepDryImport says it is done.
void startDryImport(CsvImportDraft& draft, History::Snapshot base, const std::string& now);

// Runs the started dry run for about `budget` (at least one step); true once it is done.
bool stepDryImport(CsvImportDraft& draft, std::chrono::milliseconds budget);

// Both at once, to the end (small files, tests).
void runDryImport(CsvImportDraft& draft, History::Snapshot base, const std::string& now);

// While a dry run runs: how far along (0..1) and what it is doing ("Reading rows: 6,000 so far").
double dryRunProgress(const CsvImportDraft& draft);
std::string dryRunActivity(const CsvImportDraft& draft);

// The column each header fills in the dry run's mapping ("" when it fills none), for the
// preview's mapping row when the user has not chosen.
std::vector<std::string> effectiveColumns(const CsvImportDraft& draft);

// How the first value of each money column will be read, so a unit read wrong shows before
// the import: "list_price_cents → List price: 395090 → $3,950.90 (cents, as the header says)"
// or, when the header names no unit and the value has no decimals, "price → Quoted price:
// 395090 → $395,090.00 — whole dollars? If the file holds cents, map it to a header that says so
// (…_cents)". `currency` is the document's.
std::vector<std::string> moneyReadings(const CsvImportDraft& draft, const std::string& currency);

// "Row 8,432, column 7 (price_cents): not an amount: "12,x"" — one line per bad cell; rows
// are counted as a spreadsheet shows them (the header is row 1).
std::vector<std::string> importErrorLines(const CsvImportDraft& draft);

// "Import 10,000 deals from deals.csv": the button and the Undo step's name.
std::string importLabel(const CsvImportDraft& draft);

// The command Import pushes: the dry run's document when the head is still the one it read,
// else the same import run again on the head.
Command importCommand(const CsvImportDraft& draft, const std::string& now);

// Remembers the draft's mapping for files with the same headers and table.
void rememberMapping(const CsvImportDraft& draft, KeyValueStore* store);

// True for names the app imports rather than opens: *.csv, *.tsv (any case).
bool isCsvFileName(const std::string& name);

}  // namespace sc::web
