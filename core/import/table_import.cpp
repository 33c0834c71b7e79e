#include "import/table_import.h"

#include <map>
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

std::vector<Deal>& rowsOf(Document& d, Deal*) { return d.deals; }
std::vector<DealRegistration>& rowsOf(Document& d, DealRegistration*) { return d.dealRegistrations; }
std::vector<ReportSubmission>& rowsOf(Document& d, ReportSubmission*) { return d.reportSubmissions; }
std::vector<KpiRecord>& rowsOf(Document& d, KpiRecord*) { return d.kpiRecords; }
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

// Findings of `after` that `before` did not have: what the import introduced.
void newFindings(const Document& before, const Document& after, const std::string& pointerBase,
                 const std::map<std::size_t, std::size_t>& rowLines, ImportResult& result) {
    std::set<std::string> old;
    for (const auto& f : validateDocument(before)) old.insert(f.pointer + '\x1f' + f.message);
    for (auto& f : validateDocument(after))
        if (!old.count(f.pointer + '\x1f' + f.message)) {
            const std::size_t line = lineOfPointer(f.pointer, pointerBase, rowLines);
            result.findings.push_back({std::move(f), line});
        }
}

template <class Row>
void importTable(const TableSpec& spec, const Table& csv, const CellReader& reader,
                 const ImportOptions& options, ImportResult& result, Errors& errors,
                 const Document& original) {
    const Record& header = csv.records.front();
    const ColumnMapping mapping = mapColumns(spec, header.fields, options.columnMap);
    if (!mapping.ok) {
        errors.add({header.line, 0, "", mapping.error});
        return;
    }
    result.ignoredHeaders = mapping.ignoredHeaders;
    TableImporter<Row> importer(spec, mapping, reader, options, result.document, result, errors);
    for (std::size_t i = 1; i < csv.records.size(); ++i)
        importer.importRecord(csv.records[i], header.fields.size());
    if (result.errorCount == 0)
        newFindings(original, result.document, spec.pointerBase, importer.m_rowLines, result);
}

}  // namespace

ImportResult importCsv(const Document& doc, std::string_view csvText, const ImportOptions& options) {
    ImportResult result;
    result.document = doc;
    Errors errors(result, options.maxErrors);
    const TableSpec* spec = findImportTable(options.table);
    if (!spec) {
        errors.add(
            {0, 0, "", "cannot import into \"" + options.table + "\"; the tables are " + importTableNames()});
        return result;
    }
    char delimiter = ',';
    if (options.delimiter) {
        delimiter = *options.delimiter;
    } else {
        const DelimiterGuess guess = detectDelimiter(csvText);
        if (!guess.delimiter) {
            errors.add({1, 0, "", guess.error});
            return result;
        }
        delimiter = *guess.delimiter;
    }
    result.delimiter = delimiter;
    const Table csv = parse(csvText, delimiter);
    if (!csv.ok) {
        std::string header;
        if (!csv.records.empty() && csv.error.line > csv.records[0].line && csv.error.column >= 1 &&
            csv.error.column <= csv.records[0].fields.size())
            header = csv.records[0].fields[csv.error.column - 1];
        errors.add({csv.error.line, csv.error.column, header, csv.error.message});
        return result;
    }
    if (csv.records.empty()) {
        errors.add({0, 0, "",
                    "the file is empty; expected a header row naming the columns, then one row per " +
                        spec->rowKind});
        return result;
    }
    const CellReader reader(doc, options.decimalMark, options.dateFormat, spec);
    const auto import = [&](auto* row) {
        using Row = std::remove_pointer_t<decltype(row)>;
        if (spec->table == EntityWords<Row>::listKey)
            importTable<Row>(*spec, csv, reader, options, result, errors, doc);
    };
    import(static_cast<Deal*>(nullptr));
    import(static_cast<DealRegistration*>(nullptr));
    import(static_cast<ReportSubmission*>(nullptr));
    import(static_cast<KpiRecord*>(nullptr));
    import(static_cast<PriceBookEntry*>(nullptr));
    import(static_cast<DiscountBand*>(nullptr));
    import(static_cast<Partner*>(nullptr));
    import(static_cast<Territory*>(nullptr));
    if (result.errorCount > 0) {
        result.document = doc;  // all or nothing
        result.added = result.updated = result.unchanged = 0;
        result.findings.clear();
        return result;
    }
    result.ok = true;
    return result;
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
