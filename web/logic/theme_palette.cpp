// Chart colours (see theme_palette.h). The severity ramp is ColorBrewer's OrRd (one hue,
// lightness falling with severity); RAG uses three clearly different lightnesses.
#include "logic/theme_palette.h"

#include <cmath>

namespace sc::web {

namespace {

constexpr Colour rgb(int r, int g, int b, float a = 1.0f) {
    return Colour{static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f,
                  static_cast<float>(b) / 255.0f, a};
}

ChartPalette common() {
    ChartPalette p;
    p.critical = rgb(127, 0, 0);
    p.high = rgb(215, 48, 31);
    p.medium = rgb(252, 141, 89);
    p.low = rgb(253, 212, 158);
    p.red = rgb(165, 0, 38);
    p.green = rgb(77, 172, 38);
    p.amber = rgb(254, 224, 144);
    return p;
}

ChartPalette light() {
    ChartPalette p = common();
    p.empty = rgb(236, 237, 240);
    p.line = rgb(33, 102, 172);
    p.benchmark = rgb(64, 64, 64);
    p.greenBand = rgb(77, 172, 38, 0.16f);
    p.amberBand = rgb(254, 200, 90, 0.28f);
    p.grid = rgb(150, 150, 160);
    p.marker = rgb(0, 0, 0);
    p.bar = rgb(33, 102, 172);
    p.barBenchmark = rgb(180, 190, 205);
    return p;
}

ChartPalette dark() {
    ChartPalette p = common();
    p.empty = rgb(52, 54, 60);
    p.line = rgb(146, 197, 222);
    p.benchmark = rgb(220, 220, 220);
    p.greenBand = rgb(77, 172, 38, 0.22f);
    p.amberBand = rgb(254, 200, 90, 0.20f);
    p.grid = rgb(110, 110, 120);
    p.marker = rgb(255, 255, 255);
    p.bar = rgb(146, 197, 222);
    p.barBenchmark = rgb(80, 90, 105);
    return p;
}

ChartPalette highContrast() {
    ChartPalette p = common();
    p.empty = rgb(0, 0, 0);
    p.line = rgb(255, 255, 0);
    p.benchmark = rgb(255, 255, 255);
    p.greenBand = rgb(77, 172, 38, 0.35f);
    p.amberBand = rgb(254, 200, 90, 0.30f);
    p.grid = rgb(255, 255, 255);
    p.marker = rgb(0, 255, 255);
    p.bar = rgb(255, 255, 0);
    p.barBenchmark = rgb(128, 128, 128);
    return p;
}

float channel(float c) { return c <= 0.03928f ? c / 12.92f : std::pow((c + 0.055f) / 1.055f, 2.4f); }

}  // namespace

const ChartPalette& chartPalette(Theme theme) {
    static const ChartPalette kLight = light(), kDark = dark(), kHigh = highContrast();
    switch (theme) {
        case Theme::Dark:
            return kDark;
        case Theme::HighContrast:
            return kHigh;
        case Theme::Light:
            break;
    }
    return kLight;
}

Colour severityFill(const ChartPalette& palette, const std::string& severity) {
    if (severity == "critical") return palette.critical;
    if (severity == "high") return palette.high;
    if (severity == "medium") return palette.medium;
    if (severity == "low") return palette.low;
    return palette.empty;
}

Colour ragFill(const ChartPalette& palette, const std::string& rag) {
    if (rag == "red") return palette.red;
    if (rag == "amber") return palette.amber;
    if (rag == "green") return palette.green;
    return palette.empty;
}

float relativeLuminance(Colour c) {
    return 0.2126f * channel(c.r) + 0.7152f * channel(c.g) + 0.0722f * channel(c.b);
}

Colour textOn(Colour fill) {
    // The contrast ratio against black vs against white: pick the larger.
    const float l = relativeLuminance(fill);
    const float onBlack = (l + 0.05f) / 0.05f;
    const float onWhite = 1.05f / (l + 0.05f);
    return onBlack >= onWhite ? Colour{0, 0, 0, 1} : Colour{1, 1, 1, 1};
}

}  // namespace sc::web
