// The modals shown while a document is read a slice a frame (sc::LoadJob): a file being opened
// (with Cancel: the open scorecard stays as it was) and, at start, the autosaved work being
// restored (no Cancel: nothing else is open yet).
#pragma once

#include <string>

namespace sc::web {

// `open`: show it from this frame on; `close`: the file is read, close it this frame. True when
// Cancel (or Esc) was chosen.
bool drawOpeningDialog(const std::string& fileName, double progress, const std::string& activity, bool open,
                       bool close);

// `what`: the record being restored ("large.scorecard.json, autosaved 2026-12-06 19:01 (just now)").
void drawRestoringDialog(const std::string& what, double progress, const std::string& activity, bool open,
                         bool close);

}  // namespace sc::web
