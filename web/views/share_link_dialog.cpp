// The Copy share link dialog (see share_link_dialog.h).
#include "views/share_link_dialog.h"

#include "imgui.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {
constexpr const char* kShareTitle = "Copy share link";
}

ShareLinkDialogResult drawShareLinkDialog(const ShareLinkOffer& offer, bool open) {
    ShareLinkDialogResult result;
    if (open) ImGui::OpenPopup(kShareTitle);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kShareTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return result;
    CellTextWrapped(offer.message);
    if (offer.tooLong) {
        CellTextWrapped("Nothing was copied.");
        if (ImGui::Button("Save the file instead")) result.save = true;
    } else {
        // The link's start, so it can be recognised when pasted (the whole link is long).
        const std::string start = offer.link.substr(0, 60) + (offer.link.size() > 60 ? "\xE2\x80\xA6" : "");
        ImGui::TextDisabled("%s", start.c_str());
        if (ImGui::Button("Copy again")) result.copyAgain = true;
    }
    ImGui::SameLine();
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        result.closed = true;
    if (result.save || result.closed) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return result;
}

}  // namespace sc::web
