#include "logic/wheel.h"

#include <algorithm>
#include <cmath>

namespace sc::web {

namespace {

float steps(double delta, double perNotch) {
    if (!std::isfinite(delta)) return 0.0f;
    // DOM "down/right" is positive, ImGui "up/left" is: flip the sign.
    return static_cast<float>(std::clamp(-delta / perNotch, -20.0, 20.0));
}

}  // namespace

WheelSteps wheelSteps(double deltaX, double deltaY, int deltaMode) {
    double perNotch = 100.0;                 // DOM_DELTA_PIXEL
    if (deltaMode == 1) perNotch = 3.0;      // DOM_DELTA_LINE
    if (deltaMode == 2) perNotch = 1.0 / 3;  // DOM_DELTA_PAGE
    return WheelSteps{steps(deltaX, perNotch), steps(deltaY, perNotch)};
}

}  // namespace sc::web
