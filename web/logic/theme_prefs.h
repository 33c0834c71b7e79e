// Display preferences remembered per browser: the theme (light, dark, high contrast) and the
// text size (Ctrl+= / Ctrl+-), plus projector mode's larger text. Stored in the page's
// localStorage through KeyValueStore; a missing, unreadable or blocked value means the default.
#pragma once

#include <string>
#include <string_view>

#include "logic/key_value_store.h"

namespace sc::web {

enum class Theme { Light, Dark, HighContrast };

struct ThemeInfo {
    Theme theme;
    const char* id;    // stored value: "light", "dark", "high-contrast"
    const char* name;  // View > Theme item: "Light", "Dark", "High contrast"
};
inline constexpr ThemeInfo kThemes[] = {
    {Theme::Light, "light", "Light"},
    {Theme::Dark, "dark", "Dark"},
    {Theme::HighContrast, "high-contrast", "High contrast"},
};

inline constexpr const char* kThemeKey = "alignment-scorecard/prefs/theme";
inline constexpr const char* kTextSizeKey = "alignment-scorecard/prefs/text-size";

// Text sizes in percent of the base size, smallest to largest; Ctrl+= / Ctrl+- step through.
inline constexpr int kTextSizes[] = {80, 90, 100, 110, 125, 140, 160, 180, 200};
inline constexpr int kDefaultTextSize = 100;
// Projector mode draws text this much larger than the chosen size.
inline constexpr float kPresentScale = 1.5f;

const char* themeId(Theme theme);
const char* themeName(Theme theme);
// Light for anything not one of kThemes' ids.
Theme themeFromId(std::string_view id);

// The next larger (+1) or smaller (-1) size of kTextSizes from `percent`, clamped at the ends.
// A percent between two sizes steps to the neighbour in that direction.
int stepTextSize(int percent, int direction);
// `text` as a stored size: one of kTextSizes, else kDefaultTextSize.
int textSizeFromText(std::string_view text);

struct DisplayPrefs {
    Theme theme = Theme::Light;
    int textSizePercent = kDefaultTextSize;
    bool presenting = false;  // View > Present; not remembered (a reload starts normally)

    // What fonts and style sizes are multiplied by (on top of the device pixel ratio).
    float textScale() const {
        return static_cast<float>(textSizePercent) / 100.0f * (presenting ? kPresentScale : 1.0f);
    }
};

DisplayPrefs loadDisplayPrefs(KeyValueStore& store);
// Writes theme and text size; false when the browser refused (the choice still applies now).
bool saveDisplayPrefs(KeyValueStore& store, const DisplayPrefs& prefs);

}  // namespace sc::web
