// Mouse wheel and trackpad scrolling, from the browser's units to ImGui's.
//
// Emscripten's GLFW hands the scroll callback the DOM event's raw deltaX/deltaY: pixels (or
// lines, in Firefox), positive for "down". ImGui wants wheel steps, positive for "up", about
// one per notch. Passed through as is, one notch down (deltaY = 100) scrolled a table 100 steps
// UP — to its top. So the page's glue sends the DOM deltas with their deltaMode here instead.
// Plain C++, tested natively.
#pragma once

namespace sc::web {

struct WheelSteps {
    float x = 0.0f;  // ImGui io.MouseWheelH: positive scrolls left
    float y = 0.0f;  // ImGui io.MouseWheel: positive scrolls up
};

// deltaMode as in the DOM WheelEvent: 0 pixels (100 px ≈ one notch in Chromium), 1 lines
// (3 lines a notch), 2 pages (one page counts as 3 notches). An unknown mode counts as pixels.
// Non-finite deltas count as 0; one event gives at most 20 steps either way.
WheelSteps wheelSteps(double deltaX, double deltaY, int deltaMode);

}  // namespace sc::web
