// Reading and writing a table row's columns by name, through describe() (model/describe.h), so
// the importer needs no per-table setters: text columns take CellValue::text, integer and
// true/false columns CellValue::number, list columns (regions, approved segments) CellValue::list.
// A column that may be not set (std::optional: a price book entry's prices, a band's limits) is
// not set when CellValue::unset, which is what an empty cell gives (a new row's value): an empty
// cell never becomes 0.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "model/describe.h"
#include "import/cell_reader.h"

namespace sc::csv {

using RowValues = std::vector<std::pair<const std::string*, CellValue>>;  // (column name, value)

// Sets every column named in `values`.
struct AssignColumns {
    const RowValues& values;
    const CellValue* find(const char* key) const {
        for (const auto& [name, value] : values)
            if (*name == key) return &value;
        return nullptr;
    }
    void field(const char* key, std::string& member, const FieldInfo&) {
        if (const CellValue* v = find(key)) member = v->text;
    }
    void field(const char* key, std::int64_t& member, const FieldInfo&) {
        if (const CellValue* v = find(key)) member = v->number;
    }
    void field(const char* key, std::optional<std::int64_t>& member, const FieldInfo&) {
        if (const CellValue* v = find(key)) member = v->unset ? std::nullopt : std::optional(v->number);
    }
    void field(const char* key, bool& member, const FieldInfo&) {
        if (const CellValue* v = find(key)) member = v->number != 0;
    }
    void field(const char* key, std::vector<std::string>& member, const FieldInfo&) {
        if (const CellValue* v = find(key)) member = v->list;
    }
    template <class T>
    void field(const char*, T&, const FieldInfo&) {}
};

// Reads one column's value (what an empty cell stores: the column's value in a new row).
struct ReadColumn {
    const std::string& key;
    CellValue value;
    void field(const char* k, std::string& member, const FieldInfo&) {
        if (key == k) value.text = member;
    }
    void field(const char* k, std::int64_t& member, const FieldInfo&) {
        if (key == k) value.number = member;
    }
    void field(const char* k, std::optional<std::int64_t>& member, const FieldInfo&) {
        if (key != k) return;
        value.number = member.value_or(0);
        value.unset = !member;
    }
    void field(const char* k, bool& member, const FieldInfo&) {
        if (key == k) value.number = member ? 1 : 0;
    }
    void field(const char* k, std::vector<std::string>& member, const FieldInfo&) {
        if (key == k) value.list = member;
    }
    template <class T>
    void field(const char*, T&, const FieldInfo&) {}
};

// Every text, integer, true/false and list column in one string: equal rows, equal strings.
struct RowFingerprint {
    std::string text;
    void field(const char*, std::string& member, const FieldInfo&) { text += member + '\x1f'; }
    void field(const char*, std::int64_t& member, const FieldInfo&) {
        text += std::to_string(member) + '\x1f';
    }
    void field(const char*, std::optional<std::int64_t>& member, const FieldInfo&) {
        text += (member ? std::to_string(*member) : std::string("-")) + '\x1f';  // not set differs from 0
    }
    void field(const char*, bool& member, const FieldInfo&) { text += member ? "1\x1f" : "0\x1f"; }
    void field(const char*, std::vector<std::string>& member, const FieldInfo&) {
        for (const auto& line : member) text += line + '\x1e';  // one separator per line, another per field
        text += '\x1f';
    }
    template <class T>
    void field(const char*, T&, const FieldInfo&) {}
};

template <class Row>
void assignColumns(Row& row, const RowValues& values) {
    AssignColumns v{values};
    describe(v, row);
}

template <class Row>
CellValue defaultColumnValue(const std::string& column) {
    Row fresh;
    ReadColumn v{column, {}};
    describe(v, fresh);
    return v.value;
}

template <class Row>
std::string fingerprint(const Row& row) {
    RowFingerprint v;
    describe(v, const_cast<Row&>(row));  // the visitor only reads
    return v.text;
}

}  // namespace sc::csv
