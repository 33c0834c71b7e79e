// The HTML report (core/report/html_report.h) of every sample and of a hostile document: every
// section present with what the core computed for it, nothing executable, no request, an
// accessible structure, and the same bytes for the same document and date.
#include <gtest/gtest.h>

#include "core/report_fixtures.h"
#include "dashboard/dashboard.h"
#include "engine/text_util.h"
#include "partners/audit_findings.h"
#include "report/html_escape.h"
#include "report/html_report.h"

using sc::report::escapeHtml;

namespace {

const char* kToday = "2026-12-02";

std::vector<std::string> sampleNames() {
    std::vector<std::string> names;
    for (const auto& file : sc::test::listedSamples())
        names.push_back(file.substr(0, file.find(".scorecard.json")));
    return names;
}

bool contains(const std::string& html, const std::string& text) {
    return html.find(text) != std::string::npos;
}

// Nothing that runs, nothing that loads: no script, no event handler, no URL.
void expectInert(const std::string& html) {
    EXPECT_FALSE(contains(html, "<script"));
    EXPECT_FALSE(contains(html, "<img"));
    EXPECT_FALSE(contains(html, "<iframe"));
    EXPECT_FALSE(contains(html, "<link"));
    EXPECT_FALSE(contains(html, "http://"));
    EXPECT_FALSE(contains(html, "https://"));
    EXPECT_FALSE(contains(html, "url("));
    EXPECT_FALSE(contains(html, "@import"));
    EXPECT_FALSE(contains(html, "javascript:"));
}

TEST(ReportHtml, every_sample_has_every_section_with_the_cores_figures) {
    for (const auto& name : sampleNames()) {
        SCOPED_TRACE(name);
        const auto doc = sc::test::loadSample(name);
        const auto scores = sc::engine::buildScoreReport(doc, kToday);
        const std::string html = sc::report::htmlReport(doc, scores, kToday);
        for (const char* id : {"dashboard", "mismatches", "actions", "partners", "findings"}) {
            EXPECT_TRUE(contains(html, std::string("<section id=\"") + id + "\"")) << id;
            EXPECT_TRUE(contains(html, std::string("<a href=\"#") + id + "\">")) << id;
        }
        EXPECT_TRUE(contains(html, "<h1>" + escapeHtml(doc.info.title) + "</h1>"));
        EXPECT_TRUE(contains(html, kToday));
        const auto d = sc::dashboard::buildDashboard(doc, scores, kToday);
        // The dashboard: the index and its formula, the chart with a text alternative.
        ASSERT_TRUE(d.index.hasValue);
        EXPECT_TRUE(contains(html, sc::engine::formatFixed(d.index.value, 1) + " / 100"));
        EXPECT_TRUE(contains(html, escapeHtml(d.index.formula)));
        EXPECT_TRUE(contains(html, "<svg class=\"chart\" role=\"img\""));
        EXPECT_TRUE(contains(html, "<title id=\"severity-chart-title\">"));
        EXPECT_TRUE(contains(html, std::to_string(d.bySeverity.total) + " open"));
        // Every contradiction's facets with their explanations; every action; every finding.
        for (const auto& m : scores.mismatches)
            if (!m.mismatch.explanation.empty())
                EXPECT_TRUE(contains(html, escapeHtml(m.mismatch.explanation)));
        for (const auto& a : d.actions) EXPECT_TRUE(contains(html, "<td>" + escapeHtml(a.title) + "</td>"));
        for (const auto& g : scores.groups)
            if (g.rank > 0) EXPECT_TRUE(contains(html, "<h3>" + std::to_string(g.rank) + ". ")) << g.id;
        for (const auto& f : sc::partners::collectAuditFindings(doc, kToday))
            EXPECT_TRUE(contains(html, "<td>" + escapeHtml(f.why) + "</td>"));
        // The partner table names each partner as a row header, with RAG words.
        for (const auto& p : d.partners.partners)
            EXPECT_TRUE(contains(html, "<th scope=\"row\">" + escapeHtml(p.name) + "</th>"));
        for (const auto& p : d.partners.partners)
            for (const auto& k : p.kpis)
                if (k.value && k.rag == "red") EXPECT_TRUE(contains(html, "class=\"rag-red\">"));
        expectInert(html);
        EXPECT_TRUE(rfx::tagsBalance(html));
    }
}

TEST(ReportHtml, decisions_are_shown_with_owner_and_rationale) {
    bool anyDecision = false;
    for (const auto& name : sampleNames()) {
        SCOPED_TRACE(name);
        const auto doc = sc::test::loadSample(name);
        const auto scores = sc::engine::buildScoreReport(doc, kToday);
        const std::string html = sc::report::htmlReport(doc, scores, kToday);
        for (const auto& m : scores.mismatches) {
            const sc::Decision* dec =
                m.decisionId.empty() ? nullptr : sc::findById(doc.decisions, m.decisionId);
            if (!dec) continue;
            anyDecision = true;
            if (!dec->owner.empty()) EXPECT_TRUE(contains(html, "<dd>" + escapeHtml(dec->owner) + "</dd>"));
            if (!dec->rationale.empty())
                EXPECT_TRUE(contains(html, "<dd>" + escapeHtml(dec->rationale) + "</dd>"));
        }
    }
    EXPECT_TRUE(anyDecision) << "no sample has a decision: this test checks nothing";
}

TEST(ReportHtml, accessible_structure) {
    for (const auto& name : sampleNames()) {
        SCOPED_TRACE(name);
        const std::string html = sc::report::htmlReport(sc::test::loadSample(name), kToday);
        EXPECT_EQ(html.rfind("<!DOCTYPE html>\n<html lang=\"en\">", 0), 0u);
        const auto levels = rfx::headingLevels(html);
        ASSERT_FALSE(levels.empty());
        EXPECT_EQ(levels.front(), 1);
        EXPECT_EQ(std::count(levels.begin(), levels.end(), 1), 1);
        for (std::size_t i = 1; i < levels.size(); ++i)
            EXPECT_LE(levels[i], levels[i - 1] + 1) << "heading " << i;
        // Every table has a caption first and scoped header cells only.
        EXPECT_EQ(rfx::count(html, "<table>"), rfx::count(html, "<table>\n<caption>"));
        EXPECT_EQ(rfx::count(html, "<th>"), 0u);
        EXPECT_EQ(rfx::count(html, "<th "),
                  rfx::count(html, "<th scope=\"col\">") + rfx::count(html, "<th scope=\"row\""));
        EXPECT_EQ(rfx::count(html, "<svg"), rfx::count(html, "role=\"img\""));
        EXPECT_EQ(rfx::count(html, "<svg"), rfx::count(html, "<title id="));
    }
}

TEST(ReportHtml, restrictive_csp_before_any_content_and_print_rules) {
    const std::string html = sc::report::htmlReport(sc::test::loadSample("saas-self-serve"), kToday);
    const std::string csp =
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">";
    ASSERT_TRUE(contains(html, csp));
    EXPECT_LT(html.find(csp), html.find("<style>"));
    EXPECT_LT(html.find(csp), html.find("<title>"));
    EXPECT_TRUE(contains(html, "@media print"));
    EXPECT_TRUE(contains(html, "break-before: page"));
}

TEST(ReportHtml, a_hostile_document_appears_only_as_text) {
    const auto loaded = sc::loadDocument(rfx::hostileSampleJson());
    ASSERT_TRUE(loaded.ok) << loaded.error;
    const std::string html = sc::report::htmlReport(loaded.document, kToday);
    expectInert(html);
    EXPECT_TRUE(rfx::tagsBalance(html));
    const std::string script = escapeHtml(rfx::kScript);
    const std::string breakout = escapeHtml(rfx::kBreakout);
    EXPECT_TRUE(contains(html, "<h1>" + script + " &amp; co</h1>"));
    EXPECT_TRUE(contains(html, "<title>" + script + " &amp; co"));
    EXPECT_TRUE(contains(html, "for " + breakout + "\xEF\xBF\xBD"));  // the organisation's control character
    EXPECT_TRUE(contains(html, "<th scope=\"row\">" + breakout));     // a partner's name in the KPI table
    EXPECT_TRUE(contains(html, "Promise &#39;" + breakout));          // a promise in the mismatches
    EXPECT_GE(rfx::count(html, script), 3u);
    // The only markup is the report's own: no quote of the document ever opens an attribute.
    EXPECT_EQ(rfx::count(html, "onerror"), rfx::count(html, "onerror=alert(1)&gt;"));
}

TEST(ReportHtml, same_document_and_date_same_bytes) {
    const auto doc = sc::test::loadSample("partner-program");
    const std::string first = sc::report::htmlReport(doc, kToday);
    EXPECT_EQ(first, sc::report::htmlReport(doc, kToday));
    EXPECT_EQ(first, sc::report::htmlReport(sc::test::loadSample("partner-program"), kToday));
    const std::string later = sc::report::htmlReport(doc, "2027-01-15");
    EXPECT_NE(first, later);
    EXPECT_TRUE(contains(later, "as of 2027-01-15"));
}

TEST(ReportHtml, file_name_beside_the_scorecards) {
    EXPECT_EQ(sc::report::reportFileName("plan.scorecard.json"), "plan.report.html");
    EXPECT_EQ(sc::report::reportFileName("Q3 review.json"), "Q3 review.report.html");
    EXPECT_EQ(sc::report::reportFileName("notes"), "notes.report.html");
    EXPECT_EQ(sc::report::reportFileName(".scorecard.json"), "scorecard.report.html");
    EXPECT_EQ(sc::report::reportFileName(""), "scorecard.report.html");
}

TEST(ReportHtml, a_document_without_partners_or_mismatches_says_so) {
    sc::Document doc;
    doc.info.title = "Empty";
    const std::string html = sc::report::htmlReport(doc, kToday);
    EXPECT_TRUE(contains(html, "The scorecard has no partners."));
    EXPECT_TRUE(contains(html, "No mismatch found."));
    EXPECT_TRUE(contains(html, "No partner audit found anything."));
    EXPECT_TRUE(contains(html, "not available"));
    EXPECT_TRUE(rfx::tagsBalance(html));
}

}  // namespace
