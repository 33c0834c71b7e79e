// An accessible HTML table for the report: a <caption>, column headers with scope="col", and
// optionally the first cell of each row as its row header (scope="row"). Cells are plain text,
// escaped here; a cell's class (chosen by the report, never by the document) styles it.
#pragma once

#include <string>
#include <vector>

namespace sc::report {

struct HtmlCell {
    std::string text;
    std::string cls;  // CSS class from the report's own vocabulary ("rag-red"), or empty
    HtmlCell() = default;
    HtmlCell(std::string t, std::string c = {}) : text(std::move(t)), cls(std::move(c)) {}
    HtmlCell(const char* t) : text(t) {}
};

std::string htmlTable(const std::string& caption, const std::vector<std::string>& headers,
                      const std::vector<std::vector<HtmlCell>>& rows, bool firstColumnHeadsRow = true);

}  // namespace sc::report
