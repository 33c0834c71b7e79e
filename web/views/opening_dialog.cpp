#include "views/opening_dialog.h"

#include "imgui.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {
constexpr const char* kTitle = "Opening file";
}

bool drawOpeningDialog(const std::string& fileName, double progress, const std::string& activity, bool open,
                       bool close) {
    if (open) ImGui::OpenPopup(kTitle);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return false;
    CellTextWrapped("Opening " + fileName);
    const int percent = static_cast<int>(progress * 100.0);
    const std::string line = activity + " (" + std::to_string(percent) + " %)";
    ImGui::ProgressBar(static_cast<float>(progress), ImVec2(-1.0f, 0.0f), line.c_str());
    test_hooks::noteText(("Opening: " + line).c_str());
    ImGui::TextDisabled("The scorecard open now stays as it is until this file is read.");
    const bool cancel =
        !close && (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)));
    if (cancel || close) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return cancel;
}

}  // namespace sc::web
