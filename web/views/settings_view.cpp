// Settings screen (see settings_view.h).
#include "views/settings_view.h"

#include "engine/priority_formula.h"
#include "imgui.h"
#include "widgets/cell_text.h"

namespace sc::web {

void drawSettingsView(const EditorContext& ctx, ViewState&) {
    Heading("Scorecard");
    drawProperties(ctx, {{"info", ""}});
    ImGui::Spacing();
    Heading("Prioritisation model");
    HintTextWrapped(engine::priorityFormulaText(ctx.doc.priorityModel));
    HintTextWrapped("Mismatches shows this arithmetic for every mismatch.");
    ImGui::PushID("priority");
    drawProperties(ctx, {{"priority_model", ""}});
    ImGui::PopID();
    ImGui::Spacing();
    Heading("Readiness");
    HintTextWrapped("Facts for the readiness check in Mismatches (seed 002, \"When not to proceed\").");
    ImGui::PushID("readiness");
    drawProperties(ctx, {{"readiness", ""}});
    ImGui::PopID();
}

}  // namespace sc::web
