#include "views/opening_dialog.h"

#include "imgui.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

struct DialogText {
    const char* title;
    std::string heading;
    const char* note;      // under the progress bar
    const char* hookName;  // the progress line as tests read it: "<hookName>: <activity> (n %)"
    bool cancellable;
};

bool drawProgressDialog(const DialogText& text, double progress, const std::string& activity, bool open,
                        bool close) {
    if (open) ImGui::OpenPopup(text.title);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(text.title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return false;
    CellTextWrapped(text.heading);
    const int percent = static_cast<int>(progress * 100.0);
    const std::string line = activity + " (" + std::to_string(percent) + " %)";
    ImGui::ProgressBar(static_cast<float>(progress), ImVec2(-1.0f, 0.0f), line.c_str());
    test_hooks::noteText((std::string(text.hookName) + ": " + line).c_str());
    ImGui::TextDisabled("%s", text.note);
    const bool cancel = text.cancellable && !close &&
                        (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)));
    if (cancel || close) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return cancel;
}

}  // namespace

bool drawOpeningDialog(const std::string& fileName, double progress, const std::string& activity, bool open,
                       bool close) {
    return drawProgressDialog(
        {"Opening file", "Opening " + fileName,
         "The scorecard open now stays as it is until this file is read.", "Opening", true},
        progress, activity, open, close);
}

void drawRestoringDialog(const std::string& what, double progress, const std::string& activity, bool open,
                         bool close) {
    drawProgressDialog(
        {"Restoring your work", "Restoring " + what,
         "Your autosaved work stays in this browser's storage until it is read.", "Restoring", false},
        progress, activity, open, close);
}

}  // namespace sc::web
