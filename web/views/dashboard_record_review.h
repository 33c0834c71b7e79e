// The File > Record review dialog: an optional note, then Record (the App pushes
// recordReviewCommand) or Cancel. Seed 002: "set a recurring quarterly review".
#pragma once

#include <string>

namespace sc::web {

// `open`: open the dialog this frame. Returns true on Record; `note` is what was typed.
bool drawRecordReviewModal(bool open, std::string& note, const std::string& today);

}  // namespace sc::web
