// Pane sizes (see pane_layout.h).
#include "logic/pane_layout.h"

#include <algorithm>

namespace sc::web {

float findingsPaneHeight(float available, float lineHeight, float padding, std::size_t findings,
                         float maxShare) {
    if (available <= 0.0f) return 0.0f;
    const std::size_t lines = 1 + (findings > 0 ? 1 + findings : 0);
    const float wanted = static_cast<float>(lines) * lineHeight + 2.0f * padding;
    return std::min(wanted, available * maxShare);
}

}  // namespace sc::web
