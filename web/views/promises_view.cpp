// Promises screen (see promises_view.h).
#include "views/promises_view.h"

#include "imgui.h"
#include "logic/level_text.h"
#include "widgets/cell_text.h"

namespace sc::web {

void drawPromisesView(const sc::Document& doc, ViewState& view) {
    const auto& promises = doc.promises;
    Heading("Promises");
    if (promises.empty()) {
        CellText("This scorecard has no promises yet.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("promises", 5, flags)) return;
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_None, 1.5f);
    ImGui::TableSetupColumn("Segment", ImGuiTableColumnFlags_None, 1.2f);
    ImGui::TableSetupColumn("Promise", ImGuiTableColumnFlags_None, 3.0f);
    ImGui::TableSetupColumn("Customer action", ImGuiTableColumnFlags_None, 1.5f);
    ImGui::TableSetupColumn("Levels", ImGuiTableColumnFlags_None, 2.5f);
    TableHeaders();
    for (const auto& promise : promises) {
        ImGui::PushID(promise.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (RowSelectable(promise.name, view.selectedId == promise.id)) view.selectedId = promise.id;
        ImGui::TableNextColumn();
        const sc::Segment* segment = sc::findById(doc.segments, promise.segmentId);
        CellTextWrapped(segment ? segment->name : promise.segmentId);
        ImGui::TableNextColumn();
        CellTextWrapped(promise.text);
        ImGui::TableNextColumn();
        CellTextWrapped(promise.customerAction);
        ImGui::TableNextColumn();
        CellTextWrapped(describeLevels(doc, promise.levels));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace sc::web
