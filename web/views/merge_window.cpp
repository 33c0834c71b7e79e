// File > Merge… window (see merge_window.h).
#include "views/merge_window.h"

#include <algorithm>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

constexpr std::size_t kFindingsShown = 20;

// The title shows the file's name; the id after ### stays the same for any name.
std::string windowId(const MergeFiles& merge) { return mergeWindowTitle(merge) + "###merge_files"; }

// A value cut to its cell with "…"; the whole value is in its tooltip.
void valueCell(const std::string& text) {
    ImGui::TableNextColumn();
    CellTextFitted(text);
}

// The choice of one conflict: Ours / Theirs / Edit, and while editing the typed value inline
// (so every row has the same height and only the rows on screen are drawn).
void choiceCell(MergeFiles& merge, std::size_t i, bool editable) {
    ImGui::TableNextColumn();
    const ChoiceKind kind = merge.choices[i].kind;
    for (ChoiceKind option : {ChoiceKind::Ours, ChoiceKind::Theirs, ChoiceKind::Edited}) {
        if (option == ChoiceKind::Edited && !editable) break;
        if (option != ChoiceKind::Ours) ImGui::SameLine();
        if (!ImGui::RadioButton(choiceLabel(merge, i, option).c_str(), kind == option) || kind == option)
            continue;
        if (option == ChoiceKind::Edited) chooseEdit(merge, i);
        else chooseSide(merge, i, option == ChoiceKind::Ours ? MergeSide::Ours : MergeSide::Theirs);
    }
    if (merge.choices[i].kind != ChoiceKind::Edited) return;
    ImGui::SameLine();
    const bool refused = !merge.editErrors[i].empty();
    if (refused) ImGui::PushStyleColor(ImGuiCol_FrameBg, ImVec4(0.55f, 0.12f, 0.12f, 0.55f));
    ImGui::SetNextItemWidth(-FLT_MIN);
    std::string text = merge.choices[i].text;
    if (ImGui::InputText("##value", &text)) setEditText(merge, i, text);
    test_hooks::noteText("Edited value");
    if (refused) ImGui::PopStyleColor();
    if (refused && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", merge.editErrors[i].c_str());
}

void conflictRow(MergeFiles& merge, std::size_t i) {
    const MergeConflictRow row = mergeConflictRow(merge, i);
    ImGui::TableNextRow();
    ImGui::TableSetColumnIndex(0);
    CellTextFitted(row.entity);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("%s, %s", row.entity.c_str(), row.what.c_str());
    for (const std::string* text : {&row.field, &row.base, &row.ours, &row.theirs}) valueCell(*text);
    choiceCell(merge, i, row.editable);
}

void conflictsTable(MergeFiles& merge, float height) {
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg |
                                  ImGuiTableFlags_Resizable | ImGuiTableFlags_ScrollY |
                                  ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("##conflicts", 6, flags, ImVec2(0.0f, height))) return;
    ImGui::TableSetupScrollFreeze(0, 1);
    ImGui::TableSetupColumn("Entity", ImGuiTableColumnFlags_None, 2.4f);
    ImGui::TableSetupColumn("Field", ImGuiTableColumnFlags_None, 1.4f);
    ImGui::TableSetupColumn("Base", ImGuiTableColumnFlags_None, 1.6f);
    ImGui::TableSetupColumn("Ours (open scorecard)", ImGuiTableColumnFlags_None, 1.8f);
    const std::string theirs = "Theirs (" + merge.theirsName + ")";
    ImGui::TableSetupColumn(theirs.c_str(), ImGuiTableColumnFlags_None, 1.8f);
    ImGui::TableSetupColumn("Choice", ImGuiTableColumnFlags_None, 3.0f);
    TableHeaders();
    // Only the rows on screen are drawn: a two-way merge of unrelated files may conflict a lot.
    ImGuiListClipper clipper;
    clipper.Begin(static_cast<int>(merge.merge.conflicts.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            ImGui::PushID(i);
            conflictRow(merge, static_cast<std::size_t>(i));
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void findingsList(const MergeFiles& merge) {
    const std::vector<std::string> findings = introducedFindings(merge);
    if (findings.empty()) {
        HintText("The merge introduces no findings.");
        return;
    }
    CellText("Findings the merge would introduce:");
    for (std::size_t i = 0; i < findings.size() && i < kFindingsShown; ++i)
        CellTextWrapped("  " + findings[i]);
    if (findings.size() > kFindingsShown)
        HintText("\xE2\x80\xA6 and " + std::to_string(findings.size() - kFindingsShown) + " more");
}

}  // namespace

MergeWindowRequests drawMergeWindow(MergeFiles& merge, bool open) {
    MergeWindowRequests requests;
    const std::string id = windowId(merge);
    if (open) ImGui::OpenPopup(id.c_str());
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x * 0.9f, viewport->Size.y * 0.8f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(id.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return requests;
    CellTextWrapped("Merging " + merge.theirsName + " (theirs) into the open scorecard (ours).");
    CellTextWrapped(mergeModeText(merge));
    if (ImGui::Button("Choose common ancestor\xE2\x80\xA6")) requests.chooseBase = true;  // "…"
    ImGui::SameLine();
    HintText(merge.base ? "Common ancestor: " + merge.baseName
                        : "Optional: the version both files started from makes it a three-way merge.");
    if (!merge.baseProblem.empty()) CellTextWrapped(merge.baseProblem);
    CellText(mergeSummary(merge));
    if (!merge.merge.conflicts.empty()) {
        // The table takes what the findings and the buttons leave.
        const float reserve =
            ImGui::GetFrameHeightWithSpacing() * 2.0f + ImGui::GetTextLineHeightWithSpacing() * 4.0f;
        conflictsTable(merge,
                       std::max(ImGui::GetContentRegionAvail().y - reserve, ImGui::GetFrameHeight() * 4.0f));
    }
    findingsList(merge);
    const std::string refusal = applyRefusal(merge);
    if (!refusal.empty()) CellTextWrapped(refusal);
    ImGui::BeginDisabled(!refusal.empty());
    if (ImGui::Button("Apply")) {
        requests.apply = true;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    // Esc in the text box only leaves the box.
    const bool escape = !ImGui::IsAnyItemActive() && ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
    if (ImGui::Button("Cancel") || escape) {
        requests.cancel = true;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return requests;
}

}  // namespace sc::web
