// The main menu bar: File (open a file or a sample, save), Edit (undo/redo, naming the command;
// also Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y outside text fields), View (screens,
// panels), Help; at its right end the open file's name with a mark while it has unsaved changes.
// Menu choices that change the document are returned as requests and applied by the app after
// drawing; pure UI choices (which view, which panel) change ViewState directly.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "logic/history.h"
#include "logic/recent_files.h"
#include "logic/theme_prefs.h"
#include "logic/view_state.h"

namespace sc::web {

struct MenuRequests {
    bool newBlank = false;      // File > New blank scorecard (built-in dimensions only)
    int newFromSample = -1;     // File > New from sample: an untitled copy of sample i
    int openSample = -1;        // index into the sample list, -1 = none
    bool openFile = false;      // File > Open...: the platform shows the browser's file chooser
    int openRecent = 0;         // File > Open recent: the page's id of the file (0 = none)
    bool clearRecent = false;   // File > Open recent > Clear recent files
    bool save = false;          // File > Save: written back to the file, or downloaded
    bool saveAs = false;        // File > Save As…: a new file chosen in the browser's dialog
    bool importCsv = false;     // File > Import CSV...: the same chooser; a .csv file is imported
    bool compareWith = false;   // File > Compare with...: the same chooser; the file is compared, not opened
    bool mergeWith = false;     // File > Merge...: the same chooser; the file is merged into the open one
    bool recordReview = false;  // File > Record review...: the dialog asks for a note
    bool exportReport = false;  // File > Export report...: downloads <name>.report.html (core/report)
    bool shareLink = false;     // File > Copy share link...: the document as a link (docs/SHARE_LINK.md)
    bool undo = false;
    bool redo = false;
    std::optional<Theme> theme;  // View > Theme
    int textSizeStep = 0;        // View > Larger text (+1) / Smaller text (-1)
    bool resetTextSize = false;  // View > Normal text size
    bool present = false;        // View > Present (projector mode)
};

struct MenuResult {
    MenuRequests requests;
    float height = 0.0f;  // the bar's height in framebuffer pixels
};

// `recent`: File > Open recent's files, newest first; `nowMs` for their "opened … ago".
MenuResult drawMainMenu(const History& history, const std::vector<std::string>& samples, ViewState& view,
                        const DisplayPrefs& display, const std::vector<RecentFile>& recent, double nowMs);

}  // namespace sc::web
