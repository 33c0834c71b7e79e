// Segments screen (see segments_view.h).
#include "views/segments_view.h"

#include <string>

#include "imgui.h"
#include "logic/level_text.h"
#include "widgets/cell_text.h"

namespace sc::web {

void drawSegmentsView(const sc::Document& doc, ViewState& view) {
    const auto& segments = doc.segments;
    Heading("Segments");
    if (segments.empty()) {
        CellText("This scorecard has no segments yet.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("segments", 4, flags)) return;
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_None, 2.0f);
    ImGui::TableSetupColumn("Customers", ImGuiTableColumnFlags_None, 1.0f);
    ImGui::TableSetupColumn("Sales cycle", ImGuiTableColumnFlags_None, 1.0f);
    ImGui::TableSetupColumn("Needs", ImGuiTableColumnFlags_None, 4.0f);
    TableHeaders();
    for (const auto& segment : segments) {
        ImGui::PushID(segment.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (RowSelectable(segment.name, view.selectedId == segment.id)) view.selectedId = segment.id;
        ImGui::TableNextColumn();
        CellText(std::to_string(segment.customers));
        ImGui::TableNextColumn();
        CellText(std::to_string(segment.salesCycleDays) + " days");
        ImGui::TableNextColumn();
        CellTextWrapped(joinText(segment.customerModel.needs, "; "));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace sc::web
