// Virtualised row tables (see row_table.h).
#include "widgets/row_table.h"

#include <unordered_map>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

// Rows looked at per frame while filtering or sorting: a few milliseconds of work.
constexpr std::size_t kRowsPerFrame = 20000;

struct RowTableUi {
    RowQuerySpec wanted;
    RowQuery query;
    const void* dataKey = nullptr;
    std::size_t rows = 0;
    bool defaultSeen = false;
};

RowTableUi& rowTableUiOf(const char* id) {
    static std::unordered_map<std::string, RowTableUi> all;
    return all[id];
}

}  // namespace

void drawRowTable(const char* id, const std::vector<std::string>& headers, std::size_t rowCount,
                  const RowCells& cells, const void* dataKey) {
    ImGui::PushID(id);
    RowTableUi& ui = rowTableUiOf(id);
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.5f);
    ImGui::InputTextWithHint("##filter", "Filter", &ui.wanted.filter);
    test_hooks::noteText("Filter");
    if (ui.dataKey != dataKey || ui.rows != rowCount || !(ui.query.spec() == ui.wanted) ||
        ui.query.rows() != rowCount) {
        ui.query.start(rowCount, ui.wanted);
        ui.dataKey = dataKey;
        ui.rows = rowCount;
    }
    ui.query.step(cells, kRowsPerFrame);
    ImGui::SameLine();
    if (!ui.query.done()) {
        const std::string what = ui.wanted.column >= 0 && ui.wanted.filter.empty() ? "Sorting" : "Filtering";
        ImGui::ProgressBar(static_cast<float>(ui.query.progress()),
                           ImVec2(ImGui::GetFontSize() * 10.0f, 0.0f));
        ImGui::SameLine();
        CellText(what + " " + std::to_string(rowCount) + " rows\xE2\x80\xA6");
    } else {
        CellText(std::to_string(ui.query.order().size()) + " of " + std::to_string(rowCount) + " rows");
    }
    const int columns = static_cast<int>(headers.size());
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_Sortable |
                                  ImGuiTableFlags_SortTristate | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_ScrollX | ImGuiTableFlags_SizingFixedFit;
    if (columns > 0 && ImGui::BeginTable("##rows", columns, flags)) {
        ImGui::TableSetupScrollFreeze(1, 1);
        for (int c = 0; c < columns; ++c)
            ImGui::TableSetupColumn(headers[static_cast<std::size_t>(c)].c_str(), ImGuiTableColumnFlags_None,
                                    ImGui::GetFontSize() * (c == 0 ? 7.0f : 9.0f));
        TableHeaders();
        if (ImGuiTableSortSpecs* specs = ImGui::TableGetSortSpecs()) {
            if (specs->SpecsDirty) {
                if (!ui.defaultSeen) {
                    ui.defaultSeen = true;  // ImGui's first request is its default: the file's order stays
                } else if (specs->SpecsCount > 0) {
                    ui.wanted.column = specs->Specs[0].ColumnIndex;
                    ui.wanted.ascending = specs->Specs[0].SortDirection != ImGuiSortDirection_Descending;
                } else {
                    ui.wanted.column = -1;
                }
                specs->SpecsDirty = false;
            }
        }
        // While a query runs the previous order is not kept: the rows show in the file's order.
        const bool ready = ui.query.done();
        const std::size_t shown = ready ? ui.query.order().size() : rowCount;
        ImGuiListClipper clipper;
        clipper.Begin(static_cast<int>(shown));
        while (clipper.Step()) {
            for (int r = clipper.DisplayStart; r < clipper.DisplayEnd; ++r) {
                const std::size_t row =
                    ready ? ui.query.order()[static_cast<std::size_t>(r)] : static_cast<std::size_t>(r);
                const std::vector<TableCell> rowCells = cells(row);
                ImGui::TableNextRow();
                for (int c = 0; c < columns; ++c) {
                    ImGui::TableNextColumn();
                    if (static_cast<std::size_t>(c) < rowCells.size())
                        CellText(rowCells[static_cast<std::size_t>(c)].text);
                }
            }
        }
        ImGui::EndTable();
    }
    ImGui::PopID();
}

}  // namespace sc::web
