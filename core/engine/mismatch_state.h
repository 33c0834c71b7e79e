// The state a mismatch is in for the report, from what the document records AND what the
// workflow says about it (issue 13.2, 13.3). The recorded status stays what the file says; the
// state is what ranking, the index and the readers go by:
//
//  - "fixing" for a mismatch recorded fixed/verified (or a decision marked implemented) while a
//    touchpoint of its checklist is open — seed 002: "changing the landing page copy but not
//    updating the email sequence or the sales script leaves the misalignment in place";
//  - "verifying" for a fixed mismatch whose two-sales-cycle verification is too early or lacks
//    data — seed 002: "track the same metrics for at least two full sales cycles";
//  - "open" for a fixed mismatch whose verification regressed ("If not, revisit your maps");
//  - otherwise the recorded status.
// Active states ("open", "fixing") rank and count in the index; "verifying" does not, but the
// index says how many of its points rest on it (alignment_index.h).
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace sc::engine {

struct MismatchState {
    std::string state;   // "open" | "fixing" | "verifying" | "dismissed" | "accepted" | "fixed" | "verified"
    std::string reason;  // why it differs from the recorded status; empty when it does not
    std::vector<std::string> openItems;  // checklist labels still open, when that is the reason
};

// The state of one mismatch at `today` ("YYYY-MM-DD").
MismatchState mismatchState(const Document& doc, const Mismatch& m, const std::string& today);

// A copy of `doc` whose mismatch statuses are their states (what rank and index go by).
Document withMismatchStates(const Document& doc, const std::string& today);

}  // namespace sc::engine
