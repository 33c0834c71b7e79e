// Turns one CSV cell into the value its column stores, by the column's kind: money, percent,
// dates, choices, lists, references. Knows the document's partners, territories, the entities
// the table's other references name, and the currency.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "import/cell_values.h"
#include "import/column_mapping.h"
#include "model/document.h"

namespace sc::csv {

// A stored value: text for text columns, a number for integer and yes/no columns, lines for
// list columns. `unset`: a column that may be not set (a price book entry's prices) is not set,
// as an empty cell leaves it; its `number` is then meaningless.
struct CellValue {
    std::string text;
    std::int64_t number = 0;
    std::vector<std::string> list;
    bool unset = false;
};

// The separators of a list cell ("Iowa; Illinois | Indiana"): ';', '|' and line breaks (a
// spreadsheet's Alt+Enter). Commas are kept: names hold them ("Washington, D.C.").
std::vector<std::string> splitListCell(std::string_view cell);

class CellReader {
  public:
    // `table` says which entity kinds its reference columns name (looked up once, here).
    CellReader(const Document& doc, DecimalMark mark, DateFormat dateFormat,
               const TableSpec* table = nullptr);

    // False with `error` set when the cell cannot be read. `kpi` is the row's KPI (for KpiValue).
    bool read(const MappedColumn& column, std::string_view cell, const std::string& kpi, CellValue& value,
              std::string& error) const;

  private:
    bool readPartner(std::string_view cell, CellValue& value, std::string& error) const;
    std::string referenceId(const std::string& target, std::string_view cell) const;

    const Document& m_doc;
    DecimalMark m_mark;
    DateFormat m_dateFormat;
    std::map<std::string, std::string> m_partnerIds;    // lower-case id -> id
    std::map<std::string, std::string> m_partnerNames;  // lower-case name -> id ("" when two share it)
    std::map<std::string, std::string> m_territories;   // lower-case id or name -> id
    std::map<std::string, std::map<std::string, std::string>> m_references;  // kind -> lower id/name -> id
};

}  // namespace sc::csv
