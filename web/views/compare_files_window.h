// The File > Compare with… window: what a chosen scorecard file changes compared with the open
// one (logic/compare_files.h) — the direction, the summary line, a filter box and the changes
// grouped by list, one row each (entity, change, field, from, to), only the rows on screen
// drawn. Read-only: it never pushes a command, so the document and its Undo stay as they are.
#pragma once

#include "logic/compare_files.h"

namespace sc::web {

// Call every frame while a comparison exists; `open` opens the modal (the frame the file was
// compared). Returns true when the user closed it.
bool drawCompareFilesWindow(CompareFilesWindow& window, bool open);

}  // namespace sc::web
