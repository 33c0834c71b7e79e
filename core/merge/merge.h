// Merging scorecard documents that teams edited apart (docs/MERGE.md): a three-way merge
// against their common base, or a two-way union of two files with no base. Entities are
// matched by stable id in every list (row tables too), merged field by field; unknown keys
// are merged the same way. Conflicts are resolved by a fixed rule — the preferred side wins —
// and every one is reported, so the result is always a whole document; merge/resolve.h
// resolves them one by one instead (the app's Merge window).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"
#include "validation/finding.h"

namespace sc {

enum class MergeSide { Ours, Theirs };

struct MergeOptions {
    MergeSide prefer = MergeSide::Ours;  // whose value a conflict keeps
};

enum class ConflictKind {
    ChangedOnBothSides,  // a field changed differently on the two sides
    AddedOnBothSides,    // the same id added on both sides (or, two-way, in both files) with different values
    DeletedAndChanged,   // an entity deleted on one side and changed on the other
    DuplicateId,         // the same id added on both sides for different things (different names)
};

const char* conflictKindName(ConflictKind kind);  // "changed on both sides", ...

struct MergeConflict {
    ConflictKind kind = ConflictKind::ChangedOnBothSides;
    std::string entityKind;  // "promise", "deal", "KPI record"...; "document" outside any list
    std::string entityId;    // id (or natural key: a contact's name); empty when it has none
    std::string entityName;
    // JSON Pointer of the field (or of the whole entity) in the file named by pointerIn: the
    // merged file when the entity is in it, else the side that still has it.
    std::string pointer;
    std::string pointerIn = "merged";  // "merged" | "ours" | "theirs"
    // The field inside the entity, e.g. "levels/buying_motion/level"; empty = the whole entity.
    std::string field;
    // The three values in plain words ("'Try it now'", "40", "not set", "deleted"); base is empty
    // when there is no base value at all (added on both sides, or a two-way merge).
    std::string base;
    std::string ours;
    std::string theirs;
    MergeSide kept = MergeSide::Ours;

    // What resolving this conflict another way needs (merge/resolve.h). Each side's value as in
    // the canonical file (nullopt: not set, or the entity deleted on that side; a table row in
    // row form is its list of cells).
    std::optional<Json> oursValue, theirsValue;
    // The keys from the document down to the field, list positions left out (["promises",
    // "text"]; a table cell ["deals", "rows", "sku"]): where its description is found.
    std::vector<std::string> keyPath;
    // Where the choice goes in the merge's unresolved tree (JSON Pointer), and what that place is.
    enum class Slot { Key, Cell, Item } slotKind = Slot::Key;
    std::string slot;
};

// A finding of the merged document; `introduced` when no input had the same message, i.e.
// the merge itself caused it (a promise kept on one side pointing to a segment deleted on the other).
struct MergeFinding {
    Finding finding;
    bool introduced = false;
};

struct MergeResolution;  // merge/resolve.h: the merge before its conflicts were resolved

struct MergeResult {
    Document document;
    std::vector<MergeConflict> conflicts;
    std::vector<MergeFinding> findings;  // validation of the merged document
    bool clean() const;                  // no conflicts and no error the merge introduced
    // Set when there are conflicts: what resolveMerge() needs to resolve them another way
    // (shared: a MergeResult stays cheap to copy).
    std::shared_ptr<const MergeResolution> resolution;
};

// Three-way merge: what changed from `base` on one side only is taken; the same change on
// both sides is fine; different changes conflict. Result order: ours, then theirs' additions.
MergeResult mergeDocuments(const Document& base, const Document& ours, const Document& theirs,
                           const MergeOptions& options = {});

// Two-way merge (no common base, e.g. two files received by email): the union by id; the
// same id with different content is a conflict. Nothing is deleted.
MergeResult mergeTwoWay(const Document& ours, const Document& theirs, const MergeOptions& options = {});

}  // namespace sc
