// The modal shown while a file is read a slice a frame (sc::LoadJob): the file's name, a
// progress bar saying what is being done, and Cancel (the open scorecard stays as it was).
#pragma once

#include <string>

namespace sc::web {

// `open`: show it from this frame on; `close`: the file is read, close it this frame. True when
// Cancel (or Esc) was chosen.
bool drawOpeningDialog(const std::string& fileName, double progress, const std::string& activity, bool open,
                       bool close);

}  // namespace sc::web
