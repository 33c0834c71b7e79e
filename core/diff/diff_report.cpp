#include "diff/diff_report.h"

#include <cctype>

#include "diff/field_words.h"

namespace sc {
namespace {

std::string capitalised(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

}  // namespace

std::string diffEntityInWords(const DiffChange& c) {
    std::string out = capitalised(c.entity);
    if (!c.name.empty()) out += " " + diff::inQuotes(c.name);
    if (!c.id.empty() && c.id != c.name) out += c.name.empty() ? " " + c.id : " (" + c.id + ")";
    // An item with neither id nor name (a review's KPI value) is named by where it is.
    if (c.id.empty() && c.name.empty() && !c.owner.empty() && !c.pointer.empty()) out += " at " + c.pointer;
    if (!c.owner.empty()) out += " of " + c.owner;
    return oneLine(out);
}

std::string diffChangeInWords(const DiffChange& c) {
    if (c.kind != DiffKind::Changed) return diffEntityInWords(c) + " " + diffKindName(c.kind);
    return diffEntityInWords(c) + ": " + oneLine(c.label) + " changed from " + oneLine(c.from) + " to " +
           oneLine(c.to);
}

std::string diffSummary(const DocumentDiff& diff) {
    return std::to_string(diff.count(DiffKind::Changed)) + " changed, " +
           std::to_string(diff.count(DiffKind::Added)) + " added, " +
           std::to_string(diff.count(DiffKind::Removed)) + " removed";
}

std::string diffReportText(const DocumentDiff& diff) {
    if (diff.equal()) return "no differences\n";
    std::string out;
    const std::string* group = nullptr;
    for (const auto& c : diff.changes) {
        if (!group || *group != c.group) {
            group = &c.group;
            out += oneLine(c.group) + "\n";
        }
        out += "  " + diffChangeInWords(c) + "\n";
    }
    return out + diffSummary(diff) + "\n";
}

std::string diffReportJson(const DocumentDiff& diff) {
    Json report = Json::object();
    report["equal"] = diff.equal();
    report["changed"] = diff.count(DiffKind::Changed);
    report["added"] = diff.count(DiffKind::Added);
    report["removed"] = diff.count(DiffKind::Removed);
    Json& changes = report["changes"] = Json::array();
    for (const auto& c : diff.changes)
        changes.push_back({{"change", diffKindName(c.kind)},
                           {"group", c.group},
                           {"entity", c.entity},
                           {"id", c.id},
                           {"name", c.name},
                           {"owner", c.owner},
                           {"field", c.field},
                           {"label", c.label},
                           {"from", c.from},
                           {"to", c.to},
                           {"pointer", c.pointer}});
    // Text from a file is valid UTF-8 (the reader checks), but never let a report throw.
    return report.dump(2, ' ', false, Json::error_handler_t::replace) + "\n";
}

std::string oneLine(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        if (c == '\n') out += "\\n";
        else if (c == '\r') out += "\\r";
        else out += c;
    }
    return out;
}

}  // namespace sc
