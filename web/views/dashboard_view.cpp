// Dashboard screen (see dashboard_view.h). Every figure comes from core's dashboard value and
// every sentence from logic/dashboard_text; this file lays them out and turns clicks into
// navigation (the Mismatches view with a mismatch selected).
#include "views/dashboard_view.h"

#include <algorithm>
#include <cmath>

#include "imgui.h"
#include "logic/dashboard_text.h"
#include "widgets/cell_text.h"
#include "widgets/chart_bars.h"
#include "widgets/chart_common.h"
#include "widgets/chart_funnel.h"
#include "widgets/chart_heat_map.h"
#include "widgets/chart_lines.h"

namespace sc::web {

namespace {

constexpr ImGuiTableFlags kTableFlags =
    ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingStretchProp;

void openMismatch(ViewState& view, const std::string& id) {
    view.current = ViewId::Mismatches;
    view.selectedId = id;
    view.revealSelection = true;
}

void sectionTitle(const std::string& text) {
    ImGui::Spacing();
    CellText(text);
    ImGui::Separator();
}

// A small filled square in a RAG or severity colour with its letter on it, then the text:
// the colour never carries the meaning alone.
void markWithText(Colour fill, const std::string& letter, const std::string& text) {
    const float side = ImGui::GetTextLineHeight();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(at, ImVec2(at.x + side * 1.2f, at.y + side), toU32(fill));
    draw->AddRect(at, ImVec2(at.x + side * 1.2f, at.y + side), ImGui::GetColorU32(ImGuiCol_Border));
    CentredText(draw, at, ImVec2(at.x + side * 1.2f, at.y + side), letter, toU32(textOn(fill)));
    ImGui::Dummy(ImVec2(side * 1.2f, side));
    ImGui::SameLine();
    CellText(text);
}

const dashboard::ActionItem* actionFor(const dashboard::Dashboard& dash, const std::string& mismatchId) {
    for (const auto& a : dash.actions)
        if (a.mismatchId == mismatchId) return &a;
    return nullptr;
}

std::string titleFor(const dashboard::Dashboard& dash, const std::string& mismatchId) {
    if (const auto* a = actionFor(dash, mismatchId)) return a->title;
    for (const auto& p : dash.topPriorities)
        if (p.mismatchId == mismatchId) return p.title;
    return mismatchId;
}

void summary(const dashboard::Dashboard& dash, const ChartPalette& palette) {
    Heading(dash.title.empty() ? std::string("Untitled scorecard") : dash.title);
    CellText(indexHeadline(dash.index));
    if (ImGui::IsItemHovered()) TooltipLines(indexTooltipLines(dash.index));
    if (!dash.index.verificationShare.empty()) {
        ImGui::SameLine(0.0f, ImGui::GetFontSize() * 1.5f);
        HintText(dash.index.verificationShare);
    }
    ImGui::SameLine(0.0f, ImGui::GetFontSize() * 1.5f);
    CellText(openTotalText(dash.bySeverity));
    if (dash.readiness.warn)
        for (const auto& message : dash.readiness.messages)
            markWithText(palette.amber, "!", "Readiness: " + message);
    if (dash.sinceLastReview.hasPrevious) {
        std::string line = "Since the last review (" + dash.sinceLastReview.sinceDate + "):";
        if (dash.sinceLastReview.lines.empty()) line += " nothing changed";
        for (std::size_t i = 0; i < dash.sinceLastReview.lines.size(); ++i)
            line += (i ? " \xC2\xB7 " : " ") + dash.sinceLastReview.lines[i];
        CellText(line);
    } else {
        HintText("No review recorded yet: File > Record review keeps today's figures for the next one.");
    }
}

void severitySection(const dashboard::Dashboard& dash, const ChartPalette& palette) {
    sectionTitle("Open mismatches by severity");
    std::vector<BarDatum> bars;
    for (const auto& b : dash.bySeverity.bars) {
        BarDatum d;
        d.label = b.severity;
        d.value = b.count;
        d.valueText = std::to_string(b.count);
        d.fill = severityFill(palette, b.severity);
        d.tooltip = {severityBarText(b) + (dash.bySeverity.countsGroups ? " (mismatch groups)" : "")};
        bars.push_back(std::move(d));
    }
    HorizontalBars("severity", bars, 0.0f, palette.grid);
}

void prioritiesSection(const dashboard::Dashboard& dash, ViewState& view) {
    sectionTitle("Top priorities");
    if (dash.topPriorities.empty()) HintText("Nothing open: no priorities.");
    for (const auto& p : dash.topPriorities) {
        ImGui::PushID(p.mismatchId.c_str());
        if (WrappedSelectable(topPriorityText(p))) openMismatch(view, p.mismatchId);
        if (ImGui::IsItemHovered()) TooltipLines({"Open it in the Mismatches view."});
        ImGui::Indent();
        HintTextWrapped(p.explanation);
        ImGui::Unindent();
        ImGui::PopID();
    }
}

void heatSection(const dashboard::Dashboard& dash, const ChartPalette& palette, ViewState& view) {
    const dashboard::HeatMap& map = dash.heatMap;
    sectionTitle("Promise \xC3\x97 channel: open mismatches (colour = worst severity)");
    if (map.promiseIds.empty() || map.channelIds.empty()) {
        HintText("No promises or channels to compare yet.");
        return;
    }
    HeatMapData data;
    data.rows = map.promiseNames;
    data.columns = map.channelNames;
    auto& state = view.dashboard;
    for (std::size_t r = 0; r < map.promiseIds.size(); ++r)
        for (std::size_t c = 0; c < map.channelIds.size(); ++c) {
            const dashboard::HeatCell& cell = map.at(r, c);
            HeatMapCell out;
            out.text = heatCellText(cell);
            out.label = heatCellLabel(map.promiseNames[r], map.channelNames[c]);
            out.fill = cell.openMismatches > 0 ? severityFill(palette, cell.worstSeverity) : palette.empty;
            out.clickable = cell.openMismatches > 0;
            out.selected = cell.promiseId == state.heatPromiseId && cell.channelId == state.heatChannelId;
            data.cells.push_back(std::move(out));
        }
    const auto tooltip = [&](std::size_t r, std::size_t c) {
        return heatCellTooltipLines(map.promiseNames[r], map.channelNames[c], map.at(r, c));
    };
    if (auto pick = HeatMap("heat", data, tooltip, palette)) {
        const dashboard::HeatCell& cell = map.at(pick->row, pick->column);
        state.heatPromiseId = cell.promiseId;
        state.heatChannelId = cell.channelId;
    }
    // The clicked cell's mismatches, exactly those; each opens in the Mismatches view.
    for (std::size_t r = 0; r < map.promiseIds.size(); ++r)
        for (std::size_t c = 0; c < map.channelIds.size(); ++c) {
            const dashboard::HeatCell& cell = map.at(r, c);
            if (cell.promiseId != state.heatPromiseId || cell.channelId != state.heatChannelId) continue;
            CellText(heatSelectionHeading(map.promiseNames[r], map.channelNames[c], cell.mismatchIds.size()));
            ImGui::SameLine();
            if (ImGui::SmallButton("Close list")) state.heatPromiseId.clear(), state.heatChannelId.clear();
            for (const auto& id : cell.mismatchIds) {
                ImGui::PushID(id.c_str());
                if (ImGui::Selectable(("Heat mismatch: " + titleFor(dash, id)).c_str()))
                    openMismatch(view, id);
                ImGui::PopID();
            }
        }
}

std::vector<LinePoint> seriesPoints(const std::vector<dashboard::SeriesPoint>& series,
                                    const std::string& unit, const std::string& currency) {
    std::vector<LinePoint> points;
    for (const auto& p : series)
        points.push_back(
            {p.period, static_cast<double>(p.value), seriesPointText(p.period, unit, p.value, currency)});
    return points;
}

void kpiTiles(const dashboard::Dashboard& dash, const ChartPalette& palette) {
    sectionTitle("KPIs against benchmark (metric dictionary)");
    if (dash.kpis.empty()) {
        HintText("The metric dictionary is empty.");
        return;
    }
    const float em = ImGui::GetFontSize();
    const float tileWidth = em * 11.0f;
    const float right = ImGui::GetCursorScreenPos().x + ImGui::GetContentRegionAvail().x;
    for (std::size_t i = 0; i < dash.kpis.size(); ++i) {
        const dashboard::KpiTile& tile = dash.kpis[i];
        ImGui::PushID(static_cast<int>(i));
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + tileWidth);
        CellText(tile.name);
        markWithText(ragFill(palette, tile.rag), ragLetter(tile.rag), kpiTileValueText(tile, dash.currency));
        if (tile.sparkline.size() >= 2)
            Sparkline("spark", tile.name, seriesPoints(tile.sparkline, tile.unit, dash.currency),
                      ImVec2(tileWidth, em * 1.8f), palette);
        else HintText(tile.hasValue ? "one period so far" : tile.source);
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        if (ImGui::IsItemHovered() && !ImGui::IsAnyItemHovered())
            TooltipLines({tile.name, kpiThresholdText(tile, dash.currency), tile.source});
        ImGui::PopID();
        // Tiles flow left to right and wrap at the column's edge.
        const float next = ImGui::GetItemRectMax().x + ImGui::GetStyle().ItemSpacing.x * 2.0f + tileWidth;
        if (i + 1 < dash.kpis.size() && next < right)
            ImGui::SameLine(0.0f, ImGui::GetStyle().ItemSpacing.x * 2.0f);
    }
}

void overdueSection(const dashboard::Dashboard& dash, ViewState& view) {
    sectionTitle("What is overdue");
    if (dash.overdue.empty()) {
        HintText("Nothing is overdue.");
        return;
    }
    if (!ImGui::BeginTable("overdue", 3, kTableFlags)) return;
    ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 8.5f);
    ImGui::TableSetupColumn("What", ImGuiTableColumnFlags_None, 1.2f);
    ImGui::TableSetupColumn("Detail", ImGuiTableColumnFlags_None, 1.5f);
    TableHeaders();
    for (const auto& item : dash.overdue) {
        ImGui::PushID((item.kind + item.id).c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        CellTextWrapped(overdueWhenText(item));
        ImGui::TableNextColumn();
        const std::string what = overdueKindText(item.kind) + ": " + item.title;
        if (!item.mismatchId.empty()) {
            if (ImGui::Selectable(what.c_str())) openMismatch(view, item.mismatchId);
        } else {
            CellTextWrapped(what);
        }
        ImGui::TableNextColumn();
        CellTextWrapped(item.detail);
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void actionTable(const dashboard::Dashboard& dash, ViewState* view) {
    if (dash.actions.empty()) {
        HintText("No open mismatches: nothing to act on.");
        return;
    }
    if (!ImGui::BeginTable("actions", 7, kTableFlags)) return;
    const float em = ImGui::GetFontSize();
    ImGui::TableSetupColumn("#", ImGuiTableColumnFlags_WidthFixed, em * 1.8f);
    ImGui::TableSetupColumn("Mismatch", ImGuiTableColumnFlags_None, 2.6f);
    ImGui::TableSetupColumn("Severity", ImGuiTableColumnFlags_WidthFixed, em * 4.2f);
    ImGui::TableSetupColumn("Decision", ImGuiTableColumnFlags_None, 1.8f);
    ImGui::TableSetupColumn("Owner", ImGuiTableColumnFlags_None, 0.8f);
    ImGui::TableSetupColumn("Due", ImGuiTableColumnFlags_WidthFixed, em * 7.0f);
    ImGui::TableSetupColumn("State", ImGuiTableColumnFlags_WidthFixed, em * 3.6f);
    TableHeaders();
    ImGuiListClipper clipper;  // the enterprise document may have hundreds of open mismatches
    clipper.Begin(static_cast<int>(dash.actions.size()));
    while (clipper.Step()) {
        for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
            const dashboard::ActionItem& a = dash.actions[static_cast<std::size_t>(i)];
            ImGui::PushID(a.mismatchId.c_str());
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            if (view) {
                if (RowSelectable(std::to_string(a.rank), false)) openMismatch(*view, a.mismatchId);
            } else {
                CellText(std::to_string(a.rank));
            }
            ImGui::TableNextColumn();
            CellTextWrapped(a.title);
            ImGui::TableNextColumn();
            CellText(a.severity);
            ImGui::TableNextColumn();
            CellTextWrapped(actionDecisionText(a));
            ImGui::TableNextColumn();
            CellText(a.owner.empty() ? std::string("\xE2\x80\x93") : a.owner);
            ImGui::TableNextColumn();
            CellText(a.due.empty() ? std::string("\xE2\x80\x93") : a.due + (a.overdue ? " overdue" : ""));
            ImGui::TableNextColumn();
            CellText(a.state);
            ImGui::PopID();
        }
    }
    ImGui::EndTable();
}

void actionsTab(const dashboard::Dashboard& dash, ViewState& view, DashboardRequests& requests) {
    HintText("Seed 002: one action item per mismatch, in priority order. Click a rank to open the mismatch.");
    if (ImGui::Button("Copy as TSV")) ImGui::SetClipboardText(actionListTsv(dash.actions).c_str());
    ImGui::SameLine();
    if (ImGui::Button("Export CSV")) requests.downloadCsv = actionListCsv(dash.actions);
    actionTable(dash, &view);
}

void funnelsTab(const dashboard::Dashboard& dash, const ChartPalette& palette, ViewState& view) {
    if (dash.funnels.empty()) {
        HintText("No pair has a funnel yet (Pairs: funnel stages).");
        return;
    }
    const dashboard::PairFunnel* shown = &dash.funnels.front();
    for (const auto& f : dash.funnels)
        if (f.pairId == view.dashboard.funnelPairId) shown = &f;
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 24.0f);
    if (ImGui::BeginCombo("Pair", shown->pairName.c_str())) {
        for (const auto& f : dash.funnels)
            if (ImGui::Selectable(f.pairName.c_str(), &f == shown)) view.dashboard.funnelPairId = f.pairId;
        ImGui::EndCombo();
    }
    std::vector<FunnelStageDatum> stages;
    for (const auto& bar : shown->stages) {
        FunnelStageDatum s;
        s.label = bar.label;
        s.journeyStage = journeyStageText(bar);
        s.hasData = bar.hasData;
        s.observed = static_cast<double>(bar.observedBp) / 10000.0;
        s.benchmark = static_cast<double>(bar.benchmarkBp) / 10000.0;
        s.observedText = metricValueText("bp", bar.observedBp, "");
        s.benchmarkText = metricValueText("bp", bar.benchmarkBp, "");
        s.divergent = bar.divergent;
        s.tooltip = {funnelStageText(bar),
                     std::to_string(bar.converted) + " of " + std::to_string(bar.entered)};
        stages.push_back(std::move(s));
    }
    Funnel("funnel", stages, funnelDivergenceText(*shown), palette);
}

TrendChart kpiTrend(const dashboard::KpiTile& tile, const std::string& currency) {
    TrendChart chart;
    chart.points = seriesPoints(tile.series, tile.unit, currency);
    std::vector<std::int64_t> values;
    for (const auto& p : tile.series) values.push_back(p.value);
    chart.axis = trendAxis(values, tile.benchmark, tile.green, tile.amber);
    chart.benchmark = static_cast<double>(tile.benchmark);
    chart.benchmarkText = "benchmark " + metricValueText(tile.unit, tile.benchmark, currency);
    chart.bands = trendBands(chart.axis, tile.higherIsBetter, tile.green, tile.amber);
    chart.axisMinText =
        metricValueText(tile.unit, static_cast<std::int64_t>(std::llround(chart.axis.min)), currency);
    chart.axisMaxText =
        metricValueText(tile.unit, static_cast<std::int64_t>(std::llround(chart.axis.max)), currency);
    return chart;
}

// Charts two to a row.
template <class Draw>
void chartGrid(std::size_t count, Draw draw) {
    const float width = std::max(ImGui::GetContentRegionAvail().x * 0.5f - ImGui::GetStyle().ItemSpacing.x,
                                 ImGui::GetFontSize() * 14.0f);
    for (std::size_t i = 0; i < count; ++i) {
        ImGui::PushID(static_cast<int>(i));
        ImGui::BeginGroup();
        draw(i, width);
        ImGui::EndGroup();
        ImGui::PopID();
        if (i % 2 == 0 && i + 1 < count) ImGui::SameLine();
    }
}

void kpiTrendsTab(const dashboard::Dashboard& dash, const ChartPalette& palette) {
    HintText("Shaded: green band and amber band; dashed: benchmark.");
    chartGrid(dash.kpis.size(), [&](std::size_t i, float width) {
        const dashboard::KpiTile& tile = dash.kpis[i];
        CellText(tile.name + ": " + kpiTileValueText(tile, dash.currency));
        if (tile.series.empty()) {
            HintText(tile.source);
            return;
        }
        TrendLine("trend", tile.name, kpiTrend(tile, dash.currency),
                  ImVec2(width, ImGui::GetFontSize() * 8.0f), palette);
    });
}

void conversionTab(const dashboard::Dashboard& dash, const ChartPalette& palette) {
    if (dash.conversion.empty()) {
        HintText("No pair has observations yet (Pairs: observations per period).");
        return;
    }
    chartGrid(dash.conversion.size(), [&](std::size_t i, float width) {
        const dashboard::PairConversionTrend& trend = dash.conversion[i];
        CellText(trend.pairName);
        TrendChart chart;
        std::vector<std::int64_t> values;
        for (const auto& p : trend.points) {
            if (p.conversionBp < 0) continue;
            values.push_back(p.conversionBp);
            chart.points.push_back({p.periodStart, static_cast<double>(p.conversionBp),
                                    p.periodStart + ": " + metricValueText("bp", p.conversionBp, "") + " (" +
                                        std::to_string(p.conversions) + " of " + std::to_string(p.visitors) +
                                        ")"});
        }
        chart.axis = trendAxis(values, std::nullopt, std::nullopt, std::nullopt);
        chart.axisMinText =
            metricValueText("bp", static_cast<std::int64_t>(std::llround(chart.axis.min)), "");
        chart.axisMaxText =
            metricValueText("bp", static_cast<std::int64_t>(std::llround(chart.axis.max)), "");
        TrendLine("conversion", trend.pairName, chart, ImVec2(width, ImGui::GetFontSize() * 8.0f), palette);
    });
}

void partnersTab(const dashboard::Dashboard& dash, const ChartPalette& palette) {
    const partners::PartnerKpiReport& report = dash.partners;
    CellText("Period " + (report.period.empty() ? std::string("(none)") : report.period));
    const std::size_t kpiCount = std::min<std::size_t>(5, report.thresholds.size());
    if (!ImGui::BeginTable("partners", static_cast<int>(3 + kpiCount), kTableFlags)) return;
    ImGui::TableSetupColumn("Partner", ImGuiTableColumnFlags_None, 1.4f);
    ImGui::TableSetupColumn("Tier", ImGuiTableColumnFlags_None, 0.7f);
    for (std::size_t k = 0; k < kpiCount; ++k) ImGui::TableSetupColumn(report.thresholds[k].name.c_str());
    ImGui::TableSetupColumn("Tier advice", ImGuiTableColumnFlags_None, 1.6f);
    TableHeaders();
    for (const auto& row : report.partners) {
        ImGui::PushID(row.partnerId.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        CellText(row.name);
        ImGui::TableNextColumn();
        CellText(row.tier);
        for (std::size_t k = 0; k < kpiCount && k < row.kpis.size(); ++k) {
            const partners::KpiCell& cell = row.kpis[k];
            ImGui::TableNextColumn();
            const Colour fill = ragFill(palette, cell.rag);
            if (cell.rag != "none") ImGui::TableSetBgColor(ImGuiTableBgTarget_CellBg, toU32(fill));
            const std::string value = cell.value ? partners::kpiValueText(report.thresholds[k], *cell.value)
                                                 : std::string("no data");
            const Colour ink = cell.rag != "none" ? textOn(fill) : Colour{};
            if (cell.rag != "none") ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(ink.r, ink.g, ink.b, 1));
            CellText(value + " " + ragLetter(cell.rag));
            if (cell.rag != "none") ImGui::PopStyleColor();
            if (ImGui::IsItemHovered())
                TooltipLines({report.thresholds[k].name + ": " + value + " (" + cell.rag + ")", cell.detail});
        }
        ImGui::TableNextColumn();
        CellText(row.tierAdvice.action +
                 (row.tierAdvice.recommended.empty() || row.tierAdvice.recommended == row.tier
                      ? std::string()
                      : " \xE2\x86\x92 " + row.tierAdvice.recommended));
        if (ImGui::IsItemHovered()) TooltipLines({row.tierAdvice.reason});
        ImGui::PopID();
    }
    ImGui::EndTable();
}

void reviewsTab(const dashboard::Dashboard& dash, const ChartPalette& palette) {
    const dashboard::ReviewDelta& delta = dash.sinceLastReview;
    if (delta.hasPrevious) {
        CellText("Since the last review (" + delta.sinceDate + ")");
        auto list = [&](const char* what, const std::vector<std::string>& ids) {
            for (const auto& id : ids) CellText(std::string(what) + ": " + titleFor(dash, id));
        };
        for (const auto& line : delta.lines) CellText(line);
        list("New", delta.newIds);
        list("Fixed", delta.fixedIds);
        list("Verified", delta.verifiedIds);
        list("Reopened", delta.reopenedIds);
    }
    if (dash.reviewTrend.empty()) {
        HintText(
            "No review recorded yet: File > Record review keeps today's figures (index, open mismatches by "
            "severity, conversion per pair, KPI values) in the scorecard.");
        return;
    }
    if (ImGui::BeginTable("reviews", 7, kTableFlags)) {
        for (const char* c : {"Held on", "Index", "Critical", "High", "Medium", "Low", "Open"})
            ImGui::TableSetupColumn(c);
        TableHeaders();
        for (const auto& r : dash.reviewTrend) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            CellText(r.heldOn);
            ImGui::TableNextColumn();
            char index[32];
            std::snprintf(index, sizeof index, "%.1f", r.index.value_or(0.0));
            CellText(r.index ? index : "n/a");
            for (const std::int64_t n : {r.openCritical, r.openHigh, r.openMedium, r.openLow, r.openTotal}) {
                ImGui::TableNextColumn();
                CellText(std::to_string(n));
            }
        }
        ImGui::EndTable();
    }
    if (dash.reviewTrend.size() >= 2) {
        TrendChart chart;
        std::vector<std::int64_t> values;
        for (const auto& r : dash.reviewTrend) {
            if (!r.index) continue;
            values.push_back(static_cast<std::int64_t>(std::llround(*r.index)));
            char text[64];
            std::snprintf(text, sizeof text, "%.1f", *r.index);
            chart.points.push_back({r.heldOn, *r.index, r.heldOn + ": index " + text});
        }
        chart.axis = trendAxis(values, std::nullopt, std::nullopt, std::nullopt);
        chart.axisMinText = std::to_string(static_cast<long long>(std::llround(chart.axis.min)));
        chart.axisMaxText = std::to_string(static_cast<long long>(std::llround(chart.axis.max)));
        CellText("Alignment index across reviews");
        TrendLine("review-trend", "Alignment index across reviews", chart,
                  ImVec2(std::min(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 32.0f),
                         ImGui::GetFontSize() * 8.0f),
                  palette);
    }
}

