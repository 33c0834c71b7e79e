// Resolving a merge's conflicts one by one (the app's File > Merge… window) instead of by the
// fixed rule of MergeOptions::prefer: for each conflict ours, theirs, or a value typed for the
// field, read by the field's kind from its one description (model/describe.h). Choosing ours
// for every conflict gives exactly mergeDocuments(..., prefer ours), theirs likewise, because
// the merge itself resolves its conflicts through the same code (merge.cpp).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "merge/merge.h"
#include "model/fields.h"

namespace sc {

enum class ChoiceKind { Ours, Theirs, Edited };

struct ConflictChoice {
    ChoiceKind kind = ChoiceKind::Ours;
    std::string text;  // Edited: the value as typed (conflictValueText's form)
};

// What MergeResult::resolution holds: the merged tree with a placeholder where each conflict's
// choice goes (tables in the merge's form, see table_form.h), and the messages of the inputs'
// findings, which tell the findings a resolution introduces.
struct MergeResolution {
    Json tree;
    std::vector<std::string> inputMessages;  // sorted
};

// The field a conflict is about, as describe.h describes it (label, kind, vocabulary); nullopt
// for a whole entity and for keys this version does not know. A level on a dimension
// (levels/<dimension>/level or /number) is described as a text or decimal "Level".
std::optional<FieldInfo> conflictField(const MergeConflict& conflict);

// Whether a value can be typed for the conflict: a field of a kind that is typed as text
// (text, numbers, yes/no, dates, vocabularies, lists of lines); not a whole entity, nested
// object, levels map or unknown key.
bool canEditConflict(const MergeConflict& conflict);

// A side's value as typed: text as is, numbers in the file's units (money in minor units,
// rates in basis points), yes/no, a list one item per line; "" when not set.
std::string conflictValueText(const MergeConflict& conflict, MergeSide side);

// Reads `text` typed for the conflict's field. Empty text means "not set" (refused for a
// required field). `error` says why it does not fit ("'12x' is not a whole number").
struct TypedValue {
    bool ok = false;
    std::string error;
    std::optional<Json> value;  // nullopt: not set
};
TypedValue conflictValueFromText(const MergeConflict& conflict, const std::string& text);

// The merge with one choice per conflict (in the order of merge.conflicts), read back and
// validated; `findings` marks those no input had, as MergeResult does. Refused, with `error`
// naming the conflict and why and `conflict` its index, when a choice does not fit: an edited
// value the field does not take, Edit for a conflict that cannot be edited, or not one choice
// per conflict.
struct ResolvedMerge {
    bool ok = false;
    std::string error;
    std::size_t conflict = static_cast<std::size_t>(-1);
    Document document;
    std::vector<MergeFinding> findings;
};
ResolvedMerge resolveMerge(const MergeResult& merge, const std::vector<ConflictChoice>& choices);

// "promise 'Try it now' (id pr_try), field text": which conflict an error is about.
std::string conflictSubject(const MergeConflict& conflict);

namespace merge {

// Puts values[i] (nullopt: not set) at conflicts[i]'s placeholder in the unresolved `tree`:
// a key not set is removed, a table cell not set is null, an item not set (deleted) is taken
// out of its list. The merge resolves by its rule through this too (merge.cpp).
void fillPlaceholders(Json& tree, const std::vector<MergeConflict>& conflicts,
                      const std::vector<const std::optional<Json>*>& values);

// The merged tree read back into a document: tables back in row form, dates lists in order.
// Consumes `tree`; values of the wrong type go to `readFindings`.
Document readMergedTree(Json& tree, std::vector<Finding>& readFindings);

}  // namespace merge
}  // namespace sc
