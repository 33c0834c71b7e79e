// Stepwise filter and sort (see row_query.h).
#include "logic/row_query.h"

#include <algorithm>
#include <cctype>
#include <numeric>

namespace sc::web {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

void RowQuery::start(std::size_t rows, RowQuerySpec spec) {
    m_spec = std::move(spec);
    m_rows = rows;
    m_next = 0;
    m_order.clear();
    m_keys.clear();
    m_words = filterWords(m_spec.filter);
    m_done = false;
    if (m_words.empty() && m_spec.column < 0) {
        // Nothing to look at: the table's own order, at once.
        m_order.resize(rows);
        std::iota(m_order.begin(), m_order.end(), 0u);
        m_next = rows;
        m_done = true;
    }
}

bool RowQuery::step(const RowCells& cells, std::size_t budget) {
    if (m_done) return true;
    const std::size_t end = std::min(m_rows, m_next + std::max<std::size_t>(budget, 1));
    const auto column = static_cast<std::size_t>(m_spec.column);
    for (; m_next < end; ++m_next) {
        const std::vector<TableCell> row = cells(m_next);
        if (!rowMatches(row, m_words)) continue;
        m_order.push_back(static_cast<std::uint32_t>(m_next));
        if (m_spec.column >= 0) {
            Key key;
            if (column < row.size()) {
                key.numeric = row[column].numeric;
                key.number = row[column].number;
                if (!key.numeric) key.text = lower(row[column].text);
            }
            m_keys.push_back(std::move(key));
        }
    }
    if (m_next < m_rows) return false;
    if (m_spec.column >= 0) {
        // Numbers by value, before blanks and text either way; text case-insensitively; ties in
        // the table's order (a stable sort of positions).
        std::vector<std::uint32_t> pos(m_order.size());
        std::iota(pos.begin(), pos.end(), 0u);
        const bool asc = m_spec.ascending;
        std::stable_sort(pos.begin(), pos.end(), [&](std::uint32_t a, std::uint32_t b) {
            const Key& x = m_keys[a];
            const Key& y = m_keys[b];
            if (x.numeric && y.numeric) return asc ? x.number < y.number : y.number < x.number;
            if (x.numeric != y.numeric) return x.numeric;
            return asc ? x.text < y.text : y.text < x.text;
        });
        std::vector<std::uint32_t> sorted(pos.size());
        for (std::size_t i = 0; i < pos.size(); ++i) sorted[i] = m_order[pos[i]];
        m_order = std::move(sorted);
        m_keys.clear();
        m_keys.shrink_to_fit();
    }
    m_done = true;
    return true;
}

}  // namespace sc::web
