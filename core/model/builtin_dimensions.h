// The built-in dimensions: the shared vocabulary promises and channels are both placed on,
// taken from the seeds' examples (self-serve vs sales-led, instant vs demo-gated, premium vs
// discount, cookie window vs sales cycle ...). Every sample and every new document starts with
// these ids, so files from different teams compare on the same terms.
#pragma once

#include <vector>

#include "model/maps.h"

namespace sc {

// The id of the numeric dimension that compares a channel's attribution/engagement window
// (e.g. an affiliate cookie) with the promise's (the segment's) sales cycle.
inline constexpr const char* kDecisionWindowDimension = "decision_window_days";

// All built-in dimensions, in display order, each with built_in = true, tolerance 0 and
// weight 100. Ordered dimensions list their levels from one end of the scale to the other,
// so "steps apart" is meaningful. Deterministic: the same list on every call.
std::vector<Dimension> builtInDimensions();

// The direction an ordered dimension is compared in (vocab::kDirection): its own when set,
// else the built-in dimension's of the same id when it is built in (files written before the
// field existed), else "match".
std::string directionOf(const Dimension& dim);

}  // namespace sc
