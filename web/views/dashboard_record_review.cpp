// Record review dialog (see dashboard_record_review.h).
#include "views/dashboard_record_review.h"

#include "imgui.h"
#include "misc/cpp/imgui_stdlib.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {
constexpr const char* kReviewTitle = "Record review";
}

bool drawRecordReviewModal(bool open, std::string& note, const std::string& today) {
    if (open) ImGui::OpenPopup(kReviewTitle);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kReviewTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return false;
    CellTextWrapped("Keeps today's figures (" + today +
                    ") in the scorecard: the alignment index, open mismatches by severity and which ones, "
                    "conversion per pair and the KPI values. The next review compares against them.");
    CellText("Note (optional)");
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputTextMultiline("##review-note", &note, ImVec2(-1.0f, ImGui::GetTextLineHeight() * 3.5f));
    bool record = false;
    if (ImGui::Button("Record")) {
        record = true;
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel")) ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
    return record;
}

}  // namespace sc::web
