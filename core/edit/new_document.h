// File > New: a blank scorecard that starts with the built-in dimensions, so promises and
// channels can be placed on the shared vocabulary at once (and files from different teams
// compare on the same terms).
#pragma once

#include <string>

#include "model/document.h"

namespace sc::edit {

// Title "Untitled scorecard", currency USD, created/updated = now, the built-in dimensions,
// nothing else.
Document newScorecard(const std::string& now);

}  // namespace sc::edit
