// Mismatch detection (seed 002 step 3): compare the promise map with the distribution map on
// the dimensions both sides are described on, and report every difference beyond tolerance.
//
// What is compared (docs/SCORE.md "What is compared"):
//  - each product–channel pair: its channel against each promise in pair.promise_ids (when the
//    list is empty: the promises of the pair's segment; with no segment either: every promise);
//  - each channel that is in no pair (and every channel when the document has no pairs):
//    against every promise, with an empty pair id — so no channel is silently left out.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace sc::engine {

// One difference beyond tolerance on one dimension. `key` is stable across recomputes:
// "promise|channel|pair|dimension".
struct Detection {
    std::string key;
    std::string promiseId;
    std::string channelId;
    std::string pairId;
    std::string dimensionId;
    double gap = 0;              // ordered: steps apart; numeric: units short/over/apart
    double beyondTolerance = 0;  // gap minus tolerance (> 0 for every detection)
    double relativeGap = 0;      // beyondTolerance relative to the scale, 0..1
    double severityScore = 0;    // relativeGap × weight / 100, capped at 1
    std::string severity;        // "low" | "medium" | "high" | "critical"
    std::string severityBasis;   // how the severity was reached, in words
    std::string explanation;     // names both sides and the dimension
};

// One promise × channel (× pair) comparison and the dimensions it could compare; the
// alignment index weighs these.
struct Comparison {
    std::string promiseId;
    std::string channelId;
    std::string pairId;
    std::vector<std::string> dimensionIds;  // shared, known dimensions with known levels
};

struct DetectionResult {
    std::vector<Detection> mismatches;    // in pair, promise, dimension order
    std::vector<Comparison> comparisons;  // every combination looked at
    std::vector<std::string> notes;       // skipped values, nothing in common, ...
};

// Severity from the relative gap and the dimension weight (percent):
// score = min(1, relative × weight / 100); critical >= 0.75, high >= 0.5, medium >= 0.25, else low.
std::string severityForScore(double score);

// Runs the comparison over the whole document. Pure and deterministic.
DetectionResult detectMismatches(const Document& doc);

// "promise|channel|pair|dimension"
std::string mismatchKey(const std::string& promiseId, const std::string& channelId, const std::string& pairId,
                        const std::string& dimensionId);

}  // namespace sc::engine
