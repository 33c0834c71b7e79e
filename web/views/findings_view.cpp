// Findings panel (see findings_view.h).
#include "views/findings_view.h"

#include <string>

#include "imgui.h"
#include "widgets/cell_text.h"

namespace sc::web {

void drawFindingsView(const std::vector<sc::Finding>& findings) {
    std::size_t errors = 0;
    for (const auto& finding : findings)
        if (finding.severity == sc::Severity::Error) ++errors;
    CellText("Findings: " + std::to_string(errors) + " errors, " + std::to_string(findings.size() - errors) +
             " warnings");
    if (findings.empty()) return;
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("findings", 3, flags)) return;
    ImGui::TableSetupColumn("Severity", ImGuiTableColumnFlags_None, 0.7f);
    ImGui::TableSetupColumn("Where", ImGuiTableColumnFlags_None, 2.0f);
    ImGui::TableSetupColumn("Message", ImGuiTableColumnFlags_None, 5.0f);
    TableHeaders();
    for (const auto& finding : findings) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        CellText(sc::severityName(finding.severity));
        ImGui::TableNextColumn();
        CellTextWrapped(finding.pointer);
        ImGui::TableNextColumn();
        CellTextWrapped(finding.message);
    }
    ImGui::EndTable();
}

}  // namespace sc::web
