// Which CSV column fills which column of a document table. Each importable table lists its
// columns with the kind of value they hold and the header names spreadsheets use for them
// ("Partner", "partner_id", "Partner ID" ...). The columns, kinds, vocabularies and reference
// targets come from the field descriptions (model/describe.h, see import/import_tables.cpp);
// only the spreadsheet words are the importer's own (import/import_hints.cpp). Headers match in
// any case and spacing; --map "CSV Header=column" overrides the automatic choice.
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace sc::csv {

enum class CellKind {
    Id,  // the row's id (text)
    Text,
    Partner,    // a partner id or exact name (case-insensitive) -> partner id
    Territory,  // a territory id or name -> territory id (unknown text kept for validation)
    Money,      // -> minor units
    Percent,    // -> basis points
    Count,      // whole number
    YesNo,
    Date,           // -> YYYY-MM-DD
    Month,          // -> YYYY-MM
    Choice,         // one of `choices`
    KpiValue,       // percent for rate KPIs, a count for escalation_frequency
    List,           // several lines in one cell, split at ';', '|' or a line break
    Reference,      // an id or name of a `target` entity -> its id (unknown text kept for validation)
    ReferenceList,  // a List of References
};

struct ColumnSpec {
    std::string column;  // the document's column ("discount_bp")
    CellKind kind = CellKind::Text;
    bool required = false;
    std::vector<std::string> synonyms;                         // normalised header names, best first
    std::vector<std::pair<std::string, std::string>> choices;  // normalised spelling -> value
    std::string target;  // Reference(List): the entity kind it names ("channel", "segment")
};

struct TableSpec {
    std::string table;        // "deals", "price_book"
    std::string rowKind;      // "deal", for messages
    std::string pointerBase;  // where its rows are in the file: "/deals/rows/", "/partners/"
    std::vector<ColumnSpec> columns;
};

// The importable tables: the row tables deals, deal_registrations, report_submissions,
// kpi_records, and the lists price_book, discount_bands, territories (rules of engagement) and
// partners. Defined in import_tables.cpp.
const std::vector<TableSpec>& importTables();
const TableSpec* findImportTable(const std::string& table);
// "deals, deal_registrations, ..., territories", for messages and usage texts.
std::string importTableNames();

// "  Partner ID " -> "partner_id", "Discount (%)" -> "discount": lower case, every run of
// characters other than letters and digits becomes one "_", none at the ends.
std::string normaliseHeader(std::string_view header);

// True when a header (normalised) names the stored unit of a column of `kind`: minor units for
// money ("price_cents", "Price (cents)", "list_price_minor"), basis points for percentages
// ("discount_bp"). Such cells are integers in that unit rather than amounts or percentages.
bool headerNamesStoredUnit(const std::string& normalHeader, CellKind kind);

struct MappedColumn {
    std::size_t csvIndex = 0;  // 0-based position in the CSV row
    std::string header;        // as written in the file
    const ColumnSpec* spec = nullptr;
    // The header names the stored unit ("list_price_minor", "discount_bp", "value_bp"): the
    // cells are integers in that unit rather than amounts or percentages.
    bool storedUnit = false;
};

struct ColumnMapping {
    bool ok = false;
    std::vector<MappedColumn> columns;        // in the table's column order
    std::vector<std::string> ignoredHeaders;  // headers that fill nothing
    std::string error;                        // when !ok
};

// The column an override names to leave a header unread ("Status=-").
inline const char* const kIgnoreColumn = "-";

// Maps the header row to the table's columns. `overrides` are (CSV header, column) pairs.
// Refuses a missing required column (listing the headers found and those expected), two
// headers claiming one column equally, and an override naming an unknown header or column.
ColumnMapping mapColumns(const TableSpec& table, const std::vector<std::string>& headers,
                         const std::vector<std::pair<std::string, std::string>>& overrides);

}  // namespace sc::csv
