// File > Compare with… window (see compare_files_window.h).
#include "views/compare_files_window.h"

#include "diff/diff_report.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

// The title shows the file's name; the id after ### stays the same for any name.
std::string windowId(const CompareFiles& compare) {
    return compareWindowTitle(compare.fileName) + "###compare_files";
}

// One change: a row-wide selectable under the entity's cell, so hovering anywhere on the row
// shows the whole change (a long value is cut in its cell).
void changeRow(const DiffChange& change) {
    const CompareRowCells cells = compareRowCells(change);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    const ImVec2 start = ImGui::GetCursorPos();
    ImGui::Selectable("##change", false, ImGuiSelectableFlags_SpanAllColumns,
                      ImVec2(0.0f, ImGui::GetTextLineHeight()));
    if (ImGui::IsItemHovered()) {
        ImGui::BeginTooltip();
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 40.0f);
        ImGui::TextUnformatted(compareRowLine(change).c_str());
        ImGui::PopTextWrapPos();
        ImGui::EndTooltip();
    }
    ImGui::SetCursorPos(start);
    CellText(cells.entity);
    for (const std::string* text : {&cells.change, &cells.field, &cells.from, &cells.to}) {
        ImGui::TableNextColumn();
        if (!text->empty()) CellText(*text);
    }
}

// A list's label ("Deals") on a shaded row before its changes.
void groupRow(const std::string& group) {
    ImGui::TableNextRow();
    ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg0, ImGui::GetColorU32(ImGuiCol_TableHeaderBg));
    ImGui::TableSetColumnIndex(0);
    CellText(group);
}

void changesTable(CompareFilesWindow& window) {
    ImGui::SetNextItemWidth(ImGui::GetContentRegionAvail().x * 0.4f);
    ImGui::InputTextWithHint("##filter", "Filter", &window.filter);
    test_hooks::noteText("Filter");
    const auto& lines = window.shown.lines(window.compare, window.filter);
    ImGui::SameLine();
    CellText(compareShownText(window.compare, lines));

    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    // The buttons stay under the table however many changes there are.
    const ImVec2 size(0.0f, -ImGui::GetFrameHeightWithSpacing());
    if (!ImGui::BeginTable("##changes", 5, flags, size)) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Entity", ImGuiTableColumnFlags_None, 3.0f);
    ImGui::TableSetupColumn("Change", ImGuiTableColumnFlags_None, 0.8f);
    ImGui::TableSetupColumn("Field", ImGuiTableColumnFlags_None, 1.4f);
    ImGui::TableSetupColumn("From (open scorecard)", ImGuiTableColumnFlags_None, 2.4f);
    const std::string to = "To (" + window.compare.fileName + ")";
    ImGui::TableSetupColumn(to.c_str(), ImGuiTableColumnFlags_None, 2.4f);
    TableHeaders();
    // Only the rows on screen are drawn: a diff of a million deals scrolls like a short one.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(lines.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const CompareLine& line = lines[static_cast<std::size_t>(i)];
            const DiffChange& change = window.compare.diff.changes[line.change];
            ImGui::PushID(i);
            if (line.heading) groupRow(change.group);
            else changeRow(change);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

}  // namespace

bool drawCompareFilesWindow(CompareFilesWindow& window, bool open) {
    const std::string id = windowId(window.compare);
    if (open) ImGui::OpenPopup(id.c_str());
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    const bool equal = window.compare.diff.equal();
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x * 0.85f, equal ? 0.0f : viewport->Size.y * 0.75f),
                             ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(id.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return false;
    CellTextWrapped(compareDirection(window.compare));
    CellText(compareSummary(window.compare));
    if (!equal) changesTable(window);
    bool closed = false;
    if (!equal && ImGui::Button("Copy as text")) {
        // What `scorecard diff` prints for the same two files, for a ticket or an email.
        ImGui::SetClipboardText(sc::diffReportText(window.compare.diff).c_str());
    }
    if (!equal) ImGui::SameLine();
    if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        closed = true;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return closed;
}

}  // namespace sc::web
