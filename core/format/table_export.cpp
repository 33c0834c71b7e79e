#include "format/table_export.h"

#include "format/json_codec.h"
#include "import/csv_writer.h"

namespace sc {

namespace {

const char* const kTables[] = {"deals",       "deal_registrations", "report_submissions",
                               "kpi_records", "pulse_answers",      "pair_observations"};

std::string cellText(const Json& v, bool& text) {
    text = v.is_string();
    if (v.is_null()) return "";
    if (v.is_string()) return v.get<std::string>();
    if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
    if (v.is_number()) return v.dump();
    text = true;  // a list or object the file kept (unknown structure): its JSON, neutralised
    return v.dump();
}

}  // namespace

TableExport exportTableCsv(const Document& doc, const std::string& table) {
    TableExport out;
    bool known = false;
    std::string names;
    for (const char* t : kTables) {
        known = known || table == t;
        names += (names.empty() ? "" : ", ") + std::string(t);
    }
    if (!known) {
        out.error = "there is no table '" + table + "': use one of " + names;
        return out;
    }
    const Json tree = documentToJson(doc);
    std::vector<std::string> columns = tableColumns(table);
    const Json* rows = nullptr;
    if (tree.contains(table)) {
        const Json& t = tree.at(table);
        if (t.contains("columns")) columns = t.at("columns").get<std::vector<std::string>>();
        if (t.contains("rows")) rows = &t.at("rows");
    }
    out.csv = csv::record(columns);
    if (rows)
        for (const Json& row : *rows) {
            std::vector<std::string> cells;
            std::vector<bool> isText;
            for (const Json& v : row) {
                bool text = true;
                cells.push_back(cellText(v, text));
                isText.push_back(text);
            }
            out.csv += csv::record(cells, isText);
            ++out.rows;
        }
    out.ok = true;
    return out;
}

}  // namespace sc
