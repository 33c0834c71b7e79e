// Applying one choice per conflict to the merge's unresolved tree (see resolve.h).
#include "merge/resolve.h"

#include <algorithm>

#include "format/json_codec.h"
#include "merge/date_lists.h"
#include "merge/table_form.h"
#include "validation/validate.h"

namespace sc {

namespace merge {

void fillPlaceholders(Json& tree, const std::vector<MergeConflict>& conflicts,
                      const std::vector<const std::optional<Json>*>& values) {
    for (std::size_t i = 0; i < conflicts.size(); ++i)
        if (*values[i]) tree.at(Json::json_pointer(conflicts[i].slot)) = **values[i];
    // Removals last and from the end: conflicts are in document order, so taking an item out
    // of a list never moves the place of one still to be handled.
    for (std::size_t i = conflicts.size(); i-- > 0;) {
        if (*values[i]) continue;
        const Json::json_pointer at(conflicts[i].slot);
        if (at.empty()) continue;
        switch (conflicts[i].slotKind) {
            case MergeConflict::Slot::Cell:
                tree.at(at) = Json();  // the writer's "not set" for a cell
                break;
            case MergeConflict::Slot::Item:
                tree.at(at.parent_pointer()).erase(std::stoul(at.back()));
                break;
            case MergeConflict::Slot::Key:
                tree.at(at.parent_pointer()).erase(at.back());
                break;
        }
    }
}

Document readMergedTree(Json& tree, std::vector<Finding>& readFindings) {
    tablesToRowForm(tree);
    Document doc;
    documentFromJson(tree, doc, readFindings);
    sortDateLists(doc);  // a set of dates: the union, in date order
    return doc;
}

}  // namespace merge

std::string conflictSubject(const MergeConflict& c) {
    std::string out = c.entityKind;
    if (!c.entityName.empty()) out += " '" + c.entityName + "'";
    if (!c.entityId.empty())
        out += (c.entityName.empty() ? " " : " (id ") + c.entityId + (c.entityName.empty() ? "" : ")");
    if (!c.field.empty()) out += ", field " + c.field;
    return out;
}

ResolvedMerge resolveMerge(const MergeResult& merge, const std::vector<ConflictChoice>& choices) {
    ResolvedMerge out;
    if (choices.size() != merge.conflicts.size()) {
        out.error = "one choice per conflict is needed: " + std::to_string(merge.conflicts.size()) +
                    " conflicts, " + std::to_string(choices.size()) + " choices";
        return out;
    }
    if (merge.conflicts.empty()) {
        out.ok = true;
        out.document = merge.document;
        out.findings = merge.findings;
        return out;
    }
    if (!merge.resolution) {
        out.error = "this merge result cannot be resolved again";
        return out;
    }
    // Typed values are read first: one that does not fit refuses the whole resolution.
    std::vector<std::optional<Json>> typed(choices.size());
    std::vector<const std::optional<Json>*> values(choices.size());
    for (std::size_t i = 0; i < choices.size(); ++i) {
        const MergeConflict& c = merge.conflicts[i];
        switch (choices[i].kind) {
            case ChoiceKind::Ours:
                values[i] = &c.oursValue;
                break;
            case ChoiceKind::Theirs:
                values[i] = &c.theirsValue;
                break;
            case ChoiceKind::Edited: {
                TypedValue v = canEditConflict(c) ? conflictValueFromText(c, choices[i].text) : TypedValue{};
                if (!canEditConflict(c)) v.error = "a value cannot be typed here; choose ours or theirs";
                if (!v.ok) {
                    out.error =
                        "Conflict " + std::to_string(i + 1) + " (" + conflictSubject(c) + "): " + v.error;
                    out.conflict = i;
                    return out;
                }
                typed[i] = std::move(v.value);
                values[i] = &typed[i];
                break;
            }
        }
    }
    Json tree = merge.resolution->tree;
    merge::fillPlaceholders(tree, merge.conflicts, values);
    std::vector<Finding> readFindings;
    out.document = merge::readMergedTree(tree, readFindings);
    for (auto& f : readFindings) out.findings.push_back({std::move(f), false});
    const auto& before = merge.resolution->inputMessages;
    for (auto& f : validateDocument(out.document)) {
        const bool introduced = !std::binary_search(before.begin(), before.end(), f.message);
        out.findings.push_back({std::move(f), introduced});
    }
    out.ok = true;
    return out;
}

}  // namespace sc
