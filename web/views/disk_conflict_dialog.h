// The dialog Save shows when the file changed on disk since this page opened or saved it:
// Merge theirs into mine / Save mine as a copy… / Reload theirs / Cancel. Nothing has been
// written when it shows; the app carries out the choice (app.cpp drawDiskConflict).
#pragma once

#include "logic/disk_conflict.h"

namespace sc::web {

enum class DiskConflictChoice { None, Merge, SaveCopy, Reload, Cancel };

// Call every frame while a conflict waits; `open` opens the modal (the frame it arrived).
DiskConflictChoice drawDiskConflictDialog(const DiskConflict& conflict, bool open);

}  // namespace sc::web
