// Mismatches screen (see mismatches_view.h). Every rule (grouping, colours, wording) lives in
// logic/mismatch_text and the core; this file lays them out.
#include "views/mismatches_view.h"

#include "engine/diagnosis.h"
#include "engine/text_util.h"
#include "engine/triage.h"
#include "imgui.h"
#include "logic/mismatch_commands.h"
#include "logic/mismatch_text.h"
#include "misc/cpp/imgui_stdlib.h"
#include "views/fix_panel.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

constexpr const char* kDismissPopup = "Dismiss mismatch";

ImVec4 toImVec4(Rgba c) { return ImVec4(c.r, c.g, c.b, c.a); }

void ColouredText(const std::string& text, Rgba colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(colour));
    CellText(text);
    ImGui::PopStyleColor();
}

void ColouredTextWrapped(const std::string& text, Rgba colour) {
    ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(colour));
    CellTextWrapped(text);
    ImGui::PopStyleColor();
}

// A hover line under the item just drawn (the state's reason, a trade-off's cost sentence).
void HoverText(const std::string& text) {
    if (text.empty() || !ImGui::IsItemHovered()) return;
    ImGui::BeginTooltip();
    ImGui::PushTextWrapPos(ImGui::GetFontSize() * 36.0f);
    CellText(text);
    ImGui::PopTextWrapPos();
    ImGui::EndTooltip();
}

// Systemic misalignment first (a marketing review before channel fixes), then the index with
// what rests on unverified fixes, and the readiness caveat right under it, above the ranking.
void header(const engine::ScoreReport& report) {
    for (const auto& systemic : report.systemic)
        ColouredTextWrapped(systemicText(systemic), severityColour("critical"));
    CellText(alignmentIndexHeadline(report.index));
    HoverText(report.index.formula);
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 1.5f);
    if (ImGui::TreeNode("How the index is computed")) {
        CellTextWrapped(report.index.formula);
        CellTextWrapped(report.index.computation);
        if (!report.index.verificationShare.empty()) CellTextWrapped(report.index.verificationShare);
        ImGui::TreePop();
    }
    const std::string caveat = readinessCaveatText(report);
    if (!caveat.empty()) ColouredTextWrapped(caveat, severityColour("high"));
    CellText(openCountsText(report.openBySeverity));
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    if (report.readiness.ready) CellText(readinessText(report.readiness));
    else ColouredText(readinessText(report.readiness), severityColour("high"));
}

void rowSelection(const engine::ReportMismatch& m, const std::string& label, ViewState& view) {
    if (RowSelectable(label, view.selectedId == m.mismatch.id)) view.selectedId = m.mismatch.id;
    if (view.selectedId == m.mismatch.id && view.revealSelection) {
        ImGui::SetScrollHereY(0.5f);
        view.revealSelection = false;
    }
}

// The ranked, verifying, fixed and dismissed sections share these columns and weights so they
// line up; only the first of them shows the column headers. Inactive sections are faded.
void sectionTable(const engine::ScoreReport& report, const MismatchSection& section, bool headers,
                  ViewState& view) {
    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable(section.title.c_str(), 8, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, em * 1.8f);
    ImGui::TableSetupColumn("Severity", ImGuiTableColumnFlags_WidthFixed, em * 4.2f);
    ImGui::TableSetupColumn("Dimension", ImGuiTableColumnFlags_None, 1.3f);
    ImGui::TableSetupColumn("Promise", ImGuiTableColumnFlags_None, 1.3f);
    ImGui::TableSetupColumn("Channel / pair", ImGuiTableColumnFlags_None, 2.6f);
    ImGui::TableSetupColumn("Diagnosis", ImGuiTableColumnFlags_None, 1.7f);
    ImGui::TableSetupColumn("Priority", ImGuiTableColumnFlags_WidthFixed, em * 3.6f);
    ImGui::TableSetupColumn("State", ImGuiTableColumnFlags_WidthFixed, em * 4.6f);
    if (headers) TableHeaders();
    if (!section.active) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, 0.6f);
    for (const std::size_t index : section.rows) {
        const engine::ReportMismatch& m = report.mismatches[index];
        ImGui::PushID(m.mismatch.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        rowSelection(m, rankText(m), view);
        ImGui::TableNextColumn();
        ColouredText(m.mismatch.severity, severityColour(m.mismatch.severity));
        ImGui::TableNextColumn();
        CellText(dimensionText(m));
        ImGui::TableNextColumn();
        CellText(m.promiseName);
        ImGui::TableNextColumn();
        CellText(channelPairText(m));
        ImGui::TableNextColumn();
        CellText(engine::diagnosisLabel(m.diagnosis.kind));
        ImGui::TableNextColumn();
        CellText(priorityScoreText(m.priority.score));
        ImGui::TableNextColumn();
        CellText(stateText(m));
        HoverText(m.stateReason);
        ImGui::PopID();
    }
    if (!section.active) ImGui::PopStyleVar();
    ImGui::EndTable();
}

