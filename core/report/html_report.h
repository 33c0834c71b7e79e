// The HTML report of a scorecard (issue 10 "Report"): one self-contained page — inline CSS,
// inline SVG, no script, no request (a Content-Security-Policy forbids every fetch) — with the
// dashboard figures, the ranked mismatches with explanations and decisions, the action list,
// the partner KPI table and the audit findings. It is also the accessible view of the results
// (headings in order, captioned tables with header cells, text alternatives for the chart)
// and prints to PDF from a browser. Same document and date, same bytes. docs/REPORT.md.
// `scorecard report` and the app's File > Export report both call it.
#pragma once

#include <string>

#include "engine/score_report.h"
#include "model/document.h"

namespace sc::report {

// The report at `today` ("YYYY-MM-DD"); `scores` is engine::buildScoreReport(doc, today)
// (the app passes its cached one).
std::string htmlReport(const Document& doc, const engine::ScoreReport& scores, const std::string& today);

// Scores the document first.
std::string htmlReport(const Document& doc, const std::string& today);

// The report's file name beside the scorecard's: "plan.scorecard.json" -> "plan.report.html"
// (any other name gets ".report.html" after its last extension removed; "" -> "scorecard.report.html").
std::string reportFileName(const std::string& scorecardFileName);

}  // namespace sc::report
