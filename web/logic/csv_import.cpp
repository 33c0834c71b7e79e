// CSV import flow (see csv_import.h).
#include "logic/csv_import.h"

#include <algorithm>
#include <utility>

#include "import/column_mapping.h"
#include "import/cell_values.h"
#include "import/csv_parser.h"
#include "workflow/money_text.h"

namespace sc::web {

namespace {

std::string withThousands(std::size_t n) { return groupedDecimal(static_cast<MinorUnits>(n), 0); }

// The store key of a remembered mapping: the table and the file's normalised headers.
std::string memoryKey(const std::string& table, const std::vector<std::string>& headers) {
    std::string key = "scorecard.csv-mapping." + table + ":";
    for (const auto& h : headers) key += csv::normaliseHeader(h) + ",";
    return key;
}

// How many headers the importer maps into `table` without help; -1 when it cannot (a
// required column is missing).
int mappedCount(const csv::TableSpec& table, const std::vector<std::string>& headers) {
    const csv::ColumnMapping m = csv::mapColumns(table, headers, {});
    return m.ok ? static_cast<int>(m.columns.size()) : -1;
}

}  // namespace

bool isCsvFileName(const std::string& name) {
    std::string lower = name;
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    auto ends = [&](const char* suffix) {
        const std::string s(suffix);
        return lower.size() >= s.size() && lower.compare(lower.size() - s.size(), s.size(), s) == 0;
    };
    return ends(".csv") || ends(".tsv");
}

CsvImportDraft startCsvImport(const std::string& fileName, std::string text, KeyValueStore* store) {
    CsvImportDraft d;
    d.fileName = fileName;
    d.text = std::make_shared<const std::string>(std::move(text));
    const csv::DelimiterGuess guess = csv::detectDelimiter(*d.text);
    if (!guess.delimiter) {
        d.readError = guess.error;
        return d;
    }
    d.delimiter = *guess.delimiter;
    // Only the header and the preview's rows: the dry run reads the rest in steps.
    const csv::Table table = csv::parse(*d.text, d.delimiter, kCsvPreviewRows + 1);
    if (!table.ok) {
        d.readError = "line " + std::to_string(table.error.line) + ": " + table.error.message;
        return d;
    }
    if (table.records.empty()) {
        d.readError = "the file is empty: expected a header row naming the columns, then one row per line";
        return d;
    }
    d.headers = table.records[0].fields;
    for (std::size_t r = 1; r < table.records.size() && d.firstRows.size() < kCsvPreviewRows; ++r)
        d.firstRows.push_back(table.records[r].fields);
    d.mapping.assign(d.headers.size(), "");
    // The table the headers fit best; the first one when none fits (the dry run then says why).
    int best = -1;
    for (const csv::TableSpec& t : csv::importTables()) {
        const int n = mappedCount(t, d.headers);
        if (n > best) {
            best = n;
            d.table = t.table;
        }
    }
    if (d.table.empty() && !csv::importTables().empty()) d.table = csv::importTables().front().table;
    if (store) {
        if (const auto saved = store->get(memoryKey(d.table, d.headers))) {
            // One column name per line, in header order.
            std::vector<std::string> mapping;
            std::size_t start = 0;
            while (start <= saved->size() && mapping.size() < d.headers.size()) {
                const std::size_t end = std::min(saved->find('\n', start), saved->size());
                mapping.push_back(saved->substr(start, end - start));
                start = end + 1;
            }
            if (mapping.size() == d.headers.size()) {
                d.mapping = std::move(mapping);
                d.rememberedMapping = true;
            }
        }
    }
    return d;
}

std::vector<std::pair<std::string, std::string>> mappingOverrides(const CsvImportDraft& draft) {
    std::vector<std::pair<std::string, std::string>> out;
    for (std::size_t i = 0; i < draft.headers.size() && i < draft.mapping.size(); ++i)
        if (!draft.mapping[i].empty()) out.emplace_back(draft.headers[i], draft.mapping[i]);
    return out;
}

csv::ImportOptions importOptions(const CsvImportDraft& draft, const std::string& now) {
    csv::ImportOptions options;
    options.table = draft.table;
    options.delimiter = draft.delimiter;
    options.columnMap = mappingOverrides(draft);
    options.timestamp = now;
    return options;
}

void startDryImport(CsvImportDraft& draft, History::Snapshot base, const std::string& now) {
    draft.dryRun = {};
    draft.dryRunDone = false;
    draft.imported.reset();
    draft.job.reset();  // before its document and text may go
    draft.base = std::move(base);
    draft.job.emplace(*draft.base, *draft.text, importOptions(draft, now));
}

bool stepDryImport(CsvImportDraft& draft, std::chrono::milliseconds budget) {
    if (!draft.job) return draft.dryRunDone;
    // Rows per step: small enough that a frame overshoots its budget by little.
    constexpr std::size_t kRowsPerStep = 500;
    const auto start = std::chrono::steady_clock::now();
    do {
        draft.job->step(kRowsPerStep);
        // Compared in milliseconds: a budget of milliseconds::max() (run to the end) overflows
        // when converted to the clock's nanoseconds (UBSan, issue 12's sanitizer run).
    } while (!draft.job->done() && std::chrono::duration_cast<std::chrono::milliseconds>(
                                       std::chrono::steady_clock::now() - start) < budget);
    if (!draft.job->done()) return false;
    draft.rowCount = draft.job->rowsRead();
    draft.dryRun = draft.job->takeResult();
    draft.job.reset();
    if (draft.dryRun.ok)
        draft.imported = std::make_shared<std::optional<sc::Document>>(std::move(draft.dryRun.document));
    draft.dryRun.document = {};
    draft.dryRunDone = true;
    return true;
}

void runDryImport(CsvImportDraft& draft, History::Snapshot base, const std::string& now) {
    startDryImport(draft, std::move(base), now);
    while (!stepDryImport(draft, std::chrono::milliseconds::max())) {
    }
}

double dryRunProgress(const CsvImportDraft& draft) {
    if (draft.dryRunDone) return 1.0;
    return draft.job ? draft.job->progress() : 0.0;
}

std::string dryRunActivity(const CsvImportDraft& draft) {
    if (draft.dryRunDone || !draft.job) return "";
    if (draft.job->checkingDocument()) return "Checking the updated scorecard";
    return "Reading rows: " + withThousands(draft.job->rowsRead()) + " so far";
}

std::vector<std::string> effectiveColumns(const CsvImportDraft& draft) {
    std::vector<std::string> out(draft.headers.size());
    const csv::TableSpec* spec = csv::findImportTable(draft.table);
    if (!spec) return out;
    const csv::ColumnMapping m = csv::mapColumns(*spec, draft.headers, mappingOverrides(draft));
    for (const auto& c : m.columns)
        if (c.csvIndex < out.size() && c.spec) out[c.csvIndex] = c.spec->column;
    return out;
}

std::vector<std::string> moneyReadings(const CsvImportDraft& draft, const std::string& currency) {
    std::vector<std::string> out;
    const csv::TableSpec* spec = csv::findImportTable(draft.table);
    if (!spec) return out;
    const csv::ColumnMapping m = csv::mapColumns(*spec, draft.headers, mappingOverrides(draft));
    for (const csv::MappedColumn& c : m.columns) {
        if (!c.spec || c.spec->kind != csv::CellKind::Money) continue;
        std::string cell;
        for (const auto& row : draft.firstRows)
            if (c.csvIndex < row.size() && !csv::trimCell(row[c.csvIndex]).empty()) {
                cell = std::string(csv::trimCell(row[c.csvIndex]));
                break;
            }
        if (cell.empty()) continue;
        const csv::NumberCell n = c.storedUnit ? csv::parseMinorUnits(cell)
                                               : csv::parseMoney(cell, currency, csv::DecimalMark::Auto);
        std::string line = c.header + " \xE2\x86\x92 " + c.spec->column + ": " + cell + " \xE2\x86\x92 ";
        if (!n.ok) {
            out.push_back(line + "cannot be read (" + n.error + ")");
            continue;
        }
        line += formatMoney(n.value, currency);
        if (c.storedUnit) {
            line += " (minor units, as the header says)";
        } else if (cell.find_first_of(".,") == std::string::npos && csv::minorDigits(currency) > 0) {
            // A whole number with no unit in the header: cents and dollars both read; say which.
            line +=
                " (whole units: the header names no unit. If the file holds cents, the header must say so, "
                "e.g. \"" +
                c.header + "_cents\", or the amounts come out 100 times too large)";
        }
        out.push_back(line);
    }
    return out;
}

std::vector<std::string> importErrorLines(const CsvImportDraft& draft) {
    std::vector<std::string> out;
    for (const csv::ImportIssue& e : draft.dryRun.errors) {
        std::string line;
        if (e.line) line = "Row " + withThousands(e.line);
        if (e.line && e.column) line += ", column " + std::to_string(e.column);
        if (!e.header.empty()) line += (line.empty() ? "" : " ") + std::string("(") + e.header + ")";
        out.push_back((line.empty() ? "" : line + ": ") + e.message);
    }
    if (draft.dryRun.errorCount > draft.dryRun.errors.size())
        out.push_back("… and " + withThousands(draft.dryRun.errorCount - draft.dryRun.errors.size()) +
                      " more problems");
    return out;
}

std::string importLabel(const CsvImportDraft& draft) {
    std::string rows = draft.table;
    std::replace(rows.begin(), rows.end(), '_', ' ');
    // The count is known once the dry run has read the whole file.
    const std::string count = draft.dryRunDone ? withThousands(draft.rowCount) + " " : "";
    return "Import " + count + rows + " from " + draft.fileName;
}

Command importCommand(const CsvImportDraft& draft, const std::string& now) {
    return {importLabel(draft), [text = draft.text, options = importOptions(draft, now), base = draft.base,
                                 imported = draft.imported](const sc::Document& doc) {
                // The dry run already made this document from this head: hand it over (once).
                if (imported && *imported && base && &doc == base.get()) {
                    sc::EditResult out;
                    out.ok = true;
                    out.document = std::move(**imported);
                    imported->reset();
                    return out;
                }
                csv::ImportResult r = csv::importCsv(doc, *text, options);
                sc::EditResult out;
                out.ok = r.ok;
                if (r.ok) {
                    out.document = std::move(r.document);
                } else {
                    out.document = doc;
                    out.error =
                        r.errors.empty() ? "the file could not be imported" : r.errors.front().message;
                }
                return out;
            }};
}

void rememberMapping(const CsvImportDraft& draft, KeyValueStore* store) {
    if (!store || draft.headers.empty()) return;
    std::string value;
    for (std::size_t i = 0; i < draft.mapping.size(); ++i) value += (i ? "\n" : "") + draft.mapping[i];
    store->set(memoryKey(draft.table, draft.headers), value);
}

}  // namespace sc::web
