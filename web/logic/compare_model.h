// The side-by-side "Compare" view of one promise and one channel (seed 002: "a journey mapping
// tool helps visualize the two maps side by side"): both levels on every dimension and which
// dimensions the engine finds apart. The verdicts are the engine's (engine::detectMismatches);
// this only lines them up. ImGui-free, tested natively.
#pragma once

#include <string>
#include <vector>

#include "engine/detection.h"
#include "model/document.h"

namespace sc::web {

struct CompareRow {
    std::string dimension;     // its name
    std::string promiseLevel;  // "Self-serve", "45 days", "—" when not set
    std::string channelLevel;
    bool apart = false;  // the engine found a mismatch on this dimension
    std::string
        verdict;  // "high: 2 steps apart …" (the engine's explanation) / "aligned" / "not compared: …"
};

struct CompareModel {
    std::vector<CompareRow> rows;               // one per dimension, in document order
    std::vector<engine::Detection> mismatches;  // the engine's detections for this promise × channel
};

CompareModel compare(const sc::Document& doc, const std::string& promiseId, const std::string& channelId);

}  // namespace sc::web
