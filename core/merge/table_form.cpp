#include "merge/table_form.h"

#include <algorithm>
#include <set>

#include "format/json_codec.h"

namespace sc::merge {
namespace {

bool isReadableTable(const Json& t) {
    if (!t.is_object() || !t.contains("columns") || !t.contains("rows")) return false;
    const Json& columns = t["columns"];
    if (!columns.is_array() || !t["rows"].is_array()) return false;
    return std::all_of(columns.begin(), columns.end(), [](const Json& c) { return c.is_string(); });
}

bool isKnown(const std::vector<std::string>& known, const std::string& column) {
    return std::find(known.begin(), known.end(), column) != known.end();
}

void toObjectForm(Json& table, const std::vector<std::string>& known) {
    std::vector<std::string> columns;
    for (const auto& c : table["columns"]) columns.push_back(c.get<std::string>());
    std::vector<bool> columnKnown;
    for (const auto& c : columns) columnKnown.push_back(isKnown(known, c));
    Json out = Json::object();
    Json& rows = out["rows"] = Json::array();
    for (Json& row : table["rows"]) {
        if (!row.is_array() || row.size() != columns.size()) {
            rows.push_back(std::move(row));
            continue;
        }
        Json object = Json::object();
        for (std::size_t c = 0; c < columns.size(); ++c)
            if (columnKnown[c] || !row[c].is_null()) object[columns[c]] = std::move(row[c]);
        rows.push_back(std::move(object));
    }
    out[kObjectRowsMarker] = true;
    for (auto k = table.begin(); k != table.end(); ++k)
        if (k.key() != "columns" && k.key() != "rows") out[k.key()] = std::move(k.value());
    table = std::move(out);
}

}  // namespace

void objectFormWhereColumnsDiffer(const std::vector<Json*>& trees) {
    std::set<std::string> tables;
    for (const Json* tree : trees)
        if (tree && tree->is_object())
            for (auto it = tree->begin(); it != tree->end(); ++it)
                if (!tableColumns(it.key()).empty()) tables.insert(it.key());
    for (const auto& name : tables) {
        const Json* first = nullptr;
        bool differ = false;
        for (const Json* tree : trees) {
            if (!tree || !tree->is_object()) continue;
            auto t = tree->find(name);
            if (t == tree->end() || !isReadableTable(*t)) continue;
            if (first && *first != t->at("columns")) differ = true;
            if (!first) first = &t->at("columns");
        }
        if (!differ) continue;
        for (Json* tree : trees) {
            if (!tree || !tree->is_object()) continue;
            auto t = tree->find(name);
            if (t != tree->end() && isReadableTable(*t)) toObjectForm(*t, tableColumns(name));
        }
    }
}

void tablesToRowForm(Json& tree) {
    if (!tree.is_object()) return;
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        Json& table = it.value();
        if (!table.is_object() || !table.contains(kObjectRowsMarker)) continue;
        const auto& known = tableColumns(it.key());
        std::set<std::string> others;
        for (const Json& row : table["rows"])
            if (row.is_object())
                for (auto cell = row.begin(); cell != row.end(); ++cell)
                    if (!isKnown(known, cell.key())) others.insert(cell.key());
        std::vector<std::string> columns(known.begin(), known.end());
        columns.insert(columns.end(), others.begin(), others.end());
        Json out = Json::object();
        out["columns"] = columns;
        Json& rows = out["rows"] = Json::array();
        for (Json& row : table["rows"]) {
            if (!row.is_object()) {
                rows.push_back(std::move(row));
                continue;
            }
            Json cells = Json::array();
            for (const auto& c : columns) {
                auto cell = row.find(c);
                cells.push_back(cell == row.end() ? Json() : std::move(*cell));
            }
            rows.push_back(std::move(cells));
        }
        for (auto k = table.begin(); k != table.end(); ++k)
            if (k.key() != "rows" && k.key() != kObjectRowsMarker) out[k.key()] = std::move(k.value());
        table = std::move(out);
    }
}

}  // namespace sc::merge