void tabs(const dashboard::Dashboard& dash, const ChartPalette& palette, ViewState& view,
          DashboardRequests& requests) {
    ImGui::Spacing();
    if (!ImGui::BeginTabBar("dashboard-tabs")) return;
    if (ImGui::BeginTabItem("Action list")) {
        actionsTab(dash, view, requests);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Funnels")) {
        funnelsTab(dash, palette, view);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("KPI trends")) {
        kpiTrendsTab(dash, palette);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Conversion")) {
        conversionTab(dash, palette);
        ImGui::EndTabItem();
    }
    if (dash.hasPartners && ImGui::BeginTabItem("Partners")) {
        partnersTab(dash, palette);
        ImGui::EndTabItem();
    }
    if (ImGui::BeginTabItem("Reviews")) {
        reviewsTab(dash, palette);
        ImGui::EndTabItem();
    }
    ImGui::EndTabBar();
}

}  // namespace

void drawDashboardView(const dashboard::Dashboard& dash, const ChartPalette& palette, ViewState& view,
                       DashboardRequests& requests) {
    summary(dash, palette);
    if (ImGui::BeginTable("dashboard-columns", 2,
                          ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_PadOuterX)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        severitySection(dash, palette);
        prioritiesSection(dash, view);
        overdueSection(dash, view);
        ImGui::TableNextColumn();
        heatSection(dash, palette, view);
        kpiTiles(dash, palette);
        ImGui::EndTable();
    }
    tabs(dash, palette, view, requests);
}

