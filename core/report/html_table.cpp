#include "report/html_table.h"

#include "report/html_escape.h"

namespace sc::report {

std::string htmlTable(const std::string& caption, const std::vector<std::string>& headers,
                      const std::vector<std::vector<HtmlCell>>& rows, bool firstColumnHeadsRow) {
    std::string out = "<table>\n<caption>" + escapeHtml(caption) + "</caption>\n<thead><tr>";
    for (const auto& h : headers) out += "<th scope=\"col\">" + escapeHtml(h) + "</th>";
    out += "</tr></thead>\n<tbody>\n";
    for (const auto& row : rows) {
        out += "<tr>";
        for (std::size_t i = 0; i < row.size(); ++i) {
            const bool heads = firstColumnHeadsRow && i == 0;
            const char* tag = heads ? "th" : "td";
            out += std::string("<") + tag + (heads ? " scope=\"row\"" : "");
            if (!row[i].cls.empty()) out += " class=\"" + escapeHtml(row[i].cls) + "\"";
            out += ">" + escapeHtml(row[i].text) + "</" + tag + ">";
        }
        out += "</tr>\n";
    }
    return out + "</tbody>\n</table>\n";
}

}  // namespace sc::report
