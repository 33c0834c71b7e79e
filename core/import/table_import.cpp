#include "import/table_import.h"

#include <algorithm>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <type_traits>

#include "import/cell_reader.h"
#include "import/column_mapping.h"
#include "import/csv_parser.h"
#include "import/row_fields.h"
#include "import/row_ids.h"
#include "validation/validate.h"

namespace sc::csv {
namespace {

std::vector<Deal>& rowsOf(Document& d, Deal*) { return d.deals.mut(); }
std::vector<DealRegistration>& rowsOf(Document& d, DealRegistration*) { return d.dealRegistrations.mut(); }
std::vector<ReportSubmission>& rowsOf(Document& d, ReportSubmission*) { return d.reportSubmissions.mut(); }
std::vector<KpiRecord>& rowsOf(Document& d, KpiRecord*) { return d.kpiRecords.mut(); }
std::vector<PriceBookEntry>& rowsOf(Document& d, PriceBookEntry*) { return d.rules.priceBook; }
std::vector<DiscountBand>& rowsOf(Document& d, DiscountBand*) { return d.rules.discountBands; }
std::vector<Partner>& rowsOf(Document& d, Partner*) { return d.partners; }
std::vector<Territory>& rowsOf(Document& d, Territory*) { return d.rules.territories; }

// Keeps the first `cap` errors and counts all of them.
class Errors {
  public:
    Errors(ImportResult& result, std::size_t cap) : m_result(result), m_cap(cap) {}
    void add(ImportIssue issue) {
        ++m_result.errorCount;
        if (m_result.errors.size() < m_cap) m_result.errors.push_back(std::move(issue));
    }

  private:
    ImportResult& m_result;
    std::size_t m_cap;
};

bool blankRecord(const Record& r) {
    for (const auto& f : r.fields)
        if (!trimCell(f).empty()) return false;
    return true;
}

// Extra cells are tolerated only when empty (spreadsheets export formatted but empty columns).
bool shapeMatches(const Record& r, std::size_t headerCells) {
    if (r.fields.size() < headerCells) return false;
    for (std::size_t i = headerCells; i < r.fields.size(); ++i)
        if (!trimCell(r.fields[i]).empty()) return false;
    return true;
}

// Reads the rows of one table and merges them into `doc`: matched rows are updated, others added.
template <class Row>
class TableImporter {
  public:
    TableImporter(const TableSpec& table, const ColumnMapping& mapping, const CellReader& reader,
                  const ImportOptions& options, Document& doc, ImportResult& result, Errors& errors)
        : m_table(table),
          m_mapping(mapping),
          m_reader(reader),
          m_options(options),
          m_rows(rowsOf(doc, static_cast<Row*>(nullptr))),
          m_result(result),
          m_errors(errors) {
        for (std::size_t i = 0; i < m_rows.size(); ++i) {
            m_byId.emplace(m_rows[i].id, i);
            const std::string key = naturalKey(m_rows[i]);
            if (!key.empty()) m_byKey.emplace(key, i);
        }
    }

    void importRecord(const Record& record, std::size_t headerCells) {
        if (blankRecord(record)) return;
        if (!shapeMatches(record, headerCells)) {
            m_errors.add({record.line, 0, "",
                          "the row has " + std::to_string(record.fields.size()) + " cells, the header has " +
                              std::to_string(headerCells) + " (a missing or extra delimiter?)"});
            return;
        }
        RowValues values;
        std::string id, kpi, cells;
        bool ok = true;
        for (const auto& column : m_mapping.columns) {
            const ColumnSpec& spec = *column.spec;
            const std::string& cell = record.fields[column.csvIndex];
            const std::size_t line = record.fieldLines[column.csvIndex];
            CellValue value;
            if (trimCell(cell).empty()) {
                if (spec.required) {
                    m_errors.add({line, column.csvIndex + 1, column.header,
                                  "empty; every " + m_table.rowKind + " needs a " + spec.column});
                    ok = false;
                    continue;
                }
                if (spec.kind == CellKind::Id) continue;
                value = defaultColumnValue<Row>(spec.column);
            } else {
                std::string error;
                if (!m_reader.read(column, cell, kpi, value, error)) {
                    m_errors.add({line, column.csvIndex + 1, column.header, error});
                    ok = false;
                    continue;
                }
                if (spec.kind == CellKind::Id) {
                    id = value.text;
                    continue;
                }
            }
            if (spec.column == "kpi") kpi = value.text;
            cells += spec.column + '=' + value.text + '/' + std::to_string(value.number) + '\x1f';
            values.emplace_back(&spec.column, std::move(value));
        }
        if (ok) merge(record.line, values, id, cells);
    }

