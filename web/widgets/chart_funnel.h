// A funnel against its benchmark: per stage two bars (observed, benchmark) with both values
// printed above them, the stage's name under them and the journey stage under that; the
// divergent stage is outlined and labelled "diverges here", and `caption` (the explanation)
// is printed under the chart. Hover: the stage's exact values.
#pragma once

#include <string>
#include <vector>

#include "logic/theme_palette.h"

namespace sc::web {

struct FunnelStageDatum {
    std::string label;         // the funnel stage's name
    std::string journeyStage;  // printed under it ("Decision"); may be empty
    bool hasData = false;
    double observed = 0, benchmark = 0;  // rates 0..1
    std::string observedText, benchmarkText;
    bool divergent = false;
    std::vector<std::string> tooltip;
};

// Recorded for the tests as "Funnel stage: <label>" per stage.
void Funnel(const char* id, const std::vector<FunnelStageDatum>& stages, const std::string& caption,
            const ChartPalette& palette);

}  // namespace sc::web
