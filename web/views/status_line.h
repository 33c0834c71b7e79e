// A one-line strip under the menu bar for news that must not block work: "Restored your
// unsaved work from ..." with Discard, autosave warnings. Hidden when there is nothing to say.
#pragma once

#include <string>

namespace sc::web {

struct StatusMessage {
    std::string text;            // "" = no status line
    bool warning = false;        // drawn in a warning colour
    bool offerDiscard = false;   // a "Discard" button (restored work)
    bool offerDownload = false;  // a "Download it" button (an autosave that could not be read)
    bool offerOthers = false;    // "Open next" and "Discard the others" (autosaves of closed tabs)
};

struct StatusLineResult {
    float height = 0.0f;  // space it took under the menu bar (0 when hidden)
    bool discard = false;
    bool download = false;
    bool dismiss = false;
    bool openNext = false;       // restore the next closed tab's autosave (in a new tab)
    bool discardOthers = false;  // set the closed tabs' autosaves aside
};

// Draws the strip at `top` across the viewport.
StatusLineResult drawStatusLine(const StatusMessage& message, float top);

}  // namespace sc::web
