#include "logic/table_model.h"

#include <algorithm>
#include <cctype>

namespace sc::web {

namespace {

std::string lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

}  // namespace

TableCell cellOf(const sc::Document& doc, const edit::FieldValue& value, const sc::FieldInfo& info) {
    TableCell cell;
    cell.text = displayValue(doc, value, info);
    if (const auto* n = std::get_if<std::int64_t>(&value)) cell = {cell.text, true, static_cast<double>(*n)};
    else if (const auto* d = std::get_if<double>(&value)) cell = {cell.text, true, *d};
    else if (const auto* o = std::get_if<std::optional<double>>(&value)) {
        if (*o) cell = {cell.text, true, **o};
    } else if (const auto* n = std::get_if<std::optional<std::int64_t>>(&value)) {
        if (*n) cell = {cell.text, true, static_cast<double>(**n)};
    }
    return cell;
}

std::vector<std::string> filterWords(const std::string& filter) {
    std::vector<std::string> words;
    std::string word;
    for (char c : lower(filter) + " ") {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!word.empty()) words.push_back(word);
            word.clear();
        } else {
            word += c;
        }
    }
    return words;
}

bool rowMatches(const std::vector<TableCell>& cells, const std::vector<std::string>& words) {
    if (words.empty()) return true;
    std::string all;
    for (const auto& cell : cells) all += lower(cell.text) + "\x1f";
    for (const auto& w : words)
        if (all.find(w) == std::string::npos) return false;
    return true;
}

std::vector<std::size_t> filterRows(const TableModel& model, const std::string& filter) {
    const std::vector<std::string> words = filterWords(filter);
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < model.rows.size(); ++i)
        if (rowMatches(model.rows[i].cells, words)) out.push_back(i);
    return out;
}

void sortRows(const TableModel& model, std::vector<std::size_t>& order, int column, bool ascending) {
    if (column < 0 || static_cast<std::size_t>(column) >= model.headers.size()) return;
    const auto c = static_cast<std::size_t>(column);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const TableCell& x = model.rows[a].cells[c];
        const TableCell& y = model.rows[b].cells[c];
        bool less;
        if (x.numeric && y.numeric) less = ascending ? x.number < y.number : y.number < x.number;
        else if (x.numeric != y.numeric) less = x.numeric;  // numbers before blanks either way
        else less = ascending ? lower(x.text) < lower(y.text) : lower(y.text) < lower(x.text);
        return less;
    });
}

std::string toTsv(const TableModel& model, const std::vector<std::size_t>& order) {
    const auto clean = [](const std::string& s) {
        std::string out = s;
        for (char& ch : out)
            if (ch == '\t' || ch == '\n' || ch == '\r') ch = ' ';
        return out == "—" ? std::string() : out;
    };
    std::string out;
    for (std::size_t c = 0; c < model.headers.size(); ++c) out += (c ? "\t" : "") + clean(model.headers[c]);
    out += "\n";
    for (std::size_t i : order) {
        const auto& cells = model.rows[i].cells;
        for (std::size_t c = 0; c < cells.size(); ++c) out += (c ? "\t" : "") + clean(cells[c].text);
        out += "\n";
    }
    return out;
}

}  // namespace sc::web
