// Dashboard wording and chart rules (see dashboard_text.h).
#include "logic/dashboard_text.h"
#include "model/counted.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "engine/text_util.h"
#include "logic/file_names.h"
#include "workflow/money_text.h"

namespace sc::web {

namespace {

std::string oneDecimal(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

// Spreadsheet cells: a tab or line break inside a value would start a new cell or row.
std::string tsvCell(const std::string& text) {
    std::string out = text;
    for (char& c : out)
        if (c == '\t' || c == '\n' || c == '\r') c = ' ';
    return out;
}

std::string csvCell(const std::string& text) {
    if (text.find_first_of(",\"\n\r") == std::string::npos) return text;
    std::string out = "\"";
    for (const char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    return out + "\"";
}

std::vector<std::string> actionCells(const dashboard::ActionItem& a) {
    return {std::to_string(a.rank),
            a.title,
            a.severity,
            oneDecimal(a.score),
            actionDecisionText(a),
            a.owner,
            a.due.empty() ? std::string() : a.due + (a.overdue ? " (overdue)" : ""),
            a.state};
}

const std::vector<std::string>& actionHeader() {
    static const std::vector<std::string> header = {"Rank",     "Mismatch", "Severity", "Priority",
                                                    "Decision", "Owner",    "Due",      "State"};
    return header;
}

template <class Cell>
std::string table(const std::vector<dashboard::ActionItem>& actions, char separator, Cell cell) {
    std::string out;
    auto row = [&](const std::vector<std::string>& cells) {
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) out += separator;
            out += cell(cells[i]);
        }
        out += separator == ',' ? "\r\n" : "\n";
    };
    row(actionHeader());
    for (const auto& a : actions) row(actionCells(a));
    return out;
}

}  // namespace

std::string indexHeadline(const dashboard::IndexTile& index) {
    if (!index.hasValue) return "Alignment index: not available";
    return "Alignment index " + oneDecimal(index.value) + " / 100";
}

std::vector<std::string> indexTooltipLines(const dashboard::IndexTile& index) {
    std::vector<std::string> lines;
    if (!index.formula.empty()) lines.push_back(index.formula);
    if (!index.computation.empty()) lines.push_back(index.computation);
    if (!index.verificationShare.empty()) lines.push_back(index.verificationShare);
    if (!index.caveat.empty()) lines.push_back(index.caveat);
    return lines;
}

std::string severityBarText(const dashboard::SeverityBar& bar) {
    return std::to_string(bar.count) + " " + bar.severity;
}

std::string openTotalText(const dashboard::SeverityBars& bars) {
    const auto n = static_cast<std::size_t>(std::max(bars.total, 0));
    return bars.countsGroups ? counted(n, "open mismatch group", "open mismatch groups")
                             : counted(n, "open mismatch", "open mismatches");
}

std::string topPriorityText(const dashboard::TopPriority& p) {
    char score[32];
    std::snprintf(score, sizeof score, "%.2f", p.score);
    return std::to_string(p.rank) + ". " + p.title + " (" + p.severity + ", priority " + score + ")";
}

std::string heatCellText(const dashboard::HeatCell& cell) {
    if (!cell.compared && cell.openMismatches == 0) return "";
    return std::to_string(cell.openMismatches);
}

std::string heatCellLabel(const std::string& promiseName, const std::string& channelName) {
    return "Heat cell: " + promiseName + " \xC3\x97 " + channelName;  // U+00D7 MULTIPLICATION SIGN
}

std::vector<std::string> heatCellTooltipLines(const std::string& promiseName, const std::string& channelName,
                                              const dashboard::HeatCell& cell) {
    std::vector<std::string> lines = {"Promise '" + promiseName + "' \xC3\x97 channel '" + channelName + "'"};
    if (cell.openMismatches > 0) {
        lines.push_back(
            counted(static_cast<std::size_t>(cell.openMismatches), "open mismatch", "open mismatches") +
            ", worst " + cell.worstSeverity);
        lines.push_back("Click to list them.");
    } else if (cell.compared) {
        lines.push_back("0 open mismatches: compared, nothing open");
    } else {
        lines.push_back("Not compared: the promise does not reach customers through this channel");
    }
    return lines;
}

std::string heatSelectionHeading(const std::string& promiseName, const std::string& channelName,
                                 std::size_t count) {
    return counted(count, "open mismatch", "open mismatches") + " of '" + promiseName + "' on '" +
           channelName + "'";
}

std::string journeyStageText(const dashboard::FunnelBar& bar) {
    if (bar.journeyStage.empty()) return "";
    std::string text = bar.journeyStage;
    text[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(text[0])));
    return text;
}

std::string funnelStageText(const dashboard::FunnelBar& bar) {
    if (!bar.hasData) return bar.label + ": no data";
    return bar.label + ": " + engine::formatBp(bar.observedBp) + " (benchmark " +
           engine::formatBp(bar.benchmarkBp) + ")";
}

