// "Unsaved changes" modal (see unsaved_changes_modal.h).
#include "views/unsaved_changes_modal.h"

#include "imgui.h"
#include "widgets/cell_text.h"

namespace sc::web {

UnsavedChoice drawUnsavedChangesModal(bool open, const std::string& current, const std::string& incoming) {
    constexpr const char* kTitle = "Unsaved changes";
    if (open) ImGui::OpenPopup(kTitle);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kTitle, nullptr, ImGuiWindowFlags_NoSavedSettings))
        return UnsavedChoice::None;
    CellTextWrapped((current.empty() ? std::string("The open scorecard") : current) +
                    " has changes that are not saved to a file. " +
                    (incoming.empty() ? std::string("A new scorecard") : "Opening " + incoming) +
                    " replaces it.");
    UnsavedChoice choice = UnsavedChoice::None;
    if (ImGui::Button("Save, then open")) choice = UnsavedChoice::SaveThenOpen;
    ImGui::SameLine();
    if (ImGui::Button("Open without saving")) choice = UnsavedChoice::OpenWithoutSaving;
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false))
        choice = UnsavedChoice::Cancel;  // Escape cancels, as in any dialog
    if (choice != UnsavedChoice::None) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return choice;
}

}  // namespace sc::web
