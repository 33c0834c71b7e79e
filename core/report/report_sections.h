// The sections of the HTML report, one function each, every one a <section> with an id (the
// table of contents links to it) and an <h2>, subsections under <h3>. They only arrange and
// escape what the core has already computed: the dashboard (core/dashboard), the ranked
// mismatches (engine::ScoreReport), the partner KPI table and the audit findings
// (core/partners).
#pragma once

#include <string>
#include <vector>

#include "dashboard/dashboard.h"
#include "engine/score_report.h"
#include "model/document.h"
#include "partners/audit_findings.h"
#include "partners/partner_kpis.h"

namespace sc::report {

// Alignment index with its formula, readiness, open mismatches by severity (an SVG chart),
// the KPIs against their benchmarks and what is overdue. report_dashboard.cpp.
std::string dashboardSection(const dashboard::Dashboard& d);

// Each contradiction (engine group) in ranked order with its explanation, facets, diagnosis
// and decision (or the suggested fixes). report_mismatches.cpp.
std::string mismatchesSection(const Document& doc, const engine::ScoreReport& report);

// The workshop's action list. report_tables.cpp, like the two below.
std::string actionsSection(const std::vector<dashboard::ActionItem>& actions);

// The per-partner KPI table (value, RAG word, trend word), tier advice.
std::string partnersSection(bool hasPartners, const partners::PartnerKpiReport& kpis);

// Every finding of every partner audit.
std::string findingsSection(const std::vector<partners::AuditFinding>& findings);

// "<p class=\"none\">TEXT</p>": what a section says when it has nothing to show.
std::string noneParagraph(const std::string& text);

// A RAG value as a word a reader (and a screen reader) can use without the colour.
std::string ragWord(const std::string& rag);

}  // namespace sc::report
