#include "import/csv_preview.h"

#include <map>

#include "import/csv_parser.h"

namespace sc::csv {

namespace {

std::string at(std::size_t line, std::size_t column, const std::string& message) {
    std::string where = "line " + std::to_string(line);
    if (column > 0) where += ", column " + std::to_string(column);
    return where + ": " + message;
}

// Two header cells with one name would make two cells share one key: refused, naming both.
std::string duplicateHeader(const Record& header) {
    std::map<std::string, std::size_t> seen;
    for (std::size_t i = 0; i < header.fields.size(); ++i) {
        const auto [it, fresh] = seen.emplace(header.fields[i], i + 1);
        if (!fresh)
            return at(header.line, i + 1,
                      "the header names '" + header.fields[i] + "' twice (columns " +
                          std::to_string(it->second) + " and " + std::to_string(i + 1) + ")");
    }
    return {};
}

}  // namespace

Preview preview(std::string_view text, char delimiter) {
    Preview result;
    if (delimiter == 0) {
        const DelimiterGuess guess = detectDelimiter(text);
        if (!guess.delimiter) {
            result.error = guess.error;
            return result;
        }
        delimiter = *guess.delimiter;
    }
    result.delimiter = delimiter;
    const Table table = parse(text, delimiter);
    if (!table.ok) {
        result.error = at(table.error.line, table.error.column, table.error.message);
        return result;
    }
    if (table.records.empty()) {
        result.error = "the file has no header row";
        return result;
    }
    const Record& header = table.records.front();
    if (std::string why = duplicateHeader(header); !why.empty()) {
        result.error = why;
        return result;
    }
    result.header = header.fields;
    for (std::size_t r = 1; r < table.records.size(); ++r) {
        const Record& record = table.records[r];
        if (record.fields.size() != header.fields.size())
            result.warnings.push_back("line " + std::to_string(record.line) + ": " +
                                      std::to_string(record.fields.size()) + " cells, the header has " +
                                      std::to_string(header.fields.size()));
        Json row = Json::object();
        for (std::size_t c = 0; c < record.fields.size(); ++c) {
            std::string key = c < header.fields.size() ? header.fields[c] : "column " + std::to_string(c + 1);
            while (row.contains(key)) key += " (extra)";  // a header may itself be named "column 7"
            row[key] = record.fields[c];
        }
        result.rows.push_back(std::move(row));
    }
    result.ok = true;
    return result;
}

}  // namespace sc::csv
