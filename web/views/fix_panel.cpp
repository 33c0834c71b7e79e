// Fix section (see fix_panel.h). Which action is open when, and every word, come from
// logic/decision_text and the core; this file lays them out.
#include "views/fix_panel.h"

#include <algorithm>
#include <iterator>

#include "engine/text_util.h"
#include "imgui.h"
#include "logic/decision_text.h"
#include "logic/mismatch_commands.h"
#include "logic/mismatch_text.h"
#include "misc/cpp/imgui_stdlib.h"
#include "widgets/cell_text.h"
#include "workflow/decisions.h"

namespace sc::web {

namespace {

constexpr const char* kDecidePopup = "Decide fix";

void decideModal(const sc::Document& doc, const engine::ReportMismatch& m, const engine::MismatchGroup* group,
                 const Clock& clock, ViewState& view, CommandQueue& commands) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float em = ImGui::GetFontSize();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(em * 46.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(kDecidePopup, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    FixDraft& draft = view.fixDraft;
    const bool forGroup = !draft.groupIds.empty() && group;
    if (forGroup)
        CellTextWrapped("For all " + std::to_string(draft.groupIds.size()) + " facets of " +
                        groupName(*group) + ": one decision for the whole contradiction");
    else CellTextWrapped(engine::labelOf(m.mismatch));
    ImGui::Spacing();
    CellText("How will you fix it? The options that fit its diagnosis, best first:");
    for (const auto& option : forGroup ? decideOptions(group->options) : decideOptions(m)) {
        if (ImGui::RadioButton(option.label.c_str(), draft.kind == option.kind)) draft.kind = option.kind;
        ImGui::SameLine(em * 15.0f);  // past the longest label, "Stop using the channel"
        HintTextWrapped(option.reason);
    }
    ImGui::Spacing();
    CellText("Owner");
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::InputText("##owner", &draft.owner);
    CellText(rationaleRequired(draft.kind) ? "Why accept it? (required)" : "Rationale (optional)");
    ImGui::InputTextMultiline("##rationale", &draft.rationale, ImVec2(-1.0f, em * 3.5f));
    const bool ok = canConfirmDecision(draft.kind, draft.rationale);
    ImGui::BeginDisabled(!ok);
    if (ImGui::Button("Decide")) {
        if (forGroup)
            commands.push(decideGroupCommand(doc, draft.groupIds, draft.kind, draft.rationale, draft.owner,
                                             clock.today));
        else commands.push(decideCommand(m.mismatch, draft.kind, draft.rationale, draft.owner, clock.today));
        draft = FixDraft{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape), false)) {
        draft = FixDraft{};
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

// One row per touchpoint: a box labelled with its side ("Promise side"), then what to update.
void checklistTable(const Decision& d, bool canTick, const Clock& clock, CommandQueue& commands) {
    const ImGuiTableFlags flags = ImGuiTableFlags_BordersInnerH | ImGuiTableFlags_SizingStretchProp;
    if (!ImGui::BeginTable("checklist", 2, flags)) return;
    ImGui::TableSetupColumn("side", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8.0f);
    ImGui::TableSetupColumn("touchpoint", ImGuiTableColumnFlags_None, 1.0f);
    for (const auto& item : d.checklist) {
        ImGui::PushID(item.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        bool done = item.done;
        ImGui::BeginDisabled(!canTick);
        if (ImGui::Checkbox(checklistSideText(item).c_str(), &done))
            commands.push(tickCommand(d, item, done, clock.today));
        ImGui::EndDisabled();
        ImGui::TableNextColumn();
        CellTextWrapped(item.done && !item.doneOn.empty() ? item.label + " (done " + item.doneOn + ")"
                                                          : item.label);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

// The A/B test of a decided fix: start it with a hypothesis; then the counts of both arms,
// Record counts / End test, and the core's verdict (stopping rule first: two weeks or 100 leads).
void experimentSection(const sc::Document& doc, const engine::ScoreReport& report, const Mismatch& m,
                       const Decision& d, const Clock& clock, ViewState& view, CommandQueue& commands) {
    const Experiment* e = experimentOf(doc, d.id);
    ExperimentDraft& draft = view.experimentDraft;
    ImGui::Spacing();
    CellText("A/B test");
    if (!e || !e->endedOn.empty()) {
        if (e) {
            if (const ExperimentVerdict* v = verdictOf(report, e->id)) {
                CellTextWrapped(experimentHeadline(*v, *e));
                CellTextWrapped(v->summary);
            }
        }
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
        ImGui::InputTextWithHint("##hypothesis", "hypothesis (optional)", &draft.hypothesis);
        ImGui::SameLine();
        if (ImGui::Button(e ? "Start another A/B test" : "Start A/B test")) {
            commands.push(startExperimentCommand(m, d, draft.hypothesis, clock.today));
            draft.hypothesis.clear();
        }
        return;
    }
    const long long stored[4] = {e->controlVisitors, e->controlConversions, e->variantVisitors,
                                 e->variantConversions};
    if (draft.experimentId != e->id ||
        !std::equal(std::begin(stored), std::end(stored), std::begin(draft.stored))) {
        draft.experimentId = e->id;
        std::copy(std::begin(stored), std::end(stored), std::begin(draft.stored));
        std::copy(std::begin(stored), std::end(stored), std::begin(draft.counts));
    }
    if (!e->hypothesis.empty()) CellTextWrapped("Hypothesis: " + e->hypothesis);
    static const char* const kLabels[4] = {"Control visitors", "Control conversions", "Variant visitors",
                                           "Variant conversions"};
    for (int i = 0; i < 4; ++i) {
        if (i % 2 == 1) ImGui::SameLine();
        ImGui::SetNextItemWidth(ImGui::GetFontSize() * 5.0f);
        // AutoSelectAll: a click selects the number, so typing replaces it.
        ImGui::InputScalar(kLabels[i], ImGuiDataType_S64, &draft.counts[i], nullptr, nullptr, "%lld",
                           ImGuiInputTextFlags_AutoSelectAll);
    }
    if (ImGui::Button("Record counts")) commands.push(recordCountsCommand(m, *e, draft.counts));
    ImGui::SameLine();
    if (ImGui::Button("End test")) commands.push(endExperimentCommand(m, *e, clock.today));
    if (const ExperimentVerdict* v = verdictOf(report, e->id)) {
        CellTextWrapped(experimentHeadline(*v, *e));
        CellTextWrapped(v->summary);
        for (const auto& w : v->warnings) HintTextWrapped(w);
    }
}

}  // namespace

void drawFixPanel(const sc::Document& doc, const engine::ScoreReport& report, const engine::ReportMismatch& m,
                  const Clock& clock, ViewState& view, CommandQueue& commands) {
    const FixActions actions = fixActions(doc, m);
    Heading("Fix");
    if (actions.decision) CellTextWrapped(decisionSummary(*actions.decision));
    if (actions.decision && !actions.decision->rationale.empty())
        CellTextWrapped("Rationale: " + actions.decision->rationale);
    if (actions.canDecide) {
        if (ImGui::Button("Decide fix\xE2\x80\xA6")) {  // U+2026 HORIZONTAL ELLIPSIS
            view.fixDraft = FixDraft{};
            view.fixDraft.kind = preselectedKind(m);  // the best fit
            ImGui::OpenPopup(kDecidePopup);
        }
        HintTextWrapped(bestFitText(m));
    }
    // Seed 002 decides per contradiction ("a calculated trade-off" for the channel, not per
    // dimension): one decision for every facet the core lets a group decision cover.
    const engine::MismatchGroup* group = groupOf(report, m.mismatch.id);
    if (group && group->decidableIds.size() > 1 && whyCannotDecideGroup(doc, group->decidableIds).empty()) {
        const std::string label =
            "Decide for all " + std::to_string(group->decidableIds.size()) + " facets\xE2\x80\xA6";
        if (ImGui::Button(label.c_str())) {
            view.fixDraft = FixDraft{};
            view.fixDraft.groupIds = group->decidableIds;
            view.fixDraft.kind = decideOptions(group->options).front().kind;
            ImGui::OpenPopup(kDecidePopup);
        }
    }
    decideModal(doc, m, group, clock, view, commands);
    if (!actions.decision) return;

    if (actions.canImplement || actions.canTick) {
        ImGui::BeginDisabled(!actions.canImplement);
        if (ImGui::Button("Mark implemented"))
            commands.push(implementCommand(m.mismatch, *actions.decision, clock.today));
        ImGui::EndDisabled();
        if (!actions.implementBlockedBy.empty()) {
            ImGui::SameLine();
            HintText(actions.implementBlockedBy);
        }
    }
    if (actions.canWithdraw) {
        if (actions.canTick) ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
        if (ImGui::Button("Withdraw decision")) commands.push(withdrawCommand(m.mismatch, *actions.decision));
    }
    if (!actions.decision->implementedOn.empty()) {
        if (const VerificationResult* v = verificationOf(report, doc, actions.decision->id))
            CellTextWrapped(verificationText(*v));
    }
    if (canStartExperiment(*actions.decision))
        experimentSection(doc, report, m.mismatch, *actions.decision, clock, view, commands);
    if (!actions.decision->checklist.empty()) {
        CellText("Touchpoints to update on both sides (" + checklistProgressText(*actions.decision) + ")");
        checklistTable(*actions.decision, actions.canTick, clock, commands);
    }
}

}  // namespace sc::web
