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

// White text on black, yellow for what can be clicked or is selected, white borders: the
// Windows high-contrast convention.
void highContrastColours(ImGuiStyle& style) {
    ImGui::StyleColorsDark(&style);
    const ImVec4 black(0, 0, 0, 1), white(1, 1, 1, 1), yellow(1, 1, 0, 1), cyan(0, 1, 1, 1);
    const ImVec4 dim(0.25f, 0.25f, 0.0f, 1.0f), mid(0.45f, 0.45f, 0.0f, 1.0f);
    ImVec4* c = style.Colors;
    c[ImGuiCol_Text] = white;
    c[ImGuiCol_TextDisabled] = ImVec4(0.8f, 0.8f, 0.8f, 1);
    c[ImGuiCol_WindowBg] = c[ImGuiCol_ChildBg] = c[ImGuiCol_PopupBg] = c[ImGuiCol_MenuBarBg] = black;
    c[ImGuiCol_Border] = c[ImGuiCol_Separator] = white;
    c[ImGuiCol_FrameBg] = black;
    c[ImGuiCol_FrameBgHovered] = dim;
    c[ImGuiCol_FrameBgActive] = mid;
    c[ImGuiCol_Button] = black;
    c[ImGuiCol_ButtonHovered] = dim;
    c[ImGuiCol_ButtonActive] = mid;
    c[ImGuiCol_Header] = mid;
    c[ImGuiCol_HeaderHovered] = dim;
    c[ImGuiCol_HeaderActive] = mid;
    c[ImGuiCol_CheckMark] = yellow;
    c[ImGuiCol_TextSelectedBg] = ImVec4(0.0f, 0.45f, 0.45f, 1.0f);
    c[ImGuiCol_NavHighlight] = cyan;
    c[ImGuiCol_TableHeaderBg] = ImVec4(0.15f, 0.15f, 0.15f, 1);
    c[ImGuiCol_TableBorderStrong] = c[ImGuiCol_TableBorderLight] = white;
    c[ImGuiCol_TableRowBg] = black;
    c[ImGuiCol_TableRowBgAlt] = ImVec4(0.1f, 0.1f, 0.1f, 1);
    c[ImGuiCol_Tab] = black;
    c[ImGuiCol_TabHovered] = dim;
    c[ImGuiCol_TabActive] = mid;
    c[ImGuiCol_ScrollbarBg] = black;
    c[ImGuiCol_ScrollbarGrab] = ImVec4(0.7f, 0.7f, 0.7f, 1);
    c[ImGuiCol_ModalWindowDimBg] = ImVec4(0, 0, 0, 0.6f);
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

void applyStyle(float scale, Theme theme) {
    ImGuiStyle style;
    switch (theme) {
        case Theme::Light:
            ImGui::StyleColorsLight(&style);
            style.Colors[ImGuiCol_WindowBg] = ImVec4(0.97f, 0.97f, 0.98f, 1.0f);
            break;
        case Theme::Dark:
            ImGui::StyleColorsDark(&style);
            style.Colors[ImGuiCol_WindowBg] = ImVec4(0.11f, 0.11f, 0.13f, 1.0f);
            break;
        case Theme::HighContrast:
            highContrastColours(style);
            break;
    }
    style.WindowRounding = 0.0f;
    style.FrameRounding = 3.0f;
    style.WindowBorderSize = 0.0f;
    // Inputs and radio buttons are white on the light theme, like a dialog's background:
    // without a border they cannot be seen there.
    style.FrameBorderSize = 1.0f;
    style.CellPadding = ImVec2(6.0f, 4.0f);
    style.ItemSpacing = ImVec2(8.0f, 6.0f);
    style.ScaleAllSizes(scale);
    ImGui::GetStyle() = style;
}

ImFont* headingFont() {
    const ImFontAtlas* atlas = ImGui::GetIO().Fonts;
    return atlas->Fonts.Size >= 2 ? atlas->Fonts[1] : nullptr;
}

}  // namespace sc::web
