// Channels screen (see channels_view.h).
#include "views/channels_view.h"

#include <string>
#include <vector>

#include "imgui.h"
#include "logic/level_text.h"
#include "widgets/cell_text.h"

namespace sc::web {

void drawChannelsView(const sc::Document& doc, ViewState& view) {
    const auto& channels = doc.channels;
    Heading("Channels");
    if (channels.empty()) {
        CellText("This scorecard has no channels yet.");
        return;
    }
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("channels", 5, flags)) return;
    ImGui::TableSetupColumn("Name", ImGuiTableColumnFlags_None, 1.5f);
    ImGui::TableSetupColumn("Kind", ImGuiTableColumnFlags_None, 1.0f);
    ImGui::TableSetupColumn("Audience", ImGuiTableColumnFlags_None, 1.5f);
    ImGui::TableSetupColumn("Steps", ImGuiTableColumnFlags_None, 3.0f);
    ImGui::TableSetupColumn("Levels", ImGuiTableColumnFlags_None, 2.5f);
    TableHeaders();
    for (const auto& channel : channels) {
        ImGui::PushID(channel.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        if (RowSelectable(channel.name, view.selectedId == channel.id)) view.selectedId = channel.id;
        ImGui::TableNextColumn();
        CellText(channel.kind);
        ImGui::TableNextColumn();
        CellTextWrapped(channel.audience);
        ImGui::TableNextColumn();
        std::vector<std::string> steps;
        for (const auto& step : channel.steps) steps.push_back(step.name);
        CellTextWrapped(joinText(steps, " \xE2\x86\x92 "));  // U+2192 RIGHTWARDS ARROW
        ImGui::TableNextColumn();
        CellTextWrapped(describeLevels(doc, channel.levels));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace sc::web
