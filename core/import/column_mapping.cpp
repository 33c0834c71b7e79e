#include "import/column_mapping.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "import/cell_values.h"

namespace sc::csv {
namespace {

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::string quotedList(const std::vector<std::string>& items) {
    std::string out;
    for (const auto& item : items) out += (out.empty() ? "" : ", ") + quoteCell(item);
    return out.empty() ? "(none)" : out;
}

std::string columnList(const TableSpec& table) {
    std::string out;
    for (const auto& c : table.columns)
        out += (out.empty() ? "" : ", ") + c.column + (c.required ? " (required)" : "");
    return out;
}

}  // namespace

std::string normaliseHeader(std::string_view header) {
    std::string out;
    bool gap = false;
    for (unsigned char c : header) {
        if (std::isalnum(c) || c >= 0x80) {  // letters of other scripts are kept as they are
            if (gap && !out.empty()) out += '_';
            out += static_cast<char>(std::tolower(c));
            gap = false;
        } else {
            gap = true;
        }
    }
    return out;
}

namespace {
// "price_in_cents" -> "price", "discount_bp" -> "discount": the header without the unit it names.
std::string withoutUnit(const std::string& normalHeader) {
    for (const char* unit : {"_in_cents", "_cents", "_in_minor_units", "_minor_units", "_minor",
                             "_in_basis_points", "_basis_points", "_bp"}) {
        const std::string u = unit;
        if (endsWith(normalHeader, u) && normalHeader.size() > u.size())
            return normalHeader.substr(0, normalHeader.size() - u.size());
    }
    return normalHeader;
}
}  // namespace

// Whether the cells are in the stored unit is what the header says, for the kind of the column
// it fills: "price_cents", "Price (cents)", "price in cents", "Price (minor units)",
// "list_price_minor" hold minor units; "discount_bp", "Discount (basis points)" basis points.
// Decided per target kind, so a header mapped with --map onto another column keeps the unit it
// names (395090 cents stays 3,950.90, never 395,090.00).
bool headerNamesStoredUnit(const std::string& normalHeader, CellKind kind) {
    if (kind == CellKind::Money)
        return endsWith(normalHeader, "_minor") || endsWith(normalHeader, "_cents") ||
               endsWith(normalHeader, "_minor_units") || normalHeader == "cents" || normalHeader == "minor" ||
               normalHeader == "minor_units";
    if (kind == CellKind::Percent || kind == CellKind::KpiValue)
        return endsWith(normalHeader, "_bp") || endsWith(normalHeader, "_basis_points") ||
               normalHeader == "bp";
    return false;
}

ColumnMapping mapColumns(const TableSpec& table, const std::vector<std::string>& headers,
                         const std::vector<std::pair<std::string, std::string>>& overrides) {
    ColumnMapping result;
    std::vector<std::string> normal;
    for (const auto& h : headers) normal.push_back(normaliseHeader(h));

    // Each column's claim: (rank, csv index); lower rank = earlier synonym = better.
    std::map<std::size_t, std::pair<std::size_t, std::size_t>> claims;  // spec index -> claim
    std::vector<bool> used(headers.size(), false);
    constexpr std::size_t kOverride = 0;  // an override outranks every synonym
    for (const auto& [header, column] : overrides) {
        const auto at = std::find(normal.begin(), normal.end(), normaliseHeader(header));
        if (at == normal.end()) {
            result.error = "--map names the header " + quoteCell(header) +
                           ", but the file has no such column; its headers: " + quotedList(headers);
            return result;
        }
        const std::size_t index = static_cast<std::size_t>(at - normal.begin());
        if (column == kIgnoreColumn) {  // read into nothing, even if its name would match
            used[index] = true;
            continue;
        }
        // A named copy: C++17 lambdas cannot capture a structured binding (clang refuses it).
        const std::string& wanted = column;
        const auto spec = std::find_if(table.columns.begin(), table.columns.end(),
                                       [&](const ColumnSpec& c) { return c.column == wanted; });
        if (spec == table.columns.end()) {
            result.error = "--map \"" + header + "=" + column + "\": " + table.table + " has no column \"" +
                           column + "\"; its columns: " + columnList(table) + " (or - to ignore the header)";
            return result;
        }
        claims[static_cast<std::size_t>(spec - table.columns.begin())] = {kOverride, index};
        used[index] = true;
    }
    for (std::size_t i = 0; i < headers.size(); ++i) {
        if (used[i] || normal[i].empty()) continue;
        for (std::size_t s = 0; s < table.columns.size(); ++s) {
            const auto& syn = table.columns[s].synonyms;
            auto hit = std::find(syn.begin(), syn.end(), normal[i]);
            // "list_price_cents" is the list price in cents: the name without its unit matches.
            if (hit == syn.end() && headerNamesStoredUnit(normal[i], table.columns[s].kind))
                hit = std::find(syn.begin(), syn.end(), withoutUnit(normal[i]));
            if (hit == syn.end()) continue;
            const std::size_t rank = 1 + static_cast<std::size_t>(hit - syn.begin());
            auto existing = claims.find(s);
            if (existing == claims.end() || rank < existing->second.first) {
                claims[s] = {rank, i};
            } else if (rank == existing->second.first) {
                result.error = "the headers " + quoteCell(headers[existing->second.second]) + " (column " +
                               std::to_string(existing->second.second + 1) + ") and " +
                               quoteCell(headers[i]) + " (column " + std::to_string(i + 1) + ") both mean " +
                               table.columns[s].column +
                               "; choose one with --map \"HEADER=" + table.columns[s].column + "\"";
                return result;
            }
            break;
        }
    }
    std::vector<bool> mapped(headers.size(), false);
    std::vector<std::string> missing;
    for (std::size_t s = 0; s < table.columns.size(); ++s) {
        const auto claim = claims.find(s);
        if (claim == claims.end()) {
            if (table.columns[s].required) missing.push_back(table.columns[s].column);
            continue;
        }
        const std::size_t index = claim->second.second;
        mapped[index] = true;
        result.columns.push_back({index, headers[index], &table.columns[s],
                                  headerNamesStoredUnit(normal[index], table.columns[s].kind)});
    }
    if (!missing.empty()) {
        std::string expected;
        for (const auto& name : missing) {
            const ColumnSpec& spec = *std::find_if(table.columns.begin(), table.columns.end(),
                                                   [&](const ColumnSpec& c) { return c.column == name; });
            expected += (expected.empty() ? "" : "; ") + name + " (a header such as " +
                        quotedList(std::vector<std::string>(
                            spec.synonyms.begin(),
                            spec.synonyms.begin() + std::min<std::size_t>(4, spec.synonyms.size()))) +
                        ")";
        }
        result.error = "missing required column" + std::string(missing.size() > 1 ? "s " : " ") + expected +
                       ". The file's headers: " + quotedList(headers) +
                       ". Expected (any case or spacing): " + columnList(table) +
                       "; or name a header with --map \"HEADER=column\"";
        result.columns.clear();
        return result;
    }
    for (std::size_t i = 0; i < headers.size(); ++i)
        if (!mapped[i] && !normal[i].empty()) result.ignoredHeaders.push_back(headers[i]);
    result.ok = true;
    return result;
}

}  // namespace sc::csv
