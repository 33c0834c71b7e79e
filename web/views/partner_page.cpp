// A partner's page (see partner_page.h).
#include "views/partner_page.h"

#include <algorithm>
#include <cmath>

#include "edit/edits.h"
#include "imgui.h"
#include "logic/dashboard_text.h"
#include "logic/partner_text.h"
#include "model/vocabularies.h"
#include "partners/cadence.h"
#include "partners/feedback_loop.h"
#include "partners/incidents.h"
#include "partners/material_citations.h"
#include "partners/materials.h"
#include "partners/message_audit.h"
#include "partners/money_text.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"
#include "widgets/chart_common.h"
#include "widgets/chart_lines.h"
#include "widgets/highlighted_text.h"

namespace sc::web {

namespace {

constexpr ImGuiTableFlags kTableFlags =
    ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;

// A tab whose label the browser tests can find; `want` brings it forward once.
bool beginTab(const char* label, std::string& want) {
    const bool select = want == label;
    const bool open = ImGui::BeginTabItem(label, nullptr, select ? ImGuiTabItemFlags_SetSelected : 0);
    test_hooks::noteText(label);
    if (select) want.clear();
    return open;
}

void ragLine(const ChartPalette& palette, const std::string& rag, const std::string& text) {
    if (rag == "none" || rag.empty()) return CellTextWrapped(text);
    const Colour fill = ragFill(palette, rag);
    const float size = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddRectFilled(at, ImVec2(at.x + size, at.y + size), toU32(fill), 2.0f);
    CentredText(ImGui::GetWindowDrawList(), at, ImVec2(at.x + size, at.y + size), ragLetter(rag),
                toU32(textOn(fill)));
    ImGui::Dummy(ImVec2(size, size));
    ImGui::SameLine();
    CellTextWrapped(text);
}

TrendChart kpiChart(const partners::KpiThreshold& t, const partners::KpiCell& cell) {
    TrendChart chart;
    std::vector<std::int64_t> values;
    for (const auto& [period, value] : cell.series) {
        values.push_back(value);
        chart.points.push_back(
            {period, static_cast<double>(value), period + ": " + partners::kpiValueText(t, value)});
    }
    chart.axis = trendAxis(values, t.benchmark, t.green, t.amber);
    chart.benchmark = static_cast<double>(t.benchmark);
    chart.benchmarkText = "benchmark " + partners::kpiValueText(t, t.benchmark);
    chart.bands = trendBands(chart.axis, t.higherIsBetter, t.green, t.amber);
    chart.axisMinText = partners::kpiValueText(t, static_cast<std::int64_t>(std::llround(chart.axis.min)));
    chart.axisMaxText = partners::kpiValueText(t, static_cast<std::int64_t>(std::llround(chart.axis.max)));
    return chart;
}

void kpisTab(const partners::PartnerKpiReport& report, const partners::PartnerRow& row,
             const ChartPalette& palette) {
    const float width = std::max(ImGui::GetContentRegionAvail().x * 0.5f - ImGui::GetStyle().ItemSpacing.x,
                                 ImGui::GetFontSize() * 14.0f);
    for (std::size_t k = 0; k < row.kpis.size() && k < report.thresholds.size(); ++k) {
        const partners::KpiThreshold& t = report.thresholds[k];
        const partners::KpiCell& cell = row.kpis[k];
        ImGui::PushID(static_cast<int>(k));
        ImGui::BeginGroup();
        ragLine(palette, cell.rag, t.name + ": " + kpiCellText(t, cell));
        if (!cell.detail.empty()) HintTextWrapped(cell.detail);
        if (cell.series.empty()) HintText("No value in any period yet.");
        else
            TrendLine("kpi", row.name + " " + t.name, kpiChart(t, cell),
                      ImVec2(width, ImGui::GetFontSize() * 7.0f), palette);
        ImGui::EndGroup();
        ImGui::PopID();
        if (k % 2 == 0 && k + 1 < row.kpis.size()) ImGui::SameLine();
    }
}

// The partner's copy samples, each audited against the rules of engagement with its flagged
// passages highlighted.
void copySamples(const EditorContext& ctx, const std::string& partnerId, const ChartPalette& palette) {
    Heading("Copy");
    bool any = false;
    for (const CopySample& c : ctx.doc.copySamples) {
        if (c.partnerId != partnerId) continue;
        any = true;
        ImGui::PushID(c.id.c_str());
        const partners::MessageAudit audit = partners::auditCopy(ctx.doc, c.text);
        CellTextWrapped((c.name.empty() ? c.id : c.name) + (c.source.empty() ? "" : " — " + c.source) +
                        (c.capturedOn.empty() ? "" : " (" + c.capturedOn + ")") + ": " +
                        copyScoreText(audit));
        std::vector<std::string> reasons;
        for (const auto& f : audit.flags) reasons.push_back(flagReasonText(f));
        ImGui::Indent();
        HighlightedText("copy", c.text, copyRuns(c.text, audit), reasons, palette);
        ImGui::Unindent();
        ImGui::PopID();
    }
    if (!any)
        HintText("No copy captured from this partner (Programme > Copy samples, or paste it in Copy audit).");
}

void auditsTab(const EditorContext& ctx, const partners::PartnerKpiReport& report,
               const partners::PartnerRow& row, const ChartPalette& palette) {
    copySamples(ctx, row.partnerId, palette);
    ImGui::Spacing();
    Heading("Pricing");
    if (!row.pricing.accuracyBp) {
        HintText("No deal in " + (report.period.empty() ? std::string("the period") : report.period) + ".");
    } else {
        CellText(std::to_string(row.pricing.accurate) + " of " + std::to_string(row.pricing.deals) +
                 " deals at authorised price points (" + partners::bpPercentText(*row.pricing.accuracyBp) +
                 ")");
        if (!row.pricing.violations.empty() && ImGui::BeginTable("violations", 3, kTableFlags)) {
            ImGui::TableSetupColumn("Deal", ImGuiTableColumnFlags_None, 0.6f);
            ImGui::TableSetupColumn("Account", ImGuiTableColumnFlags_None, 1.0f);
            ImGui::TableSetupColumn("Why it is a violation", ImGuiTableColumnFlags_None, 3.0f);
            TableHeaders();
            for (const auto& v : row.pricing.violations) {
                ImGui::TableNextRow();
                ImGui::TableNextColumn();
                CellText(v.dealId);
                ImGui::TableNextColumn();
                CellText(v.account);
                ImGui::TableNextColumn();
                std::string why;
                for (const auto& r : v.reasons) why += (why.empty() ? "" : "; ") + r;
                CellTextWrapped("Pricing violation: " + why);
            }
            ImGui::EndTable();
        }
    }
    ImGui::Spacing();
    Heading("Reporting");
    if (!row.reporting.complianceBp) HintText("No report due in the period.");
    else
        CellText(std::to_string(row.reporting.compliant) + " of " + std::to_string(row.reporting.reports) +
                 " reports on time and in the right format");
    for (const auto& p : row.reporting.problems) CellTextWrapped("Report " + p.reportId + ": " + p.reason);
    ImGui::Spacing();
    Heading("Channel conflicts");
    bool any = false;
    for (const auto& c : report.conflicts) {
        if (std::find(c.partnerIds.begin(), c.partnerIds.end(), row.partnerId) == c.partnerIds.end())
            continue;
        any = true;
        CellTextWrapped((c.resolved ? "Resolved: " : "Open: ") + c.account + " — " + c.reason);
    }
    if (!any) HintText("No conflicting or out-of-territory registration.");
}

void pulseTab(const partners::PartnerKpiReport& report, const partners::PartnerRow& row,
              const ChartPalette& palette) {
    HintTextWrapped(
        "Seed 004: autonomy, mastery and purpose keep partners engaged; a red pulse score is a relationship "
        "at risk, whatever the sales KPIs say.");
    const std::size_t first = partners::kpiIds().size();
    for (std::size_t q = 0; q < row.pulse.size(); ++q) {
        const partners::PulseCell& cell = row.pulse[q];
        const std::string name =
            first + q < report.thresholds.size() ? report.thresholds[first + q].name : cell.question;
        std::string text =
            name + ": " + pulseCellText(cell) + " (" + std::to_string(cell.answers) + " answers)";
        if (cell.previousCenti)
            text += ", " + partners::pulseText(*cell.previousCenti) + " in " + cell.previousPeriod;
        ragLine(palette, cell.rag, text);
    }
}

void materialsTab(const EditorContext& ctx, const std::string& partnerId) {
    bool any = false;
    for (const Material& m : ctx.doc.materials) {
        const auto audience = partners::materialAudience(ctx.doc, m);
        if (std::find(audience.begin(), audience.end(), partnerId) == audience.end()) continue;
        any = true;
        const partners::MaterialAcknowledgements acks =
            partners::materialAcknowledgements(ctx.doc, m, ctx.clock.today);
        const auto missing = std::find_if(acks.missing.begin(), acks.missing.end(),
                                          [&](const auto& x) { return x.partnerId == partnerId; });
        std::string line = (m.name.empty() ? m.id : m.name) + " — current " +
                           (acks.currentVersion.empty() ? std::string("(no version)") : acks.currentVersion) +
                           (acks.updatedOn.empty() ? "" : " of " + acks.updatedOn);
        if (missing == acks.missing.end()) {
            CellTextWrapped(line + ": acknowledged");
        } else {
            line += ": not acknowledged" + (missing->lastAcknowledged.empty()
                                                ? std::string(" (never acknowledged any version)")
                                                : " (still on " + missing->lastAcknowledged + ")");
            if (acks.overdue) line += ", " + std::to_string(acks.daysOverdue) + " days overdue — tell them";
            CellTextWrapped(line);
        }
    }
    if (!any) HintText("No material is meant for this partner.");
    for (const auto& c : partners::findOutdatedCitations(ctx.doc))
        if (c.partnerId == partnerId) CellTextWrapped("Outdated material in use: " + c.why);
}

void cadenceTab(const EditorContext& ctx, const std::string& partnerId) {
    bool any = false;
    for (const auto& due : partners::cadenceDues(ctx.doc, ctx.clock.today)) {
        if (!due.partnerId.empty() && due.partnerId != partnerId) continue;
        any = true;
        std::string line = (due.name.empty() ? due.cadenceId : due.name) + " (" + due.kind + "): last held " +
                           (due.lastHeldOn.empty() ? std::string("never") : due.lastHeldOn) + ", next due " +
                           (due.nextDueOn.empty() ? std::string("not known") : due.nextDueOn);
        if (due.overdue) line += " — OVERDUE by " + std::to_string(due.daysOverdue) + " days";
        CellTextWrapped(line);
    }
    if (!any) HintText("No meeting planned with this partner: add a weekly check-in (Programme > Cadence).");
}

void feedbackTab(const EditorContext& ctx, const std::string& partnerId) {
    const partners::FeedbackLoop loop = partners::buildFeedbackLoop(ctx.doc, ctx.clock.today);
    for (const auto& r : loop.partners) {
        if (r.partnerId != partnerId) continue;
        CellText(std::to_string(r.tally.items) + " items, " + std::to_string(r.tally.closed) + " closed (" +
                 (r.tally.closedLoopBp ? partners::bpPercentText(*r.tally.closedLoopBp) : std::string("–")) +
                 " closed-loop rate), " + std::to_string(r.tally.changed) + " led to a change");
    }
    for (const auto& u : loop.intoTheVoid)
        if (u.partnerId == partnerId)
            CellTextWrapped("Unanswered for " + std::to_string(u.days) + " days: " + u.name +
                            " — shouting into a void (seed 000)");
    if (!ImGui::BeginTable("feedback", 4, kTableFlags)) return;
    for (const char* c : {"Item", "Kind", "Status", "Change it led to"}) ImGui::TableSetupColumn(c);
    TableHeaders();
    for (const FeedbackItem& f : ctx.doc.feedback) {
        if (f.partnerId != partnerId) continue;
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        CellTextWrapped(f.name);
        ImGui::TableNextColumn();
        CellText(std::string(vocab::kFeedbackKind.labelOf(f.kind)));
        ImGui::TableNextColumn();
        CellText(std::string(vocab::kFeedbackStatus.labelOf(f.status)));
        ImGui::TableNextColumn();
        CellTextWrapped(f.changeLedTo);
    }
    ImGui::EndTable();
}

// Seed 000's flow: the diagnosis first, then the response that fits it.
void incidentsTab(const EditorContext& ctx, const std::string& partnerId) {
    bool any = false;
    for (const partners::IncidentReview& r : partners::reviewIncidents(ctx.doc)) {
        if (r.partnerId != partnerId) continue;
        any = true;
        ImGui::PushID(r.id.c_str());
        ImGui::Separator();
        CellTextWrapped((r.name.empty() ? r.id : r.name) +
                        (r.occurredOn.empty() ? "" : " (" + r.occurredOn + ")"));
        const edit::Address at{{"incidents", r.id}};
        const float comboWidth = ImGui::GetFontSize() * 16.0f;
        ImGui::SetNextItemWidth(comboWidth);
        const std::string diagnosisLabel(
            vocab::kDiagnosis.labelOf(r.diagnosis.empty() ? "undiagnosed" : r.diagnosis));
        if (ImGui::BeginCombo("1. Diagnosis", diagnosisLabel.c_str())) {
            for (const vocab::Term& t : vocab::kDiagnosis) {
                const bool chosen = t.id == r.diagnosis;
                if (ImGui::Selectable(std::string(t.label).c_str(), chosen) && !chosen) {
                    const std::string value(t.id);
                    ctx.commands.push(edit::setFieldLabel(ctx.doc, at, "diagnosis"),
                                      [at, value, now = ctx.clock.now](const sc::Document& doc) {
                                          return edit::setField(doc, at, "diagnosis", edit::FieldValue(value),
                                                                now);
                                      });
                }
            }
            ImGui::EndCombo();
        }
        test_hooks::noteText(("Diagnosis: " + diagnosisLabel).c_str());
        ImGui::SetNextItemWidth(comboWidth);
        const std::string responseLabel = r.response.empty()
                                              ? std::string("(none yet)")
                                              : std::string(vocab::kResponse.labelOf(r.response));
        if (ImGui::BeginCombo("2. Response", responseLabel.c_str())) {
            for (const vocab::Term& t : vocab::kResponse) {
                const bool chosen = t.id == r.response;
                // Offered even before a diagnosis: choosing one then is refused by the core with
                // its reason, which says what to do first.
                if (ImGui::Selectable(std::string(t.label).c_str(), chosen) && !chosen) {
                    const std::string value(t.id);
                    ctx.commands.push(partners::respondToIncidentLabel(ctx.doc, r.id, value),
                                      [id = r.id, value, now = ctx.clock.now](const sc::Document& doc) {
                                          return partners::respondToIncident(doc, id, value, now);
                                      });
                }
            }
            ImGui::EndCombo();
        }
        test_hooks::noteText(("Response: " + responseLabel).c_str());
        if (!partners::isDiagnosed(*std::find_if(ctx.doc.incidents.begin(), ctx.doc.incidents.end(),
                                                 [&](const Incident& i) { return i.id == r.id; })))
            HintTextWrapped("Diagnose before you blame (seed 000): choose why it happened first.");
        else if (!r.suggested.response.empty())
            HintTextWrapped("Suggested: " + std::string(vocab::kResponse.labelOf(r.suggested.response)) +
                            " — " + r.suggested.reason);
        for (const auto& f : r.findings) CellTextWrapped("Finding: " + f.message);
        ImGui::PopID();
    }
    if (!any) HintText("No incident recorded for this partner.");
}

void postMortemsTab(const EditorContext& ctx, const std::string& partnerId) {
    bool any = false;
    for (const PostMortem& pm : ctx.doc.postMortems) {
        if (pm.partnerId != partnerId) continue;
        any = true;
        std::string reasons;
        for (const auto& r : pm.reasons) reasons += (reasons.empty() ? "" : "; ") + r;
        CellTextWrapped(std::string(vocab::kWinLoss.labelOf(pm.outcome)) + " " +
                        (pm.dealId.empty() ? pm.name : "deal " + pm.dealId) +
                        (pm.heldOn.empty() ? "" : " (" + pm.heldOn + ")") + ": " + reasons);
        if (!pm.lessons.empty()) HintTextWrapped("Lessons: " + pm.lessons);
    }
    if (!any) HintText("No post-mortem for this partner's deals yet: wins deserve one too (seed 003).");
}

}  // namespace

void drawPartnerPage(const EditorContext& ctx, const partners::PartnerKpiReport& report,
                     const ChartPalette& palette, ViewState& view) {
    const std::string id = view.partners.pageId;
    if (ImGui::Button("\xE2\x86\x90 All partners")) {
        view.partners.pageId.clear();
        return;
    }
    const partners::PartnerRow* row = nullptr;
    for (const auto& r : report.partners)
        if (r.partnerId == id) row = &r;
    const Partner* partner = nullptr;
    for (const auto& p : ctx.doc.partners)
        if (p.id == id) partner = &p;
    if (!row || !partner) return;
    ImGui::PushID(id.c_str());
    Heading(row->name + " — " + (row->tier.empty() ? std::string("no tier") : row->tier + " tier") + ", " +
            std::string(vocab::kPartnerStatus.labelOf(row->status)));
    CellText("Tier advice: " + tierAdviceText(row->tierAdvice, row->tier));
    HintTextWrapped(row->tierAdvice.reason);
    if (ImGui::BeginTabBar("##partner")) {
        std::string& want = view.partners.pageTab;
        if (beginTab("KPIs", want)) {
            kpisTab(report, *row, palette);
            ImGui::EndTabItem();
        }
        if (beginTab("Audits", want)) {
            auditsTab(ctx, report, *row, palette);
            ImGui::EndTabItem();
        }
        if (beginTab("Pulse", want)) {
            pulseTab(report, *row, palette);
            ImGui::EndTabItem();
        }
        if (beginTab("Materials", want)) {
            materialsTab(ctx, id);
            ImGui::EndTabItem();
        }
        if (beginTab("Cadence", want)) {
            cadenceTab(ctx, id);
            ImGui::EndTabItem();
        }
        if (beginTab("Feedback", want)) {
            feedbackTab(ctx, id);
            ImGui::EndTabItem();
        }
        if (beginTab("Incidents", want)) {
            incidentsTab(ctx, id);
            ImGui::EndTabItem();
        }
        if (beginTab("Post-mortems", want)) {
            postMortemsTab(ctx, id);
            ImGui::EndTabItem();
        }
        if (beginTab("Details", want)) {
            drawProperties(ctx, {{"partners", id}});
            ImGui::EndTabItem();
        }
        ImGui::EndTabBar();
    }
    ImGui::PopID();
}

}  // namespace sc::web
