// Save in place: what to do when the file changed on disk (see disk_conflict.h).
#include "logic/disk_conflict.h"

#include <cctype>

#include "merge/merge.h"

namespace sc::web {

DiskConflict diskConflict(const std::string& fileName, std::string text) {
    DiskConflict c;
    c.fileName = fileName;
    c.theirs = sc::loadDocument(text);
    c.text = std::move(text);
    return c;
}

DiskMerge mergeFromDisk(const sc::Document* base, const sc::Document& ours, const DiskConflict& conflict) {
    sc::MergeOptions options;
    options.prefer = sc::MergeSide::Ours;
    sc::MergeResult r = base ? sc::mergeDocuments(*base, ours, conflict.theirs.document, options)
                             : sc::mergeTwoWay(ours, conflict.theirs.document, options);
    DiskMerge out;
    out.document = std::move(r.document);
    for (const auto& c : r.conflicts) {
        std::string line = c.entityKind;
        if (!c.entityName.empty()) line += " '" + c.entityName + "'";
        if (!c.entityId.empty()) line += " (" + c.entityId + ")";
        if (!c.field.empty()) line += " " + c.field;
        line += ": yours " + c.ours + ", theirs " + c.theirs;
        if (!line.empty()) line[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(line[0])));
        out.conflicts.push_back(std::move(line));
    }
    out.summary = "Merged the changes saved to " + conflict.fileName + " into yours" +
                  (out.conflicts.empty() ? std::string(" (no conflicts)")
                                         : "; " + std::to_string(out.conflicts.size()) +
                                               (out.conflicts.size() == 1 ? " field" : " fields") +
                                               " changed on both sides kept your version") +
                  ". Edit > Undo takes the merge back; File > Save writes the result.";
    return out;
}

}  // namespace sc::web
