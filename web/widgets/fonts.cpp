// Font atlas and style (see fonts.h). Glyph ranges come from assets/fonts.cmake through the
// SCORECARD_FONT_GLYPH_RANGES definition, so the subset and the atlas always agree; any other
// character is drawn as '?' (ImGui's fallback: the subsets have no U+FFFD).
#include "widgets/fonts.h"

#include "embedded/embedded_files.h"
#include "imgui.h"

namespace sc::web {

namespace {

const ImWchar kGlyphRanges[] = {SCORECARD_FONT_GLYPH_RANGES};

ImFont* addEmbeddedFont(const EmbeddedFile& file, float pixels) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes live in the wasm's data section
    config.OversampleH = 2;
    config.OversampleV = 1;
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(
        const_cast<unsigned char*>(file.data), static_cast<int>(file.size), pixels, &config, kGlyphRanges);
}

}  // namespace

void buildFonts(float scale) {
    ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    atlas->Clear();
    const EmbeddedFileList fonts = embeddedFonts();
    if (fonts.count >= 2) {
        addEmbeddedFont(fonts.items[0], kBodyFontPx * scale);  // first font = default
        addEmbeddedFont(fonts.items[1], kHeadingFontPx * scale);
    } else {
        ImFontConfig config;
        config.SizePixels = 13.0f * scale;
        atlas->AddFontDefault(&config);
    }
    atlas->Build();
}

void applyStyle(float scale) {
    ImGuiStyle style;
    ImGui::StyleColorsLight(&style);
    style.WindowRounding = 0.0f;
    style.FrameRounding = 3.0f;
    style.WindowBorderSize = 0.0f;
    // Inputs and radio buttons are white on the light theme, like a dialog's background:
    // without a border they cannot be seen there.
    style.FrameBorderSize = 1.0f;
    style.CellPadding = ImVec2(6.0f, 4.0f);
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

ImFont* headingFont() {
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    return atlas->Fonts.Size >= 2 ? atlas->Fonts[1] : nullptr;
}

}  // namespace sc::web
