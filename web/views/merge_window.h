// The File > Merge… window: another scorecard file merged into the open one
// (logic/merge_files.h) — which file, two-way or three-way (with "Choose common ancestor…"),
// the summary, each conflict side by side (entity, field, base, ours, theirs) with its choice
// (ours / theirs / a typed value), the findings the merge would introduce, and Apply / Cancel.
// It only changes the window's choices; Apply is a request the app turns into one command.
#pragma once

#include "logic/merge_files.h"

namespace sc::web {

struct MergeWindowRequests {
    bool apply = false;       // push mergeCommand(): one Undo step
    bool cancel = false;      // close; nothing changes
    bool chooseBase = false;  // the page's file chooser for the common ancestor
};

// Call every frame while a merge exists; `open` opens the modal (the frame the file was read).
MergeWindowRequests drawMergeWindow(MergeFiles& merge, bool open);

}  // namespace sc::web
