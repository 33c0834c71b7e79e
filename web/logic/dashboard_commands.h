// The Dashboard's edit: File > Record review, a command over core's dashboard::recordReview
// (one Undo step, label from the core) that stores today's figures in the document's reviews.
#pragma once

#include <string>

#include "logic/commands.h"

namespace sc::web {

// Records a review held on `today` ("YYYY-MM-DD") with `note`: the score report is computed
// from the document the command is applied to, so the review is of exactly that head.
Command recordReviewCommand(std::string note, std::string today);

}  // namespace sc::web