  private:
    void merge(std::size_t line, const RowValues& values, std::string id, const std::string& cells) {
        Row fresh;
        assignColumns(fresh, values);
        if (id.empty()) {
            if constexpr (std::is_same_v<Row, Deal>) {
                id = derivedDealId(cells, ++m_dealOccurrences[cells]);
            } else {
                const std::string key = naturalKey(fresh);
                if (key.empty()) {  // only a discount band's tier may be empty
                    m_errors.add({line, 0, "",
                                  "a " + m_table.rowKind +
                                      " without an id is matched by its tier; give the row a tier or an id"});
                    return;
                }
                if (auto first = m_seenKeys.find(key); first != m_seenKeys.end()) {
                    m_errors.add({line, 0, "",
                                  "a second " + m_table.rowKind + " for " + describeKey(key) +
                                      " (the first is on line " + std::to_string(first->second) +
                                      "); give the rows ids to keep both"});
                    return;
                }
                m_seenKeys.emplace(key, line);
                const auto existing = m_byKey.find(key);
                id = existing != m_byKey.end() ? m_rows[existing->second].id : derivedId(fresh);
            }
        }
        if (auto first = m_seenIds.find(id); first != m_seenIds.end()) {
            m_errors.add({line, 0, "",
                          "the id \"" + id + "\" appears again (first on line " +
                              std::to_string(first->second) + ")"});
            return;
        }
        m_seenIds.emplace(id, line);
        if (auto at = m_byId.find(id); at != m_byId.end()) {
            Row& row = m_rows[at->second];
            Row changed = row;
            assignColumns(changed, values);
            if (fingerprint(changed) == fingerprint(row)) {
                ++m_result.unchanged;
            } else {
                if (!m_options.timestamp.empty()) changed.updated = m_options.timestamp;
                row = std::move(changed);
                ++m_result.updated;
            }
            m_rowLines[at->second] = line;
            return;
        }
        fresh.id = id;
        if (!m_options.timestamp.empty()) fresh.created = fresh.updated = m_options.timestamp;
        m_byId.emplace(id, m_rows.size());
        m_rowLines[m_rows.size()] = line;
        m_rows.push_back(std::move(fresh));
        ++m_result.added;
    }

  public:
    std::map<std::size_t, std::size_t> m_rowLines;  // row index in the table -> CSV line

  private:
    const TableSpec& m_table;
    const ColumnMapping& m_mapping;
    const CellReader& m_reader;
    const ImportOptions& m_options;
    std::vector<Row>& m_rows;
    ImportResult& m_result;
    Errors& m_errors;
    std::map<std::string, std::size_t> m_byId, m_byKey, m_seenIds, m_seenKeys, m_dealOccurrences;
};

// The CSV line of the row a finding points into ("/deals/rows/12/9" -> line of row 12,
// "/partners/3/name" -> line of partner 3); `prefix` is the table's pointerBase.
std::size_t lineOfPointer(const std::string& pointer, const std::string& prefix,
                          const std::map<std::size_t, std::size_t>& rowLines) {
    if (pointer.compare(0, prefix.size(), prefix) != 0) return 0;
    std::size_t row = 0, i = prefix.size();
    if (i >= pointer.size()) return 0;
    for (; i < pointer.size() && pointer[i] != '/'; ++i) {
        if (pointer[i] < '0' || pointer[i] > '9') return 0;
        row = row * 10 + static_cast<std::size_t>(pointer[i] - '0');
    }
    const auto at = rowLines.find(row);
    return at == rowLines.end() ? 0 : at->second;
}

// The importer of one table behind one interface, so a job can hold any of them.
class RowSink {
  public:
    virtual ~RowSink() = default;
    virtual void importRecord(const Record& record, std::size_t headerCells) = 0;
    virtual const std::map<std::size_t, std::size_t>& rowLines() const = 0;
};

template <class Row>
class TableSink : public RowSink {
  public:
    template <class... Args>
    explicit TableSink(Args&&... args) : m_importer(std::forward<Args>(args)...) {}
    void importRecord(const Record& record, std::size_t headerCells) override {
        m_importer.importRecord(record, headerCells);
    }
    const std::map<std::size_t, std::size_t>& rowLines() const override { return m_importer.m_rowLines; }

