// Copy audit screen (see copy_audit_view.h).
#include "views/copy_audit_view.h"

#include "imgui.h"
#include "imgui_stdlib.h"
#include "logic/partner_text.h"
#include "partners/message_audit.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"
#include "widgets/highlighted_text.h"

namespace sc::web {

namespace {

// The audit shown: of which text, against which document (the rules may have been edited).
struct ShownAudit {
    const sc::Document* doc = nullptr;
    std::string text;
    partners::MessageAudit audit;
    bool done = false;
};

ShownAudit& shown() {
    static ShownAudit s;
    return s;
}

}  // namespace

void drawCopyAuditView(const EditorContext& ctx, const ChartPalette& palette, ViewState& view) {
    PartnersState& state = view.partners;
    Heading("Copy audit");
    HintTextWrapped(
        "Paste a partner's copy — a landing page, an email, a social post. It is checked against the rules "
        "of "
        "engagement as you type: forbidden phrases are highlighted with the rule each breaks, and sentences "
        "carrying an approved claim count as approved messaging.");
    if (ctx.doc.rules.forbiddenRules.empty() && ctx.doc.rules.approvedClaims.empty())
        HintTextWrapped(
            "This scorecard has no approved claims or forbidden phrases yet (Rules of engagement).");
    const float height = ImGui::GetTextLineHeightWithSpacing() * 8.0f;
    if (ImGui::InputTextMultiline("##copy", &state.copyText, ImVec2(-1.0f, height)))
        state.copyEditedAt = ImGui::GetTime();
    test_hooks::noteText("Partner copy");
    ShownAudit& s = shown();
    const bool stale = !s.done || s.text != state.copyText || s.doc != &ctx.doc;
    if (stale && ImGui::GetTime() - state.copyEditedAt >= kCopyAuditPause) {
        s.audit = partners::auditCopy(ctx.doc, state.copyText);
        s.text = state.copyText;
        s.doc = &ctx.doc;
        s.done = true;
    }
    if (!s.done || s.text.empty()) return;
    if (s.text != state.copyText) HintText("Checking…");
    ImGui::Spacing();
    CellTextWrapped(copyScoreText(s.audit));
    std::vector<std::string> reasons;
    for (const auto& f : s.audit.flags) reasons.push_back(flagReasonText(f));
    ImGui::Spacing();
    HighlightedText("audited", s.text, copyRuns(s.text, s.audit), reasons, palette);
    if (s.audit.flags.empty()) return;
    ImGui::Spacing();
    Heading(std::to_string(s.audit.flags.size()) +
            (s.audit.flags.size() == 1 ? " flagged passage" : " flagged passages"));
    for (const auto& f : s.audit.flags)
        CellTextWrapped("Line " + std::to_string(f.line) + ", column " + std::to_string(f.column) +
                        ": \u201C" + f.text + "\u201D — " + flagReasonText(f));
}

}  // namespace sc::web
