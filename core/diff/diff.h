// What changed from one scorecard document to another (docs/DIFF.md), entity by entity and
// field by field, never line by line: `scorecard diff A B` and the app's File > Compare with…
// both read this result. Entities are matched as the merge matches them — by stable id in
// every list and row table, by a natural key where the format has one (contacts by name,
// material versions by version, acknowledgements by partner and version) — and every value is
// already in the words a person reads (money in the document's currency, vocabulary labels,
// the names of what a reference points to), with the field's label from model/describe.h.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc {

enum class DiffKind { Added, Removed, Changed };

const char* diffKindName(DiffKind kind);  // "added", "removed", "changed"

struct DiffChange {
    DiffKind kind = DiffKind::Changed;
    // The label of the document's list (or top-level object) the change is under, for
    // grouping: "Promises", "Deals", "Price book", "Scorecard".
    std::string group;
    std::string entity;  // the entity's kind: "promise", "deal", "touchpoint"; "scorecard" for info
    std::string id;      // its id (or natural key: a contact's name); empty when it has none
    std::string name;    // its name, empty when it has none
    // For an entity inside another one, what holds it: "promise \"Try it now\" (pr_try)";
    // empty for the items of a top-level list.
    std::string owner;
    // Changed only: the field inside the entity ("text", "customer_model/needs",
    // "levels/buying_motion"; an unknown key as it is in the file), its label ("Core
    // promise", "Customer model: Needs", "Levels: Buying motion") and both values in words
    // ("\"Start free\"", "$1,200.00", "12.5%", "Sales-led", "3 days", "not set").
    std::string field;
    std::string label;
    std::string from;
    std::string to;
    // JSON Pointer of the entity (added, removed) or of the field (changed): in B, or in A for
    // a removed entity. A table cell is named by its column's position, as in the file.
    std::string pointer;
};

struct DocumentDiff {
    // In B's document order (fields in describe order, list items in B's order), each
    // list's removed items after its other items, in A's order.
    std::vector<DiffChange> changes;
    bool equal() const { return changes.empty(); }
    std::size_t count(DiffKind kind) const;
};

// Every difference from `a` to `b`. Linear in the size of the documents: list items and table
// rows are matched through hash maps of their keys.
DocumentDiff diffDocuments(const Document& a, const Document& b);

}  // namespace sc
