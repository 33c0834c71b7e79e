// Turns one CSV cell into the value its column stores, by the column's kind: money, percent,
// dates, choices, partner references. Knows the document's partners, territories and currency.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <string_view>

#include "import/cell_values.h"
#include "import/column_mapping.h"
#include "model/document.h"

namespace sc::csv {

// A stored value: text for text columns, a number for integer and yes/no columns.
struct CellValue {
    std::string text;
    std::int64_t number = 0;
};

class CellReader {
  public:
    CellReader(const Document& doc, DecimalMark mark, DateFormat dateFormat);

    // False with `error` set when the cell cannot be read. `kpi` is the row's KPI (for KpiValue).
    bool read(const MappedColumn& column, std::string_view cell, const std::string& kpi, CellValue& value,
              std::string& error) const;

  private:
    bool readPartner(std::string_view cell, CellValue& value, std::string& error) const;

    const Document& m_doc;
    DecimalMark m_mark;
    DateFormat m_dateFormat;
    std::map<std::string, std::string> m_partnerIds;    // lower-case id -> id
    std::map<std::string, std::string> m_partnerNames;  // lower-case name -> id ("" when two share it)
    std::map<std::string, std::string> m_territories;   // lower-case id or name -> id
};

}  // namespace sc::csv