// Accepted trade-offs, apart and without a rank or priority: what each costs (issue 13.14).
void tradeoffTable(const engine::ScoreReport& report, const MismatchSection& section, ViewState& view) {
    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable(section.title.c_str(), 7, flags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn("Severity", ImGuiTableColumnFlags_WidthFixed, em * 4.2f);
    ImGui::TableSetupColumn("Dimension", ImGuiTableColumnFlags_None, 1.3f);
    ImGui::TableSetupColumn("Promise", ImGuiTableColumnFlags_None, 1.3f);
    ImGui::TableSetupColumn("Channel / pair", ImGuiTableColumnFlags_None, 2.6f);
    ImGui::TableSetupColumn("Customers lost", ImGuiTableColumnFlags_WidthFixed, em * 6.5f);
    ImGui::TableSetupColumn("Revenue lost", ImGuiTableColumnFlags_WidthFixed, em * 7.0f);
    ImGui::TableSetupColumn("Complaints", ImGuiTableColumnFlags_WidthFixed, em * 5.5f);
    TableHeaders();
    for (const std::size_t index : section.rows) {
        const engine::ReportMismatch& m = report.mismatches[index];
        const engine::TradeoffCost* cost = tradeoffCostOf(report, m.mismatch.id);
        const TradeoffCostCells cells =
            cost ? tradeoffCostCells(*cost, report.currency) : TradeoffCostCells{};
        ImGui::PushID(m.mismatch.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        ImGui::PushStyleColor(ImGuiCol_Text, toImVec4(severityColour(m.mismatch.severity)));
        rowSelection(m, m.mismatch.severity, view);
        ImGui::PopStyleColor();
        ImGui::TableNextColumn();
        CellText(dimensionText(m));
        ImGui::TableNextColumn();
        CellText(m.promiseName);
        ImGui::TableNextColumn();
        CellText(channelPairText(m));
        for (const std::string* cell : {&cells.lostCustomers, &cells.lostRevenue, &cells.complaints}) {
            ImGui::TableNextColumn();
            CellText(*cell);
            HoverText(cells.text);
        }
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// A label/value row of the detail panel.
void detailRow(const char* label) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::TextDisabled("%s", label);
    ImGui::TableNextColumn();
}

// The Dismiss… modal: OK stays disabled until the reason says something.
void dismissModal(const engine::ScoreReport& report, const engine::ReportMismatch& m, const Clock& clock,
                  ViewState& view, CommandQueue& commands) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 32.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kDismissPopup, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    const engine::MismatchGroup* group =
        view.dismissGroupIds.empty() ? nullptr : groupOf(report, m.mismatch.id);
    if (group)
        CellTextWrapped("All " + std::to_string(view.dismissGroupIds.size()) + " facets of " +
                        groupName(*group));
    else CellTextWrapped(engine::labelOf(m.mismatch));
    CellText("Why is this not a real problem? (required)");
    // The reason is the dialog's only field: it keeps the keyboard unless a button is held.
    if (ImGui::IsWindowAppearing() || !ImGui::IsAnyItemActive()) ImGui::SetKeyboardFocusHere();
    ImGui::SetNextItemWidth(-1.0f);
    const bool entered =
        ImGui::InputText("##reason", &view.dismissReason, ImGuiInputTextFlags_EnterReturnsTrue);
    const bool ok = engine::isDismissReason(view.dismissReason);
    ImGui::BeginDisabled(!ok);
    if (ImGui::Button("OK") || (entered && ok)) {
        if (group)
            commands.push(dismissGroupCommand(*group, view.dismissGroupIds, view.dismissReason, clock.now));
        else commands.push(dismissCommand(m.mismatch, view.dismissReason, clock.now));
        view.dismissReason.clear();
        view.dismissGroupIds.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    // Escape cancels, as in any dialog.
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        view.dismissReason.clear();
        view.dismissGroupIds.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void detailTable(const engine::ScoreReport& report, const engine::ReportMismatch& m, ViewState& view);

void detailPanel(const sc::Document& doc, const engine::ScoreReport& report, const engine::ReportMismatch& m,
                 const Clock& clock, ViewState& view, CommandQueue& commands) {
    const Mismatch& mm = m.mismatch;
    Heading(engine::labelOf(mm));
    ColouredText(mm.severity, severityColour(mm.severity));
    ImGui::SameLine();
    // A trade-off shows its cost, not a priority that would read as more urgent than open work.
    const bool tradeoff = stateText(m) == "accepted";
    CellText("\xC2\xB7 " + stateText(m) + (m.rank > 0 ? " \xC2\xB7 rank " + rankText(m) : "") +
             (tradeoff ? " \xC2\xB7 accepted trade-off, not ranked"
                       : " \xC2\xB7 priority " + priorityScoreText(m.priority.score)));
    HoverText(m.stateReason);
    if (engine::canDismiss(mm)) {
        ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
        if (ImGui::Button("Dismiss\xE2\x80\xA6")) {  // U+2026 HORIZONTAL ELLIPSIS
            view.dismissReason.clear();
            view.dismissGroupIds.clear();
            ImGui::OpenPopup(kDismissPopup);
        }
        // A dismissal, like a fix, can be taken for the whole contradiction (issue 13.6).
        const std::vector<std::string> dismissable = dismissableFacets(report, mm.id);
        if (dismissable.size() > 1) {
            ImGui::SameLine();
            const std::string label =
                "Dismiss all " + std::to_string(dismissable.size()) + " facets\xE2\x80\xA6";
            if (ImGui::Button(label.c_str())) {
                view.dismissReason.clear();
                view.dismissGroupIds = dismissable;
                ImGui::OpenPopup(kDismissPopup);
            }
        }
    } else if (engine::canReopen(mm)) {
        ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
        if (ImGui::Button("Reopen")) commands.push(reopenCommand(mm, clock.now));
    } else if (mm.status == "fixing") {
        ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
        HintText("a fix is in progress: withdraw its decision before dismissing");
    }
    dismissModal(report, m, clock, view, commands);
    ImGui::Spacing();

    // Two columns: what the mismatch is (left), what is being done about it (right), so the
    // Fix section is in sight without scrolling past the priority arithmetic.
    const bool withFix = mm.status != "dismissed";
    if (!ImGui::BeginTable("split", withFix ? 2 : 1,
                           ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerV))
        return;
    ImGui::TableSetupColumn("about", ImGuiTableColumnFlags_None, 1.5f);
    if (withFix) ImGui::TableSetupColumn("fix", ImGuiTableColumnFlags_None, 1.0f);
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    detailTable(report, m, view);
    if (withFix) {
        ImGui::TableNextColumn();
        drawFixPanel(doc, report, m, clock, view, commands);
    }
    ImGui::EndTable();
}

// The label/value rows about the mismatch: explanation, severity, diagnosis, priority (the
// decision is in the Fix column).
void detailTable(const engine::ScoreReport& report, const engine::ReportMismatch& m, ViewState& view) {
    const Mismatch& mm = m.mismatch;
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_BordersInnerH;
    if (!ImGui::BeginTable("detail", 2, flags)) return;
    ImGui::TableSetupColumn("label", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8.0f);
    ImGui::TableSetupColumn("value", ImGuiTableColumnFlags_None, 1.0f);
    if (!mm.dismissedReason.empty()) {
        detailRow("Dismissed because");
        CellTextWrapped(mm.dismissedReason);
    }
    if (!m.stateReason.empty()) {
        detailRow("State");
        CellTextWrapped(stateDetailText(m));
    }
    if (!m.pairName.empty()) {
        detailRow("Pair");
        CellTextWrapped(m.pairName);
    }
    detailRow("Explanation");
    CellTextWrapped(mm.explanation.empty() ? "(none written)" : mm.explanation);
    detailRow("Severity");
    CellTextWrapped(m.severityBasis.empty() ? mm.severity + ", set by hand"
                                            : mm.severity + ": " + m.severityBasis);
    detailRow("Diagnosis");
    CellTextWrapped(engine::diagnosisLabel(m.diagnosis.kind));
    for (const auto& evidence : m.diagnosis.evidence)
        CellTextWrapped("\xE2\x80\xA2 " + evidence);  // U+2022 BULLET
    if (const engine::TradeoffCost* cost = tradeoffCostOf(report, mm.id)) {
        detailRow("Cost");
        CellTextWrapped(cost->text);
    } else {
        detailRow("Priority");
        for (const auto& line : priorityBreakdownLines(m.priority)) CellTextWrapped(line);
    }
    if (!mm.notes.empty()) {
        detailRow("Notes");
        CellTextWrapped(mm.notes);
    }
    // Issue 13.6: one contradiction, its facets listed when expanded; a click selects a facet.
    // Last, so the diagnosis and priority keep their place in sight.
    if (const engine::MismatchGroup* group = groupOf(report, mm.id); group && group->facets.size() > 1) {
        detailRow("Contradiction");
        if (ImGui::TreeNode(groupCaption(*group).c_str())) {
            for (const std::size_t i : group->facets) {
                const engine::ReportMismatch& facet = report.mismatches[i];
                ImGui::PushID(facet.mismatch.id.c_str());
                if (ImGui::Selectable(facetText(facet).c_str(), facet.mismatch.id == mm.id) &&
                    facet.mismatch.id != mm.id) {
                    view.selectedId = facet.mismatch.id;
                    view.revealSelection = true;
                }
                ImGui::PopID();
            }
            ImGui::TreePop();
        }
    }
    ImGui::EndTable();
}

}  // namespace

void drawMismatchesView(const sc::Document& doc, const engine::ScoreReport& report, const Clock& clock,
                        ViewState& view, CommandQueue& commands) {
    Heading("Mismatches");
    header(report);
    ImGui::Spacing();
    if (report.mismatches.empty()) {
        CellText("No mismatches: every promise and channel compared agree on every dimension.");
        return;
    }

    const engine::ReportMismatch* selected = nullptr;
    for (const auto& m : report.mismatches)
        if (m.mismatch.id == view.selectedId) selected = &m;

    // The list takes the upper part of the pane, the detail panel the rest.
    const float listHeight = ImGui::GetContentRegionAvail().y * 0.5f;
    if (ImGui::BeginChild("list", ImVec2(0.0f, listHeight))) {
        const auto sections = mismatchSections(report);
        bool headers = true;  // on the first of the tables sharing the ranked columns
        for (const auto& section : sections) {
            if (!section.active || !report.readinessCaveat.empty()) {
                ImGui::Spacing();
                if (section.active) ColouredText(sectionTitle(report, section), severityColour("high"));
                else CellText(sectionTitle(report, section));
            }
            if (section.kind == SectionKind::Tradeoffs) {
                tradeoffTable(report, section, view);
                continue;
            }
            sectionTable(report, section, headers, view);
            headers = false;
        }
    }
    ImGui::EndChild();
    view.revealSelection = false;  // done, or the selected mismatch is gone

    if (ImGui::BeginChild("detail", ImVec2(0.0f, 0.0f), true)) {
        if (selected) detailPanel(doc, report, *selected, clock, view, commands);
        else CellText("Select a mismatch to see its explanation, diagnosis, priority and decision.");
    }
    ImGui::EndChild();
}

}  // namespace sc::web