void drawPresentView(const dashboard::Dashboard& dash, const ChartPalette& palette, ViewState& view,
                     DashboardRequests& requests) {
    auto pressed = [](ImGuiKey key) { return ImGui::IsKeyPressed(ImGui::GetKeyIndex(key)); };
    const int count = static_cast<int>(dash.topPriorities.size());
    int& page = view.dashboard.presentPage;
    if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_DownArrow)) page = presentPage(page, +1, count);
    if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_UpArrow)) page = presentPage(page, -1, count);
    page = presentPage(page, 0, count);
    if (pressed(ImGuiKey_Escape)) requests.leavePresent = true;

    summary(dash, palette);
    HintText("Presenting: Left/Right page through the top priorities, Esc leaves.");
    if (ImGui::BeginTable("present-columns", 2, ImGuiTableFlags_SizingStretchSame)) {
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        severitySection(dash, palette);
        ImGui::TableNextColumn();
        sectionTitle(count > 0 ? presentPageText(page, count) : std::string("Top priorities"));
        if (count > 0) {
            const dashboard::TopPriority& p = dash.topPriorities[static_cast<std::size_t>(page)];
            CellTextWrapped(topPriorityText(p));
            HintTextWrapped(p.explanation);
            if (const auto* a = actionFor(dash, p.mismatchId))
                CellTextWrapped("Action: " + actionDecisionText(*a) +
                                (a->owner.empty() ? "" : " \xC2\xB7 owner " + a->owner) +
                                (a->due.empty() ? "" : " \xC2\xB7 due " + a->due));
        } else {
            HintText("Nothing open: no priorities.");
        }
        ImGui::EndTable();
    }
    sectionTitle("Action list");
    actionTable(dash, nullptr);
}

}  // namespace sc::web
