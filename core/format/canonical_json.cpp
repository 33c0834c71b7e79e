#include "format/canonical_json.h"

#include <cmath>

namespace sc {
namespace {

void dumpScalar(const Json& j, std::string& out) {
    if (j.is_number_float()) {
        double d = j.get<double>();
        if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0) {
            out += std::to_string(static_cast<long long>(d));
            return;
        }
    }
    out += j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

// Compact form for one row of a table or a column list: [1,"a",true].
void dumpCompact(const Json& j, std::string& out) {
    if (j.is_array()) {
        out += '[';
        for (std::size_t i = 0; i < j.size(); ++i) {
            if (i) out += ',';
            dumpCompact(j[i], out);
        }
        out += ']';
    } else if (j.is_object()) {
        out += '{';
        bool first = true;
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (!first) out += ',';
            first = false;
            out += Json(it.key()).dump(-1, ' ', false, Json::error_handler_t::replace);
            out += ':';
            dumpCompact(it.value(), out);
        }
        out += '}';
    } else {
        dumpScalar(j, out);
    }
}

bool allArrays(const Json& j) {
    for (const auto& e : j)
        if (!e.is_array()) return false;
    return true;
}

void dumpPretty(const Json& j, std::string& out, int indent, bool compactChildren) {
    const std::string pad(static_cast<std::size_t>(indent + 2), ' ');
    if (j.is_object()) {
        if (j.empty()) {
            out += "{}";
            return;
        }
        out += "{\n";
        bool first = true;
        for (auto it = j.begin(); it != j.end(); ++it) {
            if (!first) out += ",\n";
            first = false;
            out += pad;
            out += Json(it.key()).dump(-1, ' ', false, Json::error_handler_t::replace);
            out += ": ";
            if (it.key() == "columns" && it.value().is_array()) dumpCompact(it.value(), out);
            else dumpPretty(it.value(), out, indent + 2, false);
        }
        out += '\n';
        out += std::string(static_cast<std::size_t>(indent), ' ');
        out += '}';
    } else if (j.is_array()) {
        if (j.empty()) {
            out += "[]";
            return;
        }
        // A list of rows (a table's "rows") is written one compact row per line, so a
        // changed row is a one-line diff and a million rows stay small.
        const bool rows = compactChildren || allArrays(j);
        out += "[\n";
        for (std::size_t i = 0; i < j.size(); ++i) {
            if (i) out += ",\n";
            out += pad;
            if (rows) dumpCompact(j[i], out);
            else dumpPretty(j[i], out, indent + 2, false);
        }
        out += '\n';
        out += std::string(static_cast<std::size_t>(indent), ' ');
        out += ']';
    } else {
        dumpScalar(j, out);
    }
}

}  // namespace

std::string dumpCanonical(const Json& tree) {
    std::string out;
    dumpPretty(tree, out, 0, false);
    out += '\n';
    return out;
}

// A top-level table is an object at indentation 2, its "rows" list at 4, the rows at 6.
void appendCanonicalTableRow(const Json& row, std::string& out) {
    out += "      ";
    dumpCompact(row, out);
}

bool spliceCanonicalTableRows(std::string& text, const std::string& table, const std::string& rowLines) {
    const std::string key =
        "\n  " + Json(table).dump(-1, ' ', false, Json::error_handler_t::replace) + ": {\n";
    const auto at = text.find(key);
    if (at == std::string::npos) return false;
    // The table's keys: "columns" (one line), then "rows".
    const std::string empty = "\n    \"rows\": []";
    const auto rows = text.find(empty, at + key.size() - 1);
    const auto tableEnd = text.find("\n  }", at + key.size() - 1);
    if (rows == std::string::npos || (tableEnd != std::string::npos && rows > tableEnd)) return false;
    const auto list = rows + empty.size() - 2;  // the "[]"
    text.replace(list, 2, "[\n" + rowLines + "\n    ]");
    return true;
}

}  // namespace sc
