// Main menu bar (see main_menu.h). Only items that work are listed.
#include "views/main_menu.h"

#include "imgui.h"

namespace sc::web {

namespace {

void fileMenu(const std::vector<std::string>& samples, MenuRequests& requests) {
    if (!ImGui::BeginMenu("File")) return;
    if (ImGui::BeginMenu("Open sample", !samples.empty())) {
        for (std::size_t i = 0; i < samples.size(); ++i)
            if (ImGui::MenuItem(samples[i].c_str())) requests.openSample = static_cast<int>(i);
        ImGui::EndMenu();
    }
    ImGui::EndMenu();
}

void editMenu(const History& history, MenuRequests& requests) {
    if (!ImGui::BeginMenu("Edit")) return;
    // The edit's own label sits in the shortcut column: "Undo      renamed segment".
    if (ImGui::MenuItem("Undo", history.undoLabel().c_str(), false, history.canUndo())) requests.undo = true;
    if (ImGui::MenuItem("Redo", history.redoLabel().c_str(), false, history.canRedo())) requests.redo = true;
    ImGui::EndMenu();
}

void viewMenu(ViewState& view) {
    if (!ImGui::BeginMenu("View")) return;
    for (const auto& info : kViews) {
        if (ImGui::MenuItem(info.name, nullptr, view.current == info.id) && view.current != info.id) {
            view.current = info.id;
            view.selectedId.clear();
        }
    }
    ImGui::Separator();
    ImGui::MenuItem("Show findings panel", nullptr, &view.showFindings);
    ImGui::EndMenu();
}

void helpMenu(ViewState& view) {
    if (!ImGui::BeginMenu("Help")) return;
    if (ImGui::MenuItem("About")) view.showAbout = true;
    ImGui::EndMenu();
}

}  // namespace

MenuResult drawMainMenu(const History& history, const std::vector<std::string>& samples,
                        ViewState& view) {
    MenuResult result;
    if (!ImGui::BeginMainMenuBar()) return result;
    result.height = ImGui::GetWindowHeight();
    fileMenu(samples, result.requests);
    editMenu(history, result.requests);
    viewMenu(view);
    helpMenu(view);
    ImGui::EndMainMenuBar();
    return result;
}

}  // namespace sc::web
