// Fix options follow the diagnosis (issue 13.8). Seed 002 step 4: "decide whether to change the
// marketing message, adjust the channel, or both. Sometimes the right fix is to stop using a
// channel that fundamentally contradicts the brand"; FAQ: "adapt the marketing to fit the
// channel, change the channel (if possible), or accept the mismatch"; "a calculated trade-off.
// Document the rationale". The options come in order of fit, each with a one-line reason:
//   message      → change_message, both, adjust_channel, stop_channel, accept_tradeoff
//   distribution → adjust_channel, stop_channel, both, change_message, accept_tradeoff
//                  (stop_channel first when the mismatch is critical: it contradicts the promise)
//   both         → both, change_message, adjust_channel, stop_channel, accept_tradeoff
//   otherwise    → both (fixing one side is the seed's top pitfall), change_message,
//                  adjust_channel, stop_channel, accept_tradeoff
// accept_tradeoff is always last and always says a rationale is required.
#pragma once

#include <string>
#include <vector>

#include "engine/diagnosis.h"
#include "model/document.h"

namespace sc::engine {

struct FixOption {
    std::string kind;    // a decision kind (workflow/decisions.h)
    std::string reason;  // one line
};

std::vector<FixOption> fixOptions(const Mismatch& m, const Diagnosis& d);

}  // namespace sc::engine
