#include "report/html_report.h"

#include "dashboard/dashboard.h"
#include "partners/audit_findings.h"
#include "report/html_escape.h"
#include "report/report_sections.h"
#include "report/report_style.h"

namespace sc::report {

namespace {

// The page may load nothing at all: inline styles only, images only as data: URLs (none today).
constexpr const char* kCsp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

std::string head(const std::string& title, const std::string& today) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
           "<meta http-equiv=\"Content-Security-Policy\" content=\"" +
           std::string(kCsp) +
           "\">\n<meta name=\"referrer\" content=\"no-referrer\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
           "<meta name=\"generator\" content=\"Alignment Scorecard\">\n<title>" +
           escapeHtml(title + " — alignment report " + today) + "</title>\n<style>" + reportCss() +
           "</style>\n</head>\n";
}

std::string contents() {
    return "<nav aria-label=\"Contents\">\n<ul>\n"
           "<li><a href=\"#dashboard\">Dashboard</a></li>\n"
           "<li><a href=\"#mismatches\">Ranked mismatches</a></li>\n"
           "<li><a href=\"#actions\">Action list</a></li>\n"
           "<li><a href=\"#partners\">Partner KPIs</a></li>\n"
           "<li><a href=\"#findings\">Audit findings</a></li>\n"
           "</ul>\n</nav>\n";
}

}  // namespace

std::string htmlReport(const Document& doc, const engine::ScoreReport& scores, const std::string& today) {
    const dashboard::Dashboard d = dashboard::buildDashboard(doc, scores, today);
    const std::string title = doc.info.title.empty() ? "Untitled scorecard" : doc.info.title;
    std::string out = head(title, today);
    out += "<body>\n<header>\n<h1>" + escapeHtml(title) + "</h1>\n<p class=\"meta\">Alignment report";
    if (!doc.info.organisation.empty()) out += " for " + escapeHtml(doc.info.organisation);
    out += " \xC2\xB7 as of " + escapeHtml(today) + "</p>\n</header>\n";  // U+00B7 MIDDLE DOT
    out += contents();
    out += "<main>\n";
    out += dashboardSection(d);
    out += mismatchesSection(doc, scores);
    out += actionsSection(d.actions);
    out += partnersSection(d.hasPartners, d.partners);
    out += findingsSection(partners::collectAuditFindings(doc, today));
    out += "</main>\n</body>\n</html>\n";
    return out;
}

std::string htmlReport(const Document& doc, const std::string& today) {
    return htmlReport(doc, engine::buildScoreReport(doc, today), today);
}

std::string reportFileName(const std::string& scorecardFileName) {
    std::string stem = scorecardFileName;
    const std::string suffix = ".scorecard.json";
    if (stem.size() >= suffix.size() && stem.compare(stem.size() - suffix.size(), suffix.size(), suffix) == 0)
        stem.erase(stem.size() - suffix.size());
    else if (const auto dot = stem.rfind('.'); dot != std::string::npos && dot > 0) stem.erase(dot);
    return (stem.empty() ? "scorecard" : stem) + ".report.html";
}

}  // namespace sc::report
