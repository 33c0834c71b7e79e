// Compare screen (see compare_view.h).
#include "views/compare_view.h"

#include "imgui.h"
#include "logic/compare_model.h"
#include "logic/field_text.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

// A combo over the entities of one kind; keeps `id` pointing at one that exists.
void pick(const char* label, const sc::Document& doc, std::string_view kind, std::string& id) {
    const auto choices = referenceChoices(doc, kind);
    bool known = false;
    for (const auto& c : choices) known = known || c.first == id;
    if (!known) id = choices.empty() ? std::string() : choices.front().first;
    std::string preview = "—";
    for (const auto& [cid, name] : choices)
        if (cid == id) preview = name;
    CellText(label);
    ImGui::SameLine();
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 22.0f);
    if (!ImGui::BeginCombo((std::string("##") + label).c_str(), preview.c_str())) {
        test_hooks::noteText((std::string(label) + ": " + preview).c_str());
        return;
    }
    for (const auto& [cid, name] : choices)
        if (ImGui::Selectable((name + "##" + cid).c_str(), cid == id)) id = cid;
    ImGui::EndCombo();
}

}  // namespace

void drawCompareView(const EditorContext& ctx, ViewState& view) {
    Heading("Compare a promise with a channel");
    HintTextWrapped(
        "Both maps side by side on the shared dimensions; a marked row is where the channel does not "
        "deliver what the promise says.");
    if (ctx.doc.promises.empty() || ctx.doc.channels.empty()) {
        CellTextWrapped("Add at least one promise and one channel to compare them.");
        return;
    }
    pick("Promise", ctx.doc, "promise", view.comparePromiseId);
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 2.0f);
    pick("Channel", ctx.doc, "channel", view.compareChannelId);
    const CompareModel model = compare(ctx.doc, view.comparePromiseId, view.compareChannelId);

    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;
    if (ImGui::BeginTable("compare", 4, flags)) {
        ImGui::TableSetupColumn("Dimension", ImGuiTableColumnFlags_None, 1.2f);
        ImGui::TableSetupColumn("Promise says", ImGuiTableColumnFlags_None, 1.0f);
        ImGui::TableSetupColumn("Channel does", ImGuiTableColumnFlags_None, 1.0f);
        ImGui::TableSetupColumn("Gap", ImGuiTableColumnFlags_None, 3.0f);
        TableHeaders();
        for (const auto& row : model.rows) {
            ImGui::TableNextRow();
            if (row.apart) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, IM_COL32(250, 220, 215, 255));
            ImGui::TableNextColumn();
            CellText(row.dimension);
            ImGui::TableNextColumn();
            CellText(row.promiseLevel);
            ImGui::TableNextColumn();
            CellText(row.channelLevel);
            ImGui::TableNextColumn();
            if (row.apart) CellTextWrapped(row.verdict);
            else HintTextWrapped(row.verdict);
        }
        ImGui::EndTable();
    }
    ImGui::Spacing();
    if (model.mismatches.empty()) {
        CellTextWrapped(
            "No mismatch between these two: the channel delivers what the promise says on every "
            "dimension both are placed on.");
    } else {
        Heading(std::to_string(model.mismatches.size()) + " mismatch" +
                (model.mismatches.size() == 1 ? "" : "es"));
        for (const auto& d : model.mismatches) CellTextWrapped("• " + d.severity + " — " + d.explanation);
    }
}

}  // namespace sc::web
