// File > Merge… (issue 10, docs/MERGE.md "In the app"): another scorecard file ("theirs")
// merged into the open one ("ours") by the same core as `scorecard merge` — three-way when a
// common ancestor is chosen, else two-way — with each conflict listed side by side and resolved
// by a click (ours / theirs / a typed value), and Apply as one command ("Merge <file>", one
// Undo step). Everything the Merge window shows or decides is here; ImGui-free.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "logic/commands.h"
#include "logic/history.h"
#include "merge/resolve.h"
#include "model/document.h"

namespace sc::web {

struct MergeFiles {
    std::string theirsName;  // the other file
    std::string baseName;    // the common ancestor's file; "" = two-way
    History::Snapshot ours;  // the open document the merge was made from
    sc::Document theirs;
    std::optional<sc::Document> base;
    std::string baseProblem;  // why the last file chosen as the common ancestor was refused
    sc::MergeResult merge;
    std::vector<sc::ConflictChoice> choices;  // one per conflict, ours at first
    std::vector<std::string> editErrors;      // per conflict: why its typed value does not fit ("" = fits)
    sc::ResolvedMerge preview;                // the merge with the current choices
    std::size_t takenFromTheirs = 0;  // changes to ours the merge brings (with ours for every conflict)
};

// Merges `theirs` into `ours` (two-way, until a common ancestor is chosen).
MergeFiles startMerge(History::Snapshot ours, sc::Document theirs, const std::string& theirsName);
// The common ancestor chosen: the merge is made again three-way; every choice goes back to ours.
void setMergeBase(MergeFiles& merge, sc::Document base, const std::string& baseName);
// A file chosen as the common ancestor that cannot be read: said in the window, the merge stays as it was.
void refuseMergeBase(MergeFiles& merge, const std::string& fileName, const std::string& problem);

// "Merge partners-v2.scorecard.json".
std::string mergeWindowTitle(const MergeFiles& merge);
// Which merge this is, in words: two-way (nothing counts as deleted) or three-way against the file named.
std::string mergeModeText(const MergeFiles& merge);
// "3 changes taken from theirs, 1 conflict" ("no conflicts").
std::string mergeSummary(const MergeFiles& merge);

// One conflict as the window's row shows it.
struct MergeConflictRow {
    std::string entity;  // "Promise 'Try it now' (pr_try)", "Document" for settings outside any list
    std::string field;   // the field's label ("Core promise"), "Level on buying_motion", "the whole promise"
    std::string what;    // "changed on both sides", "deleted on one side, changed on the other"...
    std::string base;    // the three values in words; base "—" when there is none (two-way, added twice)
    std::string ours;
    std::string theirs;
    bool editable = false;  // Edit is offered (a field whose value can be typed)
};
MergeConflictRow mergeConflictRow(const MergeFiles& merge, std::size_t conflict);

// The choice buttons' labels: "Keep ours" / "Keep theirs" for a whole entity, else "Ours" /
// "Theirs"; "Edit" where a value can be typed.
std::string choiceLabel(const MergeFiles& merge, std::size_t conflict, sc::ChoiceKind kind);

// Choosing: ours or theirs; Edit starts from ours' value as typed (conflictValueText) and
// setEditText follows the text box, checking each text against the field (editErrors).
void chooseSide(MergeFiles& merge, std::size_t conflict, sc::MergeSide side);
void chooseEdit(MergeFiles& merge, std::size_t conflict);
void setEditText(MergeFiles& merge, std::size_t conflict, const std::string& text);

// Apply is offered while every typed value fits; otherwise this says which does not.
bool canApplyMerge(const MergeFiles& merge);
std::string applyRefusal(const MergeFiles& merge);

// The findings the merge with the current choices would introduce (no input had them), one
// line each: "error: Promise 'X' refers to segment 'y', which does not exist".
std::vector<std::string> introducedFindings(const MergeFiles& merge);

// "Merge partners-v2.scorecard.json": Edit > Undo names it.
std::string mergeCommandLabel(const MergeFiles& merge);
// Apply: the one command that replaces the open document by the merge with the current
// choices. Refused when the open document is no longer the one the merge was made from, or a
// choice does not fit (the core's message, naming the conflict).
Command mergeCommand(const MergeFiles& merge);

}  // namespace sc::web
