// The partner programme's working sections beside the KPI table (seed 000's framework): the
// feedback loop, incidents with their diagnosis and response, post-mortems' reasons. What
// `scorecard partners` prints after the KPIs; docs/PARTNERS.md documents text and JSON.
#pragma once

#include <string>
#include <vector>

#include "model/common.h"
#include "partners/feedback_loop.h"
#include "partners/incidents.h"
#include "partners/post_mortems.h"

namespace sc::partners {

struct ProgrammeReport {
    std::string today;
    FeedbackLoop feedback;
    std::vector<IncidentReview> incidents;
    PostMortemSummary postMortems;
};

ProgrammeReport buildProgrammeReport(const Document& doc, const std::string& today);

// Keys "feedback", "incidents", "post_mortems" of the partners JSON.
void addProgrammeReportJson(Json& out, const ProgrammeReport& report);
std::string programmeReportToText(const ProgrammeReport& report);

}  // namespace sc::partners
