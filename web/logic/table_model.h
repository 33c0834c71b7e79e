// The rows an entity table shows, built from the field descriptions: each cell's text as a
// person reads it (money in the document's currency, percentages, names of what a reference
// points to) and a key to sort by (numbers by value, not as text). Filtering, sorting and the
// TSV a spreadsheet pastes are plain functions here, tested natively; widgets/entity_table
// only draws. ImGui-free.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "logic/field_text.h"
#include "model/walk.h"

namespace sc::web {

struct TableCell {
    std::string text;
    bool numeric = false;
    double number = 0;     // sort key when numeric
    std::string rag = {};  // "red" | "amber" | "green": the cell is filled in that status colour
};

struct TableRow {
    std::string id;  // the item's id ("#n" for items without one)
    std::vector<TableCell> cells;
};

struct TableModel {
    std::vector<std::string> headers;
    std::vector<TableRow> rows;
};

// One column per key in `columns` (field keys of T), one row per item, in list order.
template <class T>
TableModel buildTable(const sc::Document& doc, const std::vector<T>& items,
                      const std::vector<std::string_view>& columns);

// The words of a filter, lower-cased ("Delta  Growers" -> {"delta", "growers"}).
std::vector<std::string> filterWords(const std::string& filter);
// True when every word (from filterWords) occurs in some cell of the row, case-insensitively.
bool rowMatches(const std::vector<TableCell>& cells, const std::vector<std::string>& words);

// Indices of the rows whose cells contain `filter` (case-insensitive; every word must occur
// somewhere in the row); all rows for an empty filter.
std::vector<std::size_t> filterRows(const TableModel& model, const std::string& filter);

// Sorts `order` (row indices) by column `column`: numbers by value, text case-insensitively;
// ties keep list order.
void sortRows(const TableModel& model, std::vector<std::size_t>& order, int column, bool ascending);

// The header and the rows in `order` as tab-separated values (tabs and line breaks inside a
// cell become spaces), one line per row: what Copy as TSV puts on the clipboard.
std::string toTsv(const TableModel& model, const std::vector<std::size_t>& order);

// ---- implementation of the template ----

TableCell cellOf(const sc::Document& doc, const edit::FieldValue& value, const sc::FieldInfo& info);

template <class T>
TableModel buildTable(const sc::Document& doc, const std::vector<T>& items,
                      const std::vector<std::string_view>& columns) {
    TableModel model;
    model.headers.resize(columns.size());
    T probe;
    forEachField(probe, [&](const char* key, auto&, const sc::FieldInfo& info) {
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (columns[c] == key) model.headers[c] = std::string(info.label);
    });
    model.rows.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) {
        TableRow row;
        const std::string* id = idMemberOf(items[i]);
        row.id = id && !id->empty() ? *id : "#" + std::to_string(i);
        row.cells.resize(columns.size());
        forEachField(const_cast<T&>(items[i]), [&](const char* key, auto& member, const sc::FieldInfo& info) {
            using M = std::decay_t<decltype(member)>;
            if constexpr (std::is_constructible_v<edit::FieldValue, std::in_place_type_t<M>, M>) {
                for (std::size_t c = 0; c < columns.size(); ++c)
                    if (columns[c] == key)
                        row.cells[c] = cellOf(doc, edit::FieldValue(std::in_place_type<M>, member), info);
            } else if constexpr (kIsEntityList<M>) {
                for (std::size_t c = 0; c < columns.size(); ++c)
                    if (columns[c] == key)
                        row.cells[c] = TableCell{std::to_string(member.size()), true, double(member.size())};
            }
        });
        model.rows.push_back(std::move(row));
    }
    return model;
}

}  // namespace sc::web
