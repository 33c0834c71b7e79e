// Save in place found the file changed on disk since this page opened or last saved it —
// someone else saved it (a shared drive, a synced folder). Nothing was written; the user
// chooses: merge theirs into mine (the same core merge as `scorecard merge`, against the file
// as this page last knew it), save mine as a copy, reload theirs, or cancel. Never a silent
// overwrite. ImGui-free; the dialog is views/disk_conflict_dialog.
#pragma once

#include <string>
#include <vector>

#include "format/document_io.h"
#include "model/document.h"

namespace sc::web {

struct DiskConflict {
    std::string fileName;
    std::string text;       // the file as it is on disk now
    sc::LoadResult theirs;  // that text read through the core (may be refused)
};

DiskConflict diskConflict(const std::string& fileName, std::string text);

// The merge of what is on disk into the open document: `base` is the file as this page last
// read or wrote it (nullptr when unknown: a two-way merge); a field both sides changed keeps
// the open document's value, and every such conflict is listed in words.
struct DiskMerge {
    sc::Document document;
    std::string summary;                 // "Merged the changes saved to plan.scorecard.json …"
    std::vector<std::string> conflicts;  // "Promise 'Fast' (pr_fast) target: yours 2 days, theirs 3 days"
};
DiskMerge mergeFromDisk(const sc::Document* base, const sc::Document& ours, const DiskConflict& conflict);

}  // namespace sc::web
