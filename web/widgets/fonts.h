// Fonts and style at a given device pixel ratio. The app renders in framebuffer pixels, so on
// a 2x screen the atlas is rasterised at twice the size and every style size doubled: crisp
// text instead of a blurry upscale.
#pragma once

#include "logic/theme_prefs.h"

struct ImFont;

namespace sc::web {

// Base sizes in CSS pixels.
inline constexpr float kBodyFontPx = 15.0f;
inline constexpr float kHeadingFontPx = 20.0f;

// Rebuilds ImGui's font atlas (embedded Inter subsets) at `scale`. The caller re-uploads the
// GPU texture afterwards (renderer backend's job).
void buildFonts(float scale);

// A fresh style (the theme's colours, project tweaks) scaled by `scale`.
void applyStyle(float scale, Theme theme = Theme::Light);

// The heading face, or nullptr before buildFonts() (then the default font is used).
ImFont* headingFont();

}  // namespace sc::web
