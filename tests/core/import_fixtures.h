// Shared by the CSV import tests: the partner sample as the document imported into, one import
// of a table, and its errors as the lines the CLI prints.
#pragma once

#include <string>

#include "import/table_import.h"
#include "test_util.h"

namespace import_fx {

inline const sc::Document& sample() {
    static const sc::Document doc = sc::test::loadSample("partner-program");
    return doc;
}

inline sc::csv::ImportResult run(const std::string& table, const std::string& csv,
                                 sc::csv::ImportOptions options = {}, const sc::Document& doc = sample()) {
    options.table = table;
    return sc::csv::importCsv(doc, csv, options);
}

inline std::string issues(const sc::csv::ImportResult& r) {
    std::string out;
    for (const auto& e : r.errors) out += sc::csv::formatIssue("in.csv", e) + "\n";
    return out.empty() ? "(no errors)" : out;
}

}  // namespace import_fx
