// The dashboard section of the HTML report: the figures the app's Dashboard view draws, taken
// from dashboard::Dashboard as they are.
#include <cstdlib>

#include "engine/text_util.h"
#include "model/vocabularies.h"
#include "report/html_escape.h"
#include "report/html_table.h"
#include "report/report_sections.h"
#include "report/svg_bars.h"
#include "workflow/money_text.h"

namespace sc::report {

namespace {

// Colours of the severity bars; the chart's <desc> and the list under it give the numbers.
const char* severityFill(const std::string& severity) {
    if (severity == "critical") return "#8e1b1b";
    if (severity == "high") return "#c2410c";
    if (severity == "medium") return "#b28704";
    return "#4d7c0f";
}

// A metric value in its unit, as the app's KPI tiles print it (web/logic/dashboard_text.cpp).
std::string metricText(const std::string& unit, std::int64_t value, const std::string& currency) {
    if (unit == "bp") return engine::formatBp(value);
    if (unit == "minor_units") return formatMoney(value, currency);
    if (unit == "days") return std::to_string(value) + (std::llabs(value) == 1 ? " day" : " days");
    if (unit == "score") return engine::formatFixed(static_cast<double>(value) / 100.0, 2);
    return std::to_string(value);
}

std::string indexPart(const dashboard::Dashboard& d) {
    const auto& t = d.index;
    std::string out = "<h3>Alignment index</h3>\n";
    out +=
        "<p class=\"index\">" +
        (t.hasValue ? escapeHtml(engine::formatFixed(t.value, 1)) + " / 100" : std::string("not available")) +
        "</p>\n";
    if (!t.formula.empty()) out += "<p class=\"formula\">" + escapeHtml(t.formula) + "</p>\n";
    if (!t.computation.empty()) out += "<p class=\"formula\">" + escapeHtml(t.computation) + "</p>\n";
    if (!t.verificationShare.empty()) out += "<p>" + escapeHtml(t.verificationShare) + "</p>\n";
    if (!t.caveat.empty()) out += "<p class=\"warn\">Caveat: " + escapeHtml(t.caveat) + "</p>\n";
    if (d.readiness.warn) {
        out += "<h3>Readiness</h3>\n<ul>\n";
        for (const auto& m : d.readiness.messages) out += "<li>" + escapeHtml(m) + "</li>\n";
        out += "</ul>\n";
    }
    return out;
}

std::string severityPart(const dashboard::SeverityBars& s) {
    std::vector<SvgBar> bars;
    std::string words;
    for (const auto& b : s.bars) {
        const std::string label(vocab::kSeverity.labelOf(b.severity));
        bars.push_back({label, b.count, severityFill(b.severity)});
        words += (words.empty() ? "" : ", ") + label + " " + std::to_string(b.count);
    }
    const std::string unit = s.countsGroups ? "contradictions" : "mismatches";
    const std::string description = words + "; " + std::to_string(s.total) + " open " + unit + " in total.";
    std::string out = "<h3>Open " + unit + " by severity</h3>\n";
    out += "<figure>\n" + svgBars("severity-chart", "Open " + unit + " by severity", description, bars) +
           "\n<figcaption>" + escapeHtml(description) + "</figcaption>\n</figure>\n";
    if (s.countsGroups)
        out += "<p>Each promise × channel contradiction counts once, at its worst facet's severity.</p>\n";
    return out;
}

std::string kpiPart(const dashboard::Dashboard& d) {
    std::string out = "<h3>KPIs against their benchmarks</h3>\n";
    if (d.kpis.empty()) return out + noneParagraph("The metric dictionary defines no KPI.");
    std::vector<std::vector<HtmlCell>> rows;
    for (const auto& k : d.kpis) {
        const std::string side = k.higherIsBetter ? "at or above " : "at or below ";
        const std::string value =
            k.hasValue ? (k.valueText.empty() ? metricText(k.unit, k.value, d.currency) : k.valueText)
                       : "no value";
        rows.push_back({k.name.empty() ? k.metricId : k.name, value, k.hasValue ? k.period : "",
                        HtmlCell(ragWord(k.rag), k.rag == "none" ? "" : "rag-" + k.rag),
                        metricText(k.unit, k.benchmark, d.currency),
                        "green " + side + metricText(k.unit, k.green, d.currency) + "; amber " + side +
                            metricText(k.unit, k.amber, d.currency),
                        k.source});
    }
    return out + htmlTable("Each KPI's latest value, its red/amber/green status and its benchmark",
                           {"KPI", "Latest value", "Period", "Status", "Benchmark", "Thresholds", "Source"},
                           rows);
}

std::string overduePart(const dashboard::Dashboard& d) {
    std::string out = "<h3>What is overdue on " + escapeHtml(d.today) + "</h3>\n";
    if (d.overdue.empty()) return out + noneParagraph("Nothing is overdue.");
    std::vector<std::vector<HtmlCell>> rows;
    for (const auto& o : d.overdue)
        rows.push_back({o.title, o.kind, o.dueOn,
                        o.daysOverdue == 0 ? "due today" : std::to_string(o.daysOverdue), o.detail});
    return out + htmlTable("Overdue items, most overdue first",
                           {"Item", "Kind", "Due", "Days overdue", "Detail"}, rows);
}

}  // namespace

std::string noneParagraph(const std::string& text) {
    return "<p class=\"none\">" + escapeHtml(text) + "</p>\n";
}

std::string ragWord(const std::string& rag) {
    return rag == "none" || rag.empty() ? "no value" : std::string(vocab::kRag.labelOf(rag));
}

std::string dashboardSection(const dashboard::Dashboard& d) {
    return "<section id=\"dashboard\" aria-labelledby=\"dashboard-h\">\n<h2 "
           "id=\"dashboard-h\">Dashboard</h2>\n" +
           indexPart(d) + severityPart(d.bySeverity) + kpiPart(d) + overduePart(d) + "</section>\n";
}

}  // namespace sc::report