  private:
    TableImporter<Row> m_importer;
};

}  // namespace

// Everything a job refers to lives here, at a fixed address: the importers keep references.
struct ImportJob::State {
    enum class Phase { Start, Rows, CheckBefore, CheckAfter, Done };

    State(const Document& doc, std::string_view text, ImportOptions opts)
        : original(doc), csvText(text), options(std::move(opts)), errors(result, options.maxErrors) {}

    const Document& original;
    std::string_view csvText;
    ImportOptions options;
    ImportResult result;
    Errors errors;
    Phase phase = Phase::Start;
    const TableSpec* spec = nullptr;
    std::optional<RecordReader> reader;
    std::optional<CellReader> cells;
    ColumnMapping mapping;
    std::vector<std::string> header;
    std::size_t headerLine = 0;
    std::unique_ptr<RowSink> sink;
    std::size_t rows = 0;
    std::set<std::string> findingsBefore;

    void fail(ImportIssue issue) {
        errors.add(std::move(issue));
        finish();
    }

    // All or nothing: any error leaves the document as it was.
    void finish() {
        phase = Phase::Done;
        if (result.errorCount > 0) {
            result.document = original;
            result.added = result.updated = result.unchanged = 0;
            result.findings.clear();
            return;
        }
        result.ok = true;
    }

    void start() {
        spec = findImportTable(options.table);
        if (!spec)
            return fail(
                {0, 0, "",
                 "cannot import into \"" + options.table + "\"; the tables are " + importTableNames()});
        char delimiter = ',';
        if (options.delimiter) {
            delimiter = *options.delimiter;
        } else {
            const DelimiterGuess guess = detectDelimiter(csvText);
            if (!guess.delimiter) return fail({1, 0, "", guess.error});
            delimiter = *guess.delimiter;
        }
        result.delimiter = delimiter;
        reader.emplace(csvText, delimiter);
        Record first;
        const RecordReader::Status status = reader->next(first);
        if (status == RecordReader::Status::Failed) return failToRead();
        if (status == RecordReader::Status::End)
            return fail({0, 0, "",
                         "the file is empty; expected a header row naming the columns, then one row per " +
                             spec->rowKind});
        header = first.fields;
        headerLine = first.line;
        mapping = mapColumns(*spec, header, options.columnMap);
        if (!mapping.ok) return fail({first.line, 0, "", mapping.error});
        result.ignoredHeaders = mapping.ignoredHeaders;
        result.document = original;
        cells.emplace(original, options.decimalMark, options.dateFormat, spec);
        const auto make = [&](auto* row) {
            using Row = std::remove_pointer_t<decltype(row)>;
            if (spec->table == EntityWords<Row>::listKey)
                sink = std::make_unique<TableSink<Row>>(*spec, mapping, *cells, options, result.document,
                                                        result, errors);
        };
        make(static_cast<Deal*>(nullptr));
        make(static_cast<DealRegistration*>(nullptr));
        make(static_cast<ReportSubmission*>(nullptr));
        make(static_cast<KpiRecord*>(nullptr));
        make(static_cast<PriceBookEntry*>(nullptr));
        make(static_cast<DiscountBand*>(nullptr));
        make(static_cast<Partner*>(nullptr));
        make(static_cast<Territory*>(nullptr));
        phase = Phase::Rows;
    }

