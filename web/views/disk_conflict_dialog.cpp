// Save found the file changed on disk (see disk_conflict_dialog.h).
#include "views/disk_conflict_dialog.h"

#include "imgui.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {
constexpr const char* kConflictTitle = "File changed on disk";
}

DiskConflictChoice drawDiskConflictDialog(const DiskConflict& conflict, bool open) {
    DiskConflictChoice choice = DiskConflictChoice::None;
    if (open) ImGui::OpenPopup(kConflictTitle);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kConflictTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return choice;
    CellTextWrapped(conflict.fileName +
                    " changed on disk since this page opened or saved it: someone else may have saved it. "
                    "Nothing was written.");
    const bool readable = conflict.theirs.ok;
    if (!readable)
        CellTextWrapped("The file on disk cannot be read as a scorecard now (" + conflict.theirs.error +
                        "), so it can only be kept apart: save yours as a copy.");
    ImGui::Spacing();
    auto button = [&](const char* label, DiskConflictChoice value, bool enabled = true) {
        ImGui::BeginDisabled(!enabled);
        if (ImGui::Button(label)) {
            choice = value;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndDisabled();
    };
    button("Merge theirs into mine", DiskConflictChoice::Merge, readable);
    HintTextWrapped(
        "Their changes and yours in one document (one Undo step); where both changed the same "
        "field yours is kept and listed. Then Save writes the result.");
    button("Save mine as a copy\xE2\x80\xA6", DiskConflictChoice::SaveCopy);
    HintTextWrapped("Your version goes to a new file; theirs stays as it is.");
    button("Reload theirs", DiskConflictChoice::Reload, readable);
    HintTextWrapped("Open the file as saved on disk; Edit > Undo brings your version back.");
    button("Cancel", DiskConflictChoice::Cancel);
    if (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        choice = DiskConflictChoice::Cancel;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return choice;
}

}  // namespace sc::web
