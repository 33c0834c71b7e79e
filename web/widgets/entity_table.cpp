// Entity tables (see entity_table.h).
#include "widgets/entity_table.h"

#include <unordered_map>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

struct TableUi {
    std::string filter;
    int sortColumn = -1;
    bool ascending = true;
    bool defaultSeen = false;  // ImGui's first sort request is its default: list order stays
};

// Filter and sort per table, like ImGui keeps its own widget state.
TableUi& uiOf(const char* id) {
    static std::unordered_map<std::string, TableUi> all;
    return all[id];
}

}  // namespace

std::string drawEntityTable(const char* id, const TableModel& model, const std::string& selectedId,
                            float height, const ChartPalette* palette) {
    ImGui::PushID(id);
    TableUi& ui = uiOf(id);
    std::vector<std::size_t> order = filterRows(model, ui.filter);
    sortRows(model, order, ui.sortColumn, ui.ascending);

    const float copyWidth = ImGui::CalcTextSize("Copy as TSV").x + ImGui::GetStyle().FramePadding.x * 2;
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x - copyWidth - ImGui::GetStyle().ItemSpacing.x);
    ImGui::InputTextWithHint("##filter", "Filter", &ui.filter);
    test_hooks::noteText("Filter");
    ImGui::SameLine();
    if (ImGui::Button("Copy as TSV")) ImGui::SetClipboardText(toTsv(model, order).c_str());
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("Copies the %d rows shown, with the header, for a spreadsheet",
                          static_cast<int>(order.size()));

    std::string clicked;
    const int columns = static_cast<int>(model.headers.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_SortTristate | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (columns > 0 && ImGui::BeginTable("##rows", columns, flags, ImVec2(0.0f, height))) {
        ImGui::TableSetupScrollFreeze(0, 1);
        for (int c = 0; c < columns; ++c)
            ImGui::TableSetupColumn(model.headers[c].c_str(), ImGuiTableColumnFlags_None,
                                    c == 0 ? 2.0f : 1.0f);
        TableHeaders();
        if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
            if (specs->SpecsDirty) {
                // List order (which the user arranges) stays until a header is clicked.
                if (!ui.defaultSeen) {
                    ui.defaultSeen = true;
                } else if (specs->SpecsCount > 0) {
                    ui.sortColumn = specs->Specs[0].ColumnIndex;
                    ui.ascending = specs->Specs[0].SortDirection != ImGuiSortDirection_Descending;
                } else {
                    ui.sortColumn = -1;
                }
                specs->SpecsDirty = false;
            }
        }
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(order.size()));
        while (clipper.Step()) {
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
                const TableRow& row = model.rows[order[static_cast<std::size_t>(r)]];
                ImGui::PushID(row.id.c_str());
                ImGui::TableNextRow();
                for (int c = 0; c < columns; ++c) {
                    ImGui::TableNextColumn();
                    const TableCell& cell = row.cells[static_cast<std::size_t>(c)];
                    const std::string& text = cell.text;
                    const bool coloured = palette && !cell.rag.empty();
                    if (coloured) {
                        const Colour fill = ragFill(*palette, cell.rag);
                        const Colour ink = textOn(fill);
                        ImGui::TableSetBgColor(
                            ImGuiTableBgTarget_CellBg,
                            ImGui::ColorConvertFloat4ToU32(ImVec4(fill.r, fill.g, fill.b, fill.a)));
                        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(ink.r, ink.g, ink.b, 1));
                    }
                    if (c == 0) {
                        if (RowSelectable(text, row.id == selectedId)) clicked = row.id;
                    } else {
                        CellText(text);
                        if (ImGui::IsItemHovered() &&
                            ImGui::CalcTextSize(text.c_str()).x > ImGui::GetColumnWidth())
                            ImGui::SetTooltip("%s", text.c_str());
                    }
                    if (coloured) ImGui::PopStyleColor();
                }
                ImGui::PopID();
            }
        }
        ImGui::EndTable();
    }
    if (order.empty() && !model.rows.empty()) HintText("No row matches the filter.");
    ImGui::PopID();
    return clicked;
}

}  // namespace sc::web
