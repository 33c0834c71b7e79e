// The colours charts and marks are drawn in, per theme. Severity and RAG colours differ in
// lightness, not only in hue, so red/green colour-blind readers can tell them apart (and every
// coloured mark also carries its value in text: the views draw that). No ImGui here.
#pragma once

#include <string>

#include "logic/theme_prefs.h"

namespace sc::web {

struct Colour {
    float r = 0, g = 0, b = 0, a = 1;
};

struct ChartPalette {
    // Severity fills, darkest (critical) to lightest (low): one hue ramp.
    Colour critical, high, medium, low;
    Colour empty;  // a heat-map cell with nothing open
    // RAG fills: red darkest, green middle, amber lightest.
    Colour red, amber, green;
    Colour line;       // a measured series
    Colour benchmark;  // the benchmark line
    Colour greenBand, amberBand;
    Colour grid;    // axes and cell borders
    Colour marker;  // the divergent funnel stage's outline
    Colour bar;     // a neutral bar (funnel stages)
    Colour barBenchmark;
};

const ChartPalette& chartPalette(Theme theme);

// The fill of a severity ("critical", "high", "medium", "low"); `empty` for anything else.
Colour severityFill(const ChartPalette& palette, const std::string& severity);
// The fill of a RAG status ("red", "amber", "green"); `empty` for anything else.
Colour ragFill(const ChartPalette& palette, const std::string& rag);

// Relative luminance (WCAG 2) of a colour, 0 (black) .. 1 (white).
float relativeLuminance(Colour c);
// Black or white, whichever reads better on `fill` (the value printed inside a mark).
Colour textOn(Colour fill);

}  // namespace sc::web
