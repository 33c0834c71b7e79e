// Filtering and sorting a table too big to format at once (a million deals): the cells of a
// row are computed on demand, and the work is done in steps of a bounded number of rows, so a
// frame never stalls on it and the view shows how far it got. The result is the order of the
// matching rows. ImGui-free: tested natively.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "logic/table_model.h"

namespace sc::web {

// Every cell of row `row`, in column order.
using RowCells = std::function<std::vector<TableCell>(std::size_t row)>;

struct RowQuerySpec {
    std::string filter;  // words that must all occur in the row (case-insensitive); "" = all rows
    int column = -1;     // sort column; -1 = the table's own order
    bool ascending = true;
    bool operator==(const RowQuerySpec& o) const {
        return filter == o.filter && column == o.column && ascending == o.ascending;
    }
};

class RowQuery {
  public:
    // Starts over on a table of `rows` rows.
    void start(std::size_t rows, RowQuerySpec spec);
    // Looks at up to `budget` more rows (then sorts, once every row was seen); true when done.
    bool step(const RowCells& cells, std::size_t budget);

    bool done() const { return m_done; }
    // 0..1: the share of rows looked at.
    double progress() const {
        return m_rows ? static_cast<double>(m_next) / static_cast<double>(m_rows) : 1.0;
    }
    const RowQuerySpec& spec() const { return m_spec; }
    std::size_t rows() const { return m_rows; }
    // The matching rows in display order (complete once done()).
    const std::vector<std::uint32_t>& order() const { return m_order; }

  private:
    struct Key {
        bool numeric = false;
        double number = 0;
        std::string text;
    };
    RowQuerySpec m_spec;
    std::vector<std::string> m_words;
    std::size_t m_rows = 0;
    std::size_t m_next = 0;
    bool m_done = true;
    std::vector<std::uint32_t> m_order;
    std::vector<Key> m_keys;  // of m_order's rows, while sorting
};

}  // namespace sc::web
