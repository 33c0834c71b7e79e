// Display preferences (theme, text size) survive in the browser's storage, and chart colours
// differ in lightness so red/green colour-blind readers can tell them apart.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <vector>

#include "logic/theme_palette.h"
#include "logic/theme_prefs.h"

using namespace sc::web;

namespace {

class MapStore : public KeyValueStore {
  public:
    std::map<std::string, std::string> values;
    bool refuse = false;
    std::optional<std::string> get(const std::string& key) override {
        auto it = values.find(key);
        if (it == values.end()) return std::nullopt;
        return it->second;
    }
    bool set(const std::string& key, const std::string& value) override {
        if (refuse) return false;
        values[key] = value;
        return true;
    }
    void remove(const std::string& key) override { values.erase(key); }
};

}  // namespace

TEST(theme_prefs_test, theme_and_text_size_round_trip_through_storage) {
    MapStore store;
    DisplayPrefs prefs;
    prefs.theme = Theme::Dark;
    prefs.textSizePercent = 125;
    ASSERT_TRUE(saveDisplayPrefs(store, prefs));
    EXPECT_EQ(store.values[kThemeKey], "dark");
    EXPECT_EQ(store.values[kTextSizeKey], "125");
    const DisplayPrefs loaded = loadDisplayPrefs(store);
    EXPECT_EQ(loaded.theme, Theme::Dark);
    EXPECT_EQ(loaded.textSizePercent, 125);
    EXPECT_FALSE(loaded.presenting);
}

TEST(theme_prefs_test, nothing_stored_or_unreadable_means_the_defaults) {
    MapStore store;
    EXPECT_EQ(loadDisplayPrefs(store).theme, Theme::Light);
    EXPECT_EQ(loadDisplayPrefs(store).textSizePercent, 100);
    store.values[kThemeKey] = "purple";
    store.values[kTextSizeKey] = "1e9";
    EXPECT_EQ(loadDisplayPrefs(store).theme, Theme::Light);
    EXPECT_EQ(loadDisplayPrefs(store).textSizePercent, 100);
    store.values[kThemeKey] = "high-contrast";
    EXPECT_EQ(loadDisplayPrefs(store).theme, Theme::HighContrast);
}

TEST(theme_prefs_test, a_refused_write_is_reported) {
    MapStore store;
    store.refuse = true;
    EXPECT_FALSE(saveDisplayPrefs(store, DisplayPrefs{}));
}

TEST(theme_prefs_test, text_size_steps_and_stops_at_the_ends) {
    EXPECT_EQ(stepTextSize(100, +1), 110);
    EXPECT_EQ(stepTextSize(100, -1), 90);
    EXPECT_EQ(stepTextSize(200, +1), 200);
    EXPECT_EQ(stepTextSize(80, -1), 80);
    EXPECT_EQ(stepTextSize(105, +1), 110);
    EXPECT_EQ(stepTextSize(105, -1), 100);
}

TEST(theme_prefs_test, projector_mode_scales_text_on_top_of_the_chosen_size) {
    DisplayPrefs prefs;
    prefs.textSizePercent = 110;
    EXPECT_FLOAT_EQ(prefs.textScale(), 1.1f);
    prefs.presenting = true;
    EXPECT_FLOAT_EQ(prefs.textScale(), 1.1f * kPresentScale);
}

TEST(theme_prefs_test, every_theme_has_an_id_and_a_name_that_read_back) {
    for (const auto& info : kThemes) {
        EXPECT_EQ(themeFromId(themeId(info.theme)), info.theme);
        EXPECT_STRNE(themeName(info.theme), "");
    }
}

// Colour-blind safety: the four severities and the three RAG fills each differ in luminance
// by a clear step, in every theme, so they never rely on hue alone.
TEST(theme_palette_test, severity_and_rag_fills_differ_in_lightness) {
    for (const auto& info : kThemes) {
        const ChartPalette& p = chartPalette(info.theme);
        std::vector<float> severities = {relativeLuminance(p.critical), relativeLuminance(p.high),
                                         relativeLuminance(p.medium), relativeLuminance(p.low)};
        for (std::size_t i = 1; i < severities.size(); ++i)
            EXPECT_GT(severities[i] - severities[i - 1], 0.08f) << info.id << " severity step " << i;
        std::vector<float> rag = {relativeLuminance(p.red), relativeLuminance(p.green),
                                  relativeLuminance(p.amber)};
        for (std::size_t i = 1; i < rag.size(); ++i)
            EXPECT_GT(rag[i] - rag[i - 1], 0.1f) << info.id << " rag step " << i;
    }
}

TEST(theme_palette_test, fills_are_looked_up_by_vocabulary_word) {
    const ChartPalette& p = chartPalette(Theme::Light);
    EXPECT_EQ(severityFill(p, "critical").r, p.critical.r);
    EXPECT_EQ(severityFill(p, "low").g, p.low.g);
    EXPECT_EQ(severityFill(p, "none").b, p.empty.b);
    EXPECT_EQ(ragFill(p, "amber").g, p.amber.g);
    EXPECT_EQ(ragFill(p, "").r, p.empty.r);
}

TEST(theme_palette_test, values_inside_marks_are_black_on_light_and_white_on_dark_fills) {
    const ChartPalette& p = chartPalette(Theme::Light);
    EXPECT_EQ(textOn(p.critical).r, 1.0f);  // white on the darkest red
    EXPECT_EQ(textOn(p.low).r, 0.0f);       // black on the palest
    EXPECT_EQ(textOn(p.amber).r, 0.0f);
}
