// Copy audit screen (see copy_audit_view.h).
#include "views/copy_audit_view.h"

#include "edit/edits.h"
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

// Keeps the pasted copy in the scorecard as a copy sample of the chosen partner (the partner's
// message consistency KPI is then computed from it for the month it was captured).
void keepAsSample(const EditorContext& ctx, PartnersState& state) {
    if (ctx.doc.partners.empty()) return;
    std::string& partnerId = state.copyPartnerId;
    const sc::Partner* partner = nullptr;
    for (const auto& p : ctx.doc.partners)
        if (p.id == partnerId) partner = &p;
    if (!partner) {
        partner = &ctx.doc.partners.front();
        partnerId = partner->id;
    }
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 14.0f);
    if (ImGui::BeginCombo("##partner", partner->name.c_str())) {
        for (const auto& p : ctx.doc.partners)
            if (ImGui::Selectable(p.name.c_str(), p.id == partnerId)) partnerId = p.id;
        ImGui::EndCombo();
    }
    ImGui::SameLine();
    if (ImGui::Button("Keep as this partner's copy sample")) {
        const std::vector<std::pair<std::string, edit::FieldValue>> initial = {
            {"name", edit::FieldValue(std::string("Copy of ") + partner->name + " " + ctx.clock.today)},
            {"partner_id", edit::FieldValue(partnerId)},
            {"captured_on", edit::FieldValue(ctx.clock.today)},
            {"text", edit::FieldValue(state.copyText)},
        };
        ctx.commands.push(edit::addItemLabel(ctx.doc, {}, "copy_samples"),
                          [initial, now = ctx.clock.now](const sc::Document& doc) {
                              return edit::addItem(doc, {}, "copy_samples", initial, now);
                          });
    }
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
    keepAsSample(ctx, state);
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
