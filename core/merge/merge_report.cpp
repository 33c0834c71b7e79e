#include "merge/merge_report.h"

namespace sc {

namespace {

// A report line stays one line even when a name or value was typed with a line break.
std::string flattenedLine(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

}  // namespace

const char* mergeSideName(MergeSide side) { return side == MergeSide::Ours ? "ours" : "theirs"; }

std::string conflictInWords(const MergeConflict& c) {
    std::string what = c.entityKind;
    if (!c.entityName.empty()) what += " '" + c.entityName + "'";
    if (!c.entityId.empty())
        what += (c.entityName.empty() ? " " : " (id ") + c.entityId + (c.entityName.empty() ? "" : ")");
    std::string out = "conflict at " + (c.pointer.empty() ? std::string("/") : c.pointer);
    if (c.pointerIn != "merged") out += " (in " + c.pointerIn + ")";
    out += ": " + what;
    out += c.field.empty() ? " " : ", field " + c.field + " ";
    out += conflictKindName(c.kind);
    out += ": ";
    if (!c.base.empty()) out += "base " + c.base + ", ";
    out += "ours " + c.ours + ", theirs " + c.theirs + "; kept " + mergeSideName(c.kept);
    return flattenedLine(out);
}

std::string mergeReportText(const MergeResult& result, bool twoWay) {
    std::string out;
    for (const auto& c : result.conflicts) out += conflictInWords(c) + "\n";
    std::size_t introducedErrors = 0, errors = 0, warnings = 0;
    for (const auto& m : result.findings) {
        const Finding& f = m.finding;
        (f.severity == Severity::Error ? errors : warnings) += 1;
        if (m.introduced && f.severity == Severity::Error) ++introducedErrors;
        out += std::string(severityName(f.severity)) + " " + f.pointer + ": " + flattenedLine(f.message) +
               (m.introduced ? " (new in the merge)" : "") + "\n";
    }
    out += twoWay ? "two-way merge (no base): " : "merge: ";
    if (result.conflicts.empty()) out += "no conflicts";
    else
        out += std::to_string(result.conflicts.size()) +
               (result.conflicts.size() == 1 ? " conflict" : " conflicts") + " (resolved by keeping " +
               mergeSideName(result.conflicts.front().kept) + ")";
    out += ", " + std::to_string(errors) + (errors == 1 ? " error" : " errors") + " (" +
           std::to_string(introducedErrors) + " new), " + std::to_string(warnings) +
           (warnings == 1 ? " warning" : " warnings") + "\n";
    return out;
}

std::string mergeReportJson(const MergeResult& result, bool twoWay) {
    Json report = Json::object();
    report["clean"] = result.clean();
    report["two_way"] = twoWay;
    Json& conflicts = report["conflicts"] = Json::array();
    for (const auto& c : result.conflicts)
        conflicts.push_back({{"kind", conflictKindName(c.kind)},
                             {"entity_kind", c.entityKind},
                             {"entity_id", c.entityId},
                             {"entity_name", c.entityName},
                             {"field", c.field},
                             {"pointer", c.pointer},
                             {"pointer_in", c.pointerIn},
                             {"base", c.base},
                             {"ours", c.ours},
                             {"theirs", c.theirs},
                             {"kept", mergeSideName(c.kept)},
                             {"message", conflictInWords(c)}});
    Json& findings = report["findings"] = Json::array();
    for (const auto& m : result.findings)
        findings.push_back({{"severity", severityName(m.finding.severity)},
                            {"pointer", m.finding.pointer},
                            {"message", m.finding.message},
                            {"introduced", m.introduced}});
    return report.dump(2) + "\n";
}

}  // namespace sc
