// Main menu bar (see main_menu.h). Only items that work are listed.
#include "views/main_menu.h"

#include "imgui.h"
#include "logic/file_names.h"
#include "test_hooks/item_recorder.h"
#include "logic/edit_menu.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

// File > Open recent: the files this browser remembers (only with File System Access).
void recentMenu(const ViewState& view, const std::vector<RecentFile>& recent, double nowMs,
                MenuRequests& requests) {
    if (!ImGui::BeginMenu("Open recent")) return;
    if (!view.fileAccess) {
        ImGui::MenuItem(kRecentUnavailable, nullptr, false, false);
    } else {
        if (recent.empty()) ImGui::MenuItem(kRecentEmpty, nullptr, false, false);
        for (const RecentFile& file : recent) {
            const std::string when = recentOpenedText(file, nowMs);
            if (ImGui::MenuItem(recentItemLabel(file).c_str(), when.c_str())) requests.openRecent = file.id;
            test_hooks::noteText(when.c_str());  // the second column, for the browser tests
            if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s", (file.name + ", " + when).c_str());
        }
        ImGui::Separator();
        if (ImGui::MenuItem(kClearRecent, nullptr, false, !recent.empty())) requests.clearRecent = true;
    }
    ImGui::EndMenu();
}

void fileMenu(const std::vector<std::string>& samples, const ViewState& view,
              const std::vector<RecentFile>& recent, double nowMs, MenuRequests& requests) {
    if (!ImGui::BeginMenu("File")) return;
    // The shortcuts are handled by the page (shell/index.html), which also stops the
    // browser's own Ctrl+O/Ctrl+S; the menu only shows them.
    if (ImGui::MenuItem("New blank scorecard")) requests.newBlank = true;
    if (ImGui::BeginMenu("New from sample", !samples.empty())) {
        for (std::size_t i = 0; i < samples.size(); ++i)
            if (ImGui::MenuItem((samples[i] + "##new").c_str())) requests.newFromSample = static_cast<int>(i);
        ImGui::EndMenu();
    }
    ImGui::Separator();
    if (ImGui::MenuItem("Open\xE2\x80\xA6", "Ctrl+O")) requests.openFile = true;  // "Open…"
    recentMenu(view, recent, nowMs, requests);
    if (ImGui::MenuItem("Save", "Ctrl+S")) requests.save = true;
    if (view.fileAccess && ImGui::MenuItem("Save As\xE2\x80\xA6")) requests.saveAs = true;
    // Which way Save goes, so nobody wonders where their file went.
    const std::string mode = !view.fileAccess
                                 ? "Save downloads a copy (this browser cannot write files in place)"
                             : view.savesInPlace ? "Save writes back to " + view.fileName
                                                 : "Save asks where to write (Save As\xE2\x80\xA6)";
    ImGui::TextDisabled("%s", mode.c_str());
    test_hooks::noteText(mode.c_str());
    ImGui::Separator();
    if (ImGui::MenuItem("Compare with\xE2\x80\xA6")) requests.compareWith = true;  // "Compare with…"
    if (ImGui::MenuItem("Merge\xE2\x80\xA6")) requests.mergeWith = true;           // "Merge…"
    // "Import CSV…": a partner's monthly export, the price book, partners, territories.
    if (ImGui::MenuItem("Import CSV\xE2\x80\xA6")) requests.importCsv = true;
    if (ImGui::MenuItem("Record review\xE2\x80\xA6")) requests.recordReview = true;  // "Record review…"
    if (ImGui::MenuItem("Export report\xE2\x80\xA6")) requests.exportReport = true;  // "Export report…"
    // "Copy share link…": the whole document in the link's #fragment (docs/SHARE_LINK.md).
    if (ImGui::MenuItem("Copy share link\xE2\x80\xA6")) requests.shareLink = true;
    ImGui::Separator();
    if (ImGui::BeginMenu("Open sample", !samples.empty())) {
        for (std::size_t i = 0; i < samples.size(); ++i)
            if (ImGui::MenuItem(samples[i].c_str())) requests.openSample = static_cast<int>(i);
        ImGui::EndMenu();
    }
    ImGui::EndMenu();
}

void editMenu(const History& history, MenuRequests& requests) {
    if (!ImGui::BeginMenu("Edit")) return;
    // The items name the command ("Undo Dismiss mismatch 'X'"); ### keeps their ids fixed.
    const std::string undo = undoItemText(history.undoLabel()) + "###undo";
    if (ImGui::MenuItem(undo.c_str(), "Ctrl+Z", false, history.canUndo())) requests.undo = true;
    const std::string redo = redoItemText(history.redoLabel()) + "###redo";
    if (ImGui::MenuItem(redo.c_str(), "Ctrl+Y", false, history.canRedo())) requests.redo = true;
    ImGui::EndMenu();
}

// Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y anywhere but in a text field (which keeps its own undo).
void editShortcuts(MenuRequests& requests) {
    const ImGuiIO& io = ImGui::GetIO();
    EditKeys keys;
    keys.ctrl = io.KeyCtrl;
    keys.shift = io.KeyShift;
    keys.alt = io.KeyAlt;
    keys.super = io.KeySuper;
    keys.zPressed = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Z));
    keys.yPressed = ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Y));
    keys.textInput = io.WantTextInput;
    switch (editShortcut(keys)) {
        case EditShortcut::Undo:
            requests.undo = true;
            break;
        case EditShortcut::Redo:
            requests.redo = true;
            break;
        case EditShortcut::None:
            break;
    }
}

// Theme and text size are remembered per browser by the app; Ctrl+= / Ctrl+- reach the app
// through the page (shell/index.html stops the browser's own zoom on them).
void displayItems(const DisplayPrefs& display, MenuRequests& requests) {
    // "Theme: Dark": the submenu names the theme in use.
    const std::string theme = std::string("Theme: ") + themeName(display.theme) + "###theme";
    if (ImGui::BeginMenu(theme.c_str())) {
        for (const auto& info : kThemes)
            if (ImGui::MenuItem(info.name, nullptr, display.theme == info.theme)) requests.theme = info.theme;
        ImGui::EndMenu();
    }
    if (ImGui::MenuItem("Larger text", "Ctrl+=")) requests.textSizeStep = +1;
    if (ImGui::MenuItem("Smaller text", "Ctrl+-")) requests.textSizeStep = -1;
    if (ImGui::MenuItem("Normal text size", "Ctrl+0", false, display.textSizePercent != kDefaultTextSize))
        requests.resetTextSize = true;
    if (ImGui::MenuItem("Present", "Esc leaves")) requests.present = true;
}

void viewMenu(ViewState& view, const DisplayPrefs& display, MenuRequests& requests) {
    if (!ImGui::BeginMenu("View")) return;
    for (const auto& info : kViews) {
        if (ImGui::MenuItem(info.name, nullptr, view.current == info.id) && view.current != info.id) {
            view.current = info.id;
            view.selectedId.clear();
        }
    }
    ImGui::Separator();
    ImGui::MenuItem("Show findings panel", nullptr, &view.showFindings);
    ImGui::Separator();
    displayItems(display, requests);
    ImGui::EndMenu();
}

void helpMenu(ViewState& view) {
    if (!ImGui::BeginMenu("Help")) return;
    if (ImGui::MenuItem("About")) view.showAbout = true;
    ImGui::EndMenu();
}

// Right-aligned in the bar: "plan.scorecard.json" or "plan.scorecard.json  • unsaved changes".
// The name is one line and gives way (an ellipsis, the whole name on hover): the unsaved mark
// is always drawn in full, however long the name (issue 12.10).
void fileStatus(const History& history, const ViewState& view) {
    const std::string name = oneLineName(view.fileName.empty() ? std::string("Untitled") : view.fileName);
    const std::string mark = history.isDirty() ? "  \xE2\x80\xA2 unsaved changes" : "";  // U+2022 BULLET
    const float right = ImGui::GetWindowContentRegionMax().x;
    const float room = right - ImGui::GetCursorPosX() - ImGui::CalcTextSize(mark.c_str()).x;
    const std::string shown = FitToWidth(name, room);
    const std::string status = shown + mark;
    const float width = ImGui::CalcTextSize(status.c_str()).x;
    if (ImGui::GetCursorPosX() + width < right) ImGui::SetCursorPosX(right - width);
    CellText(status);
    if (shown != name && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", name.c_str());
}

}  // namespace

MenuResult drawMainMenu(const History& history, const std::vector<std::string>& samples, ViewState& view,
                        const DisplayPrefs& display, const std::vector<RecentFile>& recent, double nowMs) {
    MenuResult result;
    editShortcuts(result.requests);
    if (!ImGui::BeginMainMenuBar()) return result;
    result.height = ImGui::GetWindowHeight();
    fileMenu(samples, view, recent, nowMs, result.requests);
    editMenu(history, result.requests);
    viewMenu(view, display, result.requests);
    helpMenu(view);
    fileStatus(history, view);
    ImGui::EndMainMenuBar();
    return result;
}

}  // namespace sc::web
