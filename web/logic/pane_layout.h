// Pane sizes of the main layout as plain arithmetic (no ImGui), so the rules are tested natively.
#pragma once

#include <cstddef>

namespace sc::web {

// Height of the findings panel under the current view: as tall as its content needs (the
// summary line, and when there are findings a header row and one line per finding, plus the
// window padding), but at most `maxShare` of the height available, so the view above keeps
// most of the screen. A clean file therefore costs one line instead of a quarter of the screen.
float findingsPaneHeight(float available, float lineHeight, float padding, std::size_t findings,
                         float maxShare = 0.28f);

}  // namespace sc::web
