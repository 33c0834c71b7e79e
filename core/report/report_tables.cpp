// The tabular sections of the HTML report: the workshop's action list, the partner KPI table
// and the audit findings, each from the core value that `scorecard score`, `partners` and
// `audit` print.
#include "engine/text_util.h"
#include "model/vocabularies.h"
#include "report/html_escape.h"
#include "report/html_table.h"
#include "report/report_sections.h"

namespace sc::report {

namespace {

std::string sectionStart(const std::string& id, const std::string& heading) {
    return "<section id=\"" + id + "\" aria-labelledby=\"" + id + "-h\">\n<h2 id=\"" + id + "-h\">" +
           escapeHtml(heading) + "</h2>\n";
}

std::string trendWord(const std::string& trend) {
    if (trend == "new") return "first value";
    if (trend == "none" || trend.empty()) return "";
    return trend;
}

// "95.0% · Green, improving"; "no data" when the partner has no value in the period.
HtmlCell kpiCell(const partners::KpiThreshold& t, const partners::KpiCell& c) {
    if (!c.value) return HtmlCell("no data");
    std::string text = partners::kpiValueText(t, *c.value) + " \xC2\xB7 " + ragWord(c.rag);  // U+00B7
    const std::string trend = trendWord(c.trend);
    if (!trend.empty()) text += ", " + trend;
    if (c.source == "manual") text += " (entered by hand)";
    return HtmlCell(text, c.rag == "none" ? "" : "rag-" + c.rag);
}

std::string tierAdviceText(const partners::TierAdvice& a) {
    std::string s = a.action;  // "at_risk_relationship" reads "at risk relationship"
    for (char& c : s)
        if (c == '_') c = ' ';
    if (!a.recommended.empty() && a.recommended != a.current) s += " → " + a.recommended;
    if (!a.reason.empty()) s += ": " + a.reason;
    return s;
}

std::string notesPart(const std::string& heading, const std::vector<partners::PartnerNote>& notes) {
    if (notes.empty()) return {};
    std::string out = "<h3>" + escapeHtml(heading) + "</h3>\n<ul>\n";
    for (const auto& n : notes)
        out += "<li><strong>" + escapeHtml(n.partnerName) + "</strong>: " + escapeHtml(n.text) + "</li>\n";
    return out + "</ul>\n";
}

}  // namespace

std::string actionsSection(const std::vector<dashboard::ActionItem>& actions) {
    std::string out = sectionStart("actions", "Action list");
    if (actions.empty()) return out + noneParagraph("No open mismatch: nothing to act on.") + "</section>\n";
    std::vector<std::vector<HtmlCell>> rows;
    for (const auto& a : actions)
        rows.push_back({std::to_string(a.rank), a.title, std::string(vocab::kSeverity.labelOf(a.severity)),
                        engine::formatFixed(a.score, 2), a.state, a.action,
                        a.owner.empty() ? "unassigned" : a.owner, a.due,
                        HtmlCell(a.overdue ? "overdue" : "no", a.overdue ? "overdue" : "")});
    return out +
           htmlTable(
               "Each open mismatch in priority order with its decision, owner and due date",
               {"Rank", "Mismatch", "Severity", "Priority", "State", "Action", "Owner", "Due", "Overdue"},
               rows) +
           "</section>\n";
}

std::string partnersSection(bool hasPartners, const partners::PartnerKpiReport& kpis) {
    std::string out = sectionStart("partners", "Partner KPIs");
    if (!hasPartners) return out + noneParagraph("The scorecard has no partners.") + "</section>\n";
    if (kpis.period.empty())
        return out + noneParagraph("No partner data (deals, reports, KPI records, pulse answers) yet.") +
               "</section>\n";
    const std::size_t kpiCount = partners::kpiIds().size();
    std::vector<std::string> headers = {"Partner", "Tier"};
    for (std::size_t k = 0; k < kpiCount && k < kpis.thresholds.size(); ++k)
        headers.push_back(kpis.thresholds[k].name);
    headers.push_back("Tier advice");
    std::vector<std::vector<HtmlCell>> rows;
    for (const auto& p : kpis.partners) {
        std::vector<HtmlCell> row = {p.name.empty() ? p.partnerId : p.name, p.tier};
        for (std::size_t k = 0; k < kpiCount && k < kpis.thresholds.size(); ++k)
            row.push_back(k < p.kpis.size() ? kpiCell(kpis.thresholds[k], p.kpis[k]) : HtmlCell("no data"));
        row.push_back(tierAdviceText(p.tierAdvice));
        rows.push_back(std::move(row));
    }
    out += htmlTable("Partner KPIs for " + kpis.period +
                         ": value, red/amber/green against the benchmark, trend against the previous period",
                     headers, rows);
    out += notesPart("Correct privately", kpis.correctPrivately);
    out += notesPart("Acknowledge publicly", kpis.acknowledgePublicly);
    out += notesPart("Relationships at risk", kpis.relationshipsAtRisk);
    return out + "</section>\n";
}

std::string findingsSection(const std::vector<partners::AuditFinding>& findings) {
    std::string out = sectionStart("findings", "Audit findings");
    if (findings.empty()) return out + noneParagraph("No partner audit found anything.") + "</section>\n";
    std::vector<std::vector<HtmlCell>> rows;
    for (const auto& f : findings)
        rows.push_back({f.partnerName.empty() ? f.partnerId : f.partnerName, f.audit, f.period, f.rule,
                        f.subject, f.why});
    return out +
           htmlTable(std::to_string(findings.size()) + (findings.size() == 1 ? " finding" : " findings") +
                         " of the partner audits",
                     {"Partner", "Audit", "Period", "Rule", "Subject", "Why"}, rows) +
           "</section>\n";
}

}  // namespace sc::report
