#include "logic/wheel.h"

#include <cmath>
#include <limits>

#include <gtest/gtest.h>

namespace {

using sc::web::wheelSteps;

TEST(Wheel, OneNotchDownInChromiumIsOneStepDown) {
    const auto s = wheelSteps(0, 100, 0);  // DOM: positive deltaY = down, in pixels
    EXPECT_FLOAT_EQ(s.y, -1.0f) << "ImGui scrolls down on a negative wheel";
    EXPECT_FLOAT_EQ(s.x, 0.0f);
    EXPECT_FLOAT_EQ(wheelSteps(0, -100, 0).y, 1.0f);
}

TEST(Wheel, TrackpadPixelsGiveFractionsOfAStep) {
    EXPECT_FLOAT_EQ(wheelSteps(0, 4, 0).y, -0.04f);
    EXPECT_FLOAT_EQ(wheelSteps(25, 0, 0).x, -0.25f);  // right on the trackpad: scroll right
}

TEST(Wheel, LinesAndPagesCountAsNotches) {
    EXPECT_FLOAT_EQ(wheelSteps(0, 3, 1).y, -1.0f);  // Firefox: 3 lines a notch
    EXPECT_FLOAT_EQ(wheelSteps(0, 1, 2).y, -3.0f);  // one page
    EXPECT_FLOAT_EQ(wheelSteps(0, 100, 7).y, -1.0f) << "an unknown mode counts as pixels";
}

TEST(Wheel, AbsurdDeltasAreBounded) {
    EXPECT_FLOAT_EQ(wheelSteps(0, 1e9, 0).y, -20.0f);
    EXPECT_FLOAT_EQ(wheelSteps(0, -1e9, 1).y, 20.0f);
    EXPECT_FLOAT_EQ(
        wheelSteps(std::numeric_limits<double>::quiet_NaN(), std::numeric_limits<double>::infinity(), 0).y,
        0.0f);
    EXPECT_FLOAT_EQ(wheelSteps(std::numeric_limits<double>::quiet_NaN(), 0, 0).x, 0.0f);
}

}  // namespace
