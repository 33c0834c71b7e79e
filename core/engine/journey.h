// Journey vs funnel (seed 002 prerequisites): per product–channel pair, each funnel stage's
// observed conversion against its benchmark; the stage with the lowest ratio of observed to
// benchmark (among stages below their benchmark) is where "the two maps diverge — where the
// misalignment lives". The diagnosis names the same stage as its "weakest stage" (one
// definition: ratio to benchmark, not shortfall in points).
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::engine {

struct StageResult {
    std::string stageId;
    std::string label;  // funnel stage, else journey stage, else name
    std::int64_t entered = 0;
    std::int64_t converted = 0;
    bool hasData = false;         // entered > 0
    std::int64_t observedBp = 0;  // converted / entered
    std::int64_t benchmarkBp = 0;
    std::int64_t shortfallBp = 0;  // benchmark − observed when positive, else 0
};

struct PairJourney {
    std::string pairId;
    std::vector<StageResult> stages;
    std::string divergentStageId;  // empty when no stage falls short
    std::string why;               // "convert: 4.0% observed vs 12.0% benchmark; marketing says ..."
};

// One entry per pair with a funnel. Ties on the ratio go to the earlier stage (the leak
// upstream hides what happens below it).
std::vector<PairJourney> analyseJourneys(const Document& doc);

// The same for one pair.
PairJourney analyseJourney(const ProductChannelPair& pair);

}  // namespace sc::engine
