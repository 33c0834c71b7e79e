// About window (see about_window.h).
#include "views/about_window.h"

#include "engine/alignment_index.h"
#include "imgui.h"
#include "widgets/cell_text.h"

namespace sc::web {

void drawAboutWindow(ViewState& view) {
    if (!view.showAbout) return;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32.0f, 0.0f), ImGuiCond_Appearing);
    if (ImGui::Begin("About Alignment Scorecard", &view.showAbout, ImGuiWindowFlags_NoCollapse)) {
        Heading("Alignment Scorecard");
        CellText(std::string("Version ") + SCORECARD_VERSION);
        CellTextWrapped(
            "Checks that what marketing promises matches how the product is sold, "
            "and tracks the fixes. Runs entirely in this page: no data leaves it.");
        ImGui::Separator();
        CellText("Alignment index");
        CellTextWrapped(sc::engine::alignmentIndexFormula());
    }
    ImGui::End();
}

}  // namespace sc::web
