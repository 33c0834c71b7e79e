// File > Merge… window logic (see merge_files.h).
#include "logic/merge_files.h"
#include "model/counted.h"

#include <cctype>

#include "diff/diff.h"

namespace sc::web {

namespace {

std::string capitalised(std::string text) {
    if (!text.empty()) text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

bool wholeEntity(const sc::MergeConflict& c) { return c.field.empty(); }

void refreshPreview(MergeFiles& m) { m.preview = sc::resolveMerge(m.merge, m.choices); }

void remerge(MergeFiles& m) {
    m.merge = m.base ? sc::mergeDocuments(*m.base, *m.ours, m.theirs) : sc::mergeTwoWay(*m.ours, m.theirs);
    m.choices.assign(m.merge.conflicts.size(), sc::ConflictChoice{});
    m.editErrors.assign(m.merge.conflicts.size(), std::string());
    // What merging brings into ours apart from the conflicts: the merge keeping ours everywhere.
    m.takenFromTheirs = sc::diffDocuments(*m.ours, m.merge.document).changes.size();
    refreshPreview(m);
}

}  // namespace

MergeFiles startMerge(History::Snapshot ours, sc::Document theirs, const std::string& theirsName) {
    MergeFiles m;
    m.theirsName = theirsName;
    m.ours = std::move(ours);
    m.theirs = std::move(theirs);
    remerge(m);
    return m;
}

void setMergeBase(MergeFiles& merge, sc::Document base, const std::string& baseName) {
    merge.base = std::move(base);
    merge.baseName = baseName;
    merge.baseProblem.clear();
    remerge(merge);
}

void refuseMergeBase(MergeFiles& merge, const std::string& fileName, const std::string& problem) {
    merge.baseProblem = "Could not use " + fileName + " as the common ancestor: " + problem;
}

std::string mergeWindowTitle(const MergeFiles& merge) { return "Merge " + merge.theirsName; }

std::string mergeModeText(const MergeFiles& merge) {
    if (merge.base)
        return "Three-way merge: what changed since " + merge.baseName +
               " (the common ancestor) on one side only is taken; what changed on both sides differently is "
               "a conflict.";
    return "Two-way merge (no common ancestor chosen): everything either file has is kept, so nothing "
           "counts as deleted; the same item set differently is a conflict.";
}

std::string mergeSummary(const MergeFiles& merge) {
    const std::size_t n = merge.merge.conflicts.size();
    return counted(merge.takenFromTheirs, "change", "changes") + " taken from " + merge.theirsName + ", " +
           (n == 0 ? std::string("no conflicts") : counted(n, "conflict", "conflicts"));
}

MergeConflictRow mergeConflictRow(const MergeFiles& merge, std::size_t conflict) {
    const sc::MergeConflict& c = merge.merge.conflicts[conflict];
    MergeConflictRow row;
    row.entity = capitalised(c.entityKind);
    if (!c.entityName.empty()) row.entity += " '" + c.entityName + "'";
    if (!c.entityId.empty()) row.entity += " (" + c.entityId + ")";
    if (wholeEntity(c)) {
        row.field = "the whole " + c.entityKind;
    } else if (const auto info = sc::conflictField(c)) {
        row.field = std::string(info->label);
        // levels/<dimension id>: which dimension the level is on.
        const auto& keys = c.keyPath;
        if (keys.size() >= 2 && keys[keys.size() - 2] == "levels") row.field += " on " + keys.back();
    } else {
        row.field = c.field;  // a key this version does not know: as it is in the file
    }
    row.what = sc::conflictKindName(c.kind);
    row.base = c.base.empty() ? "\xE2\x80\x94" : c.base;  // "—"
    row.ours = c.ours;
    row.theirs = c.theirs;
    row.editable = sc::canEditConflict(c);
    return row;
}

std::string choiceLabel(const MergeFiles& merge, std::size_t conflict, sc::ChoiceKind kind) {
    const bool whole = wholeEntity(merge.merge.conflicts[conflict]);
    switch (kind) {
        case sc::ChoiceKind::Ours:
            return whole ? "Keep ours" : "Ours";
        case sc::ChoiceKind::Theirs:
            return whole ? "Keep theirs" : "Theirs";
        case sc::ChoiceKind::Edited:
            return "Edit";
    }
    return "";
}

void chooseSide(MergeFiles& merge, std::size_t conflict, sc::MergeSide side) {
    merge.choices[conflict] = {side == sc::MergeSide::Ours ? sc::ChoiceKind::Ours : sc::ChoiceKind::Theirs,
                               ""};
    merge.editErrors[conflict].clear();
    refreshPreview(merge);
}

void chooseEdit(MergeFiles& merge, std::size_t conflict) {
    const sc::MergeConflict& c = merge.merge.conflicts[conflict];
    if (!sc::canEditConflict(c)) return;
    setEditText(merge, conflict, sc::conflictValueText(c, sc::MergeSide::Ours));
}

void setEditText(MergeFiles& merge, std::size_t conflict, const std::string& text) {
    merge.choices[conflict] = {sc::ChoiceKind::Edited, text};
    const sc::TypedValue v = sc::conflictValueFromText(merge.merge.conflicts[conflict], text);
    merge.editErrors[conflict] = v.ok ? std::string() : v.error;
    if (v.ok) refreshPreview(merge);
}

bool canApplyMerge(const MergeFiles& merge) { return applyRefusal(merge).empty(); }

std::string applyRefusal(const MergeFiles& merge) {
    for (std::size_t i = 0; i < merge.editErrors.size(); ++i)
        if (!merge.editErrors[i].empty())
            return "Conflict " + std::to_string(i + 1) + " (" +
                   sc::conflictSubject(merge.merge.conflicts[i]) + "): " + merge.editErrors[i];
    if (!merge.preview.ok) return merge.preview.error;
    return "";
}

std::vector<std::string> introducedFindings(const MergeFiles& merge) {
    std::vector<std::string> out;
    for (const auto& f : merge.preview.findings)
        if (f.introduced)
            out.push_back(std::string(sc::severityName(f.finding.severity)) + ": " + f.finding.message);
    return out;
}

std::string mergeCommandLabel(const MergeFiles& merge) { return "Merge " + merge.theirsName; }

Command mergeCommand(const MergeFiles& merge) {
    History::Snapshot ours = merge.ours;
    sc::MergeResult result = merge.merge;  // shares the unresolved tree
    std::vector<sc::ConflictChoice> choices = merge.choices;
    return Command{mergeCommandLabel(merge), [ours, result, choices](const sc::Document& head) {
                       if (&head != ours.get())
                           return sc::refusedEdit(
                               head, "The scorecard changed since the merge was prepared; merge again.");
                       sc::ResolvedMerge resolved = sc::resolveMerge(result, choices);
                       if (!resolved.ok) return sc::refusedEdit(head, resolved.error);
                       sc::EditResult out;
                       out.ok = true;
                       out.document = std::move(resolved.document);
                       return out;
                   }};
}

}  // namespace sc::web