    // A malformed spot in the file is the one error reported: cells read before it no longer
    // matter, since nothing can be imported from a file that cannot be read.
    void failToRead() {
        const Error& e = reader->error();
        std::string name;
        if (!header.empty() && e.line > headerLine && e.column >= 1 && e.column <= header.size())
            name = header[e.column - 1];
        result.errors.clear();
        result.errorCount = 0;
        fail({e.line, e.column, name, e.message});
    }

    void readRows(std::size_t maxRecords) {
        Record record;
        for (std::size_t n = 0; n < maxRecords; ++n) {
            const RecordReader::Status status = reader->next(record);
            if (status == RecordReader::Status::Failed) return failToRead();
            if (status == RecordReader::Status::End) {
                if (result.errorCount > 0) return finish();
                phase = Phase::CheckBefore;
                return;
            }
            ++rows;
            sink->importRecord(record, header.size());
        }
    }

    // The validation findings the import introduced, with the CSV line of the row they point into.
    void checkBefore() {
        for (const auto& f : validateDocument(original))
            findingsBefore.insert(f.pointer + '\x1f' + f.message);
        phase = Phase::CheckAfter;
    }

    void checkAfter() {
        for (auto& f : validateDocument(result.document))
            if (!findingsBefore.count(f.pointer + '\x1f' + f.message)) {
                const std::size_t line = lineOfPointer(f.pointer, spec->pointerBase, sink->rowLines());
                result.findings.push_back({std::move(f), line});
            }
        finish();
    }
};

ImportJob::ImportJob(const Document& doc, std::string_view csvText, ImportOptions options)
    : m_state(std::make_unique<State>(doc, csvText, std::move(options))) {}
ImportJob::~ImportJob() = default;
ImportJob::ImportJob(ImportJob&&) noexcept = default;
ImportJob& ImportJob::operator=(ImportJob&&) noexcept = default;

bool ImportJob::done() const { return m_state->phase == State::Phase::Done; }

void ImportJob::step(std::size_t maxRecords) {
    State& s = *m_state;
    switch (s.phase) {
        case State::Phase::Start:
            s.start();
            break;
        case State::Phase::Rows:
            s.readRows(std::max<std::size_t>(maxRecords, 1));
            break;
        case State::Phase::CheckBefore:
            s.checkBefore();
            break;
        case State::Phase::CheckAfter:
            s.checkAfter();
            break;
        case State::Phase::Done:
            break;
    }
}

double ImportJob::progress() const {
    const State& s = *m_state;
    switch (s.phase) {
        case State::Phase::Start:
            return 0.0;
        case State::Phase::Rows: {
            const std::size_t size = s.csvText.size();
            return size == 0 ? 0.9
                             : 0.9 * static_cast<double>(s.reader->offset()) / static_cast<double>(size);
        }
        case State::Phase::CheckBefore:
            return 0.9;
        case State::Phase::CheckAfter:
            return 0.95;
        case State::Phase::Done:
            return 1.0;
    }
    return 0.0;
}

bool ImportJob::checkingDocument() const {
    return m_state->phase == State::Phase::CheckBefore || m_state->phase == State::Phase::CheckAfter;
}

std::size_t ImportJob::rowsRead() const { return m_state->rows; }

const ImportResult& ImportJob::result() const { return m_state->result; }

ImportResult ImportJob::takeResult() { return std::move(m_state->result); }

ImportResult importCsv(const Document& doc, std::string_view csvText, const ImportOptions& options) {
    ImportJob job(doc, csvText, options);
    while (!job.done()) job.step(std::numeric_limits<std::size_t>::max());
    return job.takeResult();
}

std::string formatIssue(const std::string& file, const ImportIssue& issue) {
    std::string out = file;
    if (issue.line) out += ":" + std::to_string(issue.line);
    if (issue.line && issue.column) out += ":" + std::to_string(issue.column);
    if (!issue.header.empty()) out += " (" + issue.header + ")";
    return out + ": " + issue.message;
}

std::string importSummary(const ImportResult& result, const std::string& table, const std::string& file) {
    std::string rows = table;
    for (char& c : rows)
        if (c == '_') c = ' ';
    return "added " + std::to_string(result.added) + ", updated " + std::to_string(result.updated) +
           ", unchanged " + std::to_string(result.unchanged) + " " + rows + " from " + file;
}

}  // namespace sc::csv