std::string funnelDivergenceText(const dashboard::PairFunnel& funnel) {
    if (funnel.divergentStageId.empty()) return "";
    for (const auto& bar : funnel.stages) {
        if (bar.stageId != funnel.divergentStageId) continue;
        std::string text = "Diverges at '" + bar.label + "'";
        if (!bar.journeyStage.empty()) text += " (" + bar.journeyStage + ")";
        return funnel.why.empty() ? text : text + ": " + funnel.why;
    }
    return funnel.why;
}

std::string metricValueText(const std::string& unit, std::int64_t value, const std::string& currency) {
    if (unit == "bp") return engine::formatBp(value);
    if (unit == "minor_units") return formatMoney(value, currency);
    if (unit == "days") return counted(static_cast<std::size_t>(std::llabs(value)), "day", "days");
    if (unit == "score") {
        char text[32];
        std::snprintf(text, sizeof text, "%.2f", static_cast<double>(value) / 100.0);
        return text;
    }
    return std::to_string(value);
}

std::string ragLetter(const std::string& rag) {
    if (rag == "green") return "G";
    if (rag == "amber") return "A";
    if (rag == "red") return "R";
    return "\xE2\x80\x93";  // EN DASH
}

std::string kpiTileValueText(const dashboard::KpiTile& tile, const std::string& currency) {
    if (!tile.hasValue) return "no value yet";
    const std::string value =
        tile.valueText.empty() ? metricValueText(tile.unit, tile.value, currency) : tile.valueText;
    return tile.rag == "none" ? value : value + " \xC2\xB7 " + tile.rag;  // U+00B7 MIDDLE DOT
}

std::string kpiThresholdText(const dashboard::KpiTile& tile, const std::string& currency) {
    const char* side = tile.higherIsBetter ? "at or above " : "at or below ";
    return "benchmark " + metricValueText(tile.unit, tile.benchmark, currency) + " \xC2\xB7 green " + side +
           metricValueText(tile.unit, tile.green, currency) + " \xC2\xB7 amber " + side +
           metricValueText(tile.unit, tile.amber, currency);
}

std::string seriesPointText(const std::string& period, const std::string& unit, std::int64_t value,
                            const std::string& currency) {
    return period + ": " + metricValueText(unit, value, currency);
}

std::string overdueWhenText(const dashboard::OverdueItem& item) {
    if (item.daysOverdue <= 0) return item.dueOn + " \xC2\xB7 due today";
    return item.dueOn + " \xC2\xB7 " + counted(static_cast<std::size_t>(item.daysOverdue), "day", "days") +
           " overdue";
}

std::string overdueKindText(const std::string& kind) {
    if (kind == "cadence") return "Cadence";
    if (kind == "verification") return "Verification";
    if (kind == "experiment") return "Experiment";
    if (kind == "material") return "Material";
    if (kind == "decision") return "Decision";
    return kind;
}

std::string actionDecisionText(const dashboard::ActionItem& a) {
    if (a.decisionId.empty())
        return a.action.empty() ? "(no decision yet)" : "(no decision yet; suggested: " + a.action + ")";
    return a.action;
}

std::string actionListTsv(const std::vector<dashboard::ActionItem>& actions) {
    return table(actions, '\t', tsvCell);
}

std::string actionListCsv(const std::vector<dashboard::ActionItem>& actions) {
    return table(actions, ',', csvCell);
}

std::string actionListFileName(const std::string& title) {
    std::string name = downloadFileName("", title);  // "<safe stem>.scorecard.json"
    const std::string suffix = ".scorecard.json";
    if (name.size() > suffix.size() && name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
        name.erase(name.size() - suffix.size());
    return name + " action list.csv";
}

int presentPage(int page, int delta, int count) {
    if (count <= 0) return 0;
    return std::clamp(page + delta, 0, count - 1);
}

std::string presentPageText(int page, int count) {
    return "Priority " + std::to_string(page + 1) + " of " + std::to_string(count);
}

AxisRange trendAxis(const std::vector<std::int64_t>& values, std::optional<std::int64_t> benchmark,
                    std::optional<std::int64_t> green, std::optional<std::int64_t> amber) {
    std::vector<double> all(values.begin(), values.end());
    for (const auto& v : {benchmark, green, amber})
        if (v) all.push_back(static_cast<double>(*v));
    if (all.empty()) return {};
    const auto [lo, hi] = std::minmax_element(all.begin(), all.end());
    double span = *hi - *lo;
    if (span <= 0) span = std::max(std::abs(*hi), 1.0);
    return AxisRange{*lo - span * 0.1, *hi + span * 0.1};
}

TrendBands trendBands(const AxisRange& axis, bool higherIsBetter, std::int64_t green, std::int64_t amber) {
    const double g = static_cast<double>(green), a = static_cast<double>(amber);
    TrendBands bands;
    if (higherIsBetter) {
        bands.green = {std::clamp(g, axis.min, axis.max), axis.max};
        bands.amber = {std::clamp(a, axis.min, axis.max), std::clamp(g, axis.min, axis.max)};
    } else {
        bands.green = {axis.min, std::clamp(g, axis.min, axis.max)};
        bands.amber = {std::clamp(g, axis.min, axis.max), std::clamp(a, axis.min, axis.max)};
    }
    return bands;
}

}  // namespace sc::web
