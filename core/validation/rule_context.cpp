#include "validation/rule_context.h"

#include <algorithm>

#include "format/json_codec.h"

namespace sc::rules {

std::string at(const std::string& base, std::size_t index) { return base + "/" + std::to_string(index); }

std::string at(const std::string& base, const std::string& key) { return base + "/" + pointerToken(key); }

std::string tableCell(const std::string& table, std::size_t row, const std::string& column) {
    const auto& columns = tableColumns(table);
    auto pos = std::find(columns.begin(), columns.end(), column);
    const std::string rowPointer = "/" + table + "/rows/" + std::to_string(row);
    if (pos == columns.end()) return rowPointer;  // unknown column: point at the whole row
    return rowPointer + "/" + std::to_string(pos - columns.begin());
}

std::string quote(const std::string& text) { return "'" + text + "'"; }

std::string nameOf(const std::string& kind, const Entity& e, std::size_t index) {
    if (!e.name.empty()) return kind + " " + quote(e.name);
    if (!e.id.empty()) return kind + " " + quote(e.id);
    return kind + " #" + std::to_string(index + 1);
}

std::string rowName(const std::string& kind, const Entity& e, std::size_t index) {
    if (!e.name.empty()) return kind + " " + quote(e.name);
    if (!e.id.empty()) return kind + " " + quote(e.id);
    return kind + " in row " + std::to_string(index + 1);
}

}  // namespace sc::rules
