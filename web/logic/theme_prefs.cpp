// Display preferences (see theme_prefs.h).
#include "logic/theme_prefs.h"

#include <string>

namespace sc::web {

const char* themeId(Theme theme) {
    for (const auto& info : kThemes)
        if (info.theme == theme) return info.id;
    return kThemes[0].id;
}

const char* themeName(Theme theme) {
    for (const auto& info : kThemes)
        if (info.theme == theme) return info.name;
    return kThemes[0].name;
}

Theme themeFromId(std::string_view id) {
    for (const auto& info : kThemes)
        if (id == info.id) return info.theme;
    return Theme::Light;
}

int stepTextSize(int percent, int direction) {
    constexpr int count = static_cast<int>(sizeof(kTextSizes) / sizeof(kTextSizes[0]));
    if (direction > 0) {
        for (int i = 0; i < count; ++i)
            if (kTextSizes[i] > percent) return kTextSizes[i];
        return kTextSizes[count - 1];
    }
    if (direction < 0) {
        for (int i = count - 1; i >= 0; --i)
            if (kTextSizes[i] < percent) return kTextSizes[i];
        return kTextSizes[0];
    }
    return percent;
}

int textSizeFromText(std::string_view text) {
    for (const int size : kTextSizes)
        if (text == std::to_string(size)) return size;
    return kDefaultTextSize;
}

DisplayPrefs loadDisplayPrefs(KeyValueStore& store) {
    DisplayPrefs prefs;
    if (auto theme = store.get(kThemeKey)) prefs.theme = themeFromId(*theme);
    if (auto size = store.get(kTextSizeKey)) prefs.textSizePercent = textSizeFromText(*size);
    return prefs;
}

bool saveDisplayPrefs(KeyValueStore& store, const DisplayPrefs& prefs) {
    const bool theme = store.set(kThemeKey, themeId(prefs.theme));
    const bool size = store.set(kTextSizeKey, std::to_string(prefs.textSizePercent));
    return theme && size;
}

}  // namespace sc::web
