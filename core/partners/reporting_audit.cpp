#include "partners/reporting_audit.h"

#include "engine/text_util.h"
#include "workflow/dates.h"

namespace sc::partners {

ReportingAudit auditReporting(const Document& doc, const std::string& partnerId, const std::string& period) {
    ReportingAudit audit;
    for (const auto& report : doc.reportSubmissions) {
        if (report.partnerId != partnerId || report.period != period) continue;
        ++audit.reports;
        bool ok = true;
        auto problem = [&](const std::string& kind, const std::string& reason) {
            audit.problems.push_back({report.id, kind, reason});
            ok = false;
        };
        if (report.submittedOn.empty()) {
            problem("missing", "not submitted (due " + report.dueOn + ")");
        } else if (const auto late = daysBetween(report.dueOn, report.submittedOn)) {
            // On the due date is on time.
            if (*late > 0)
                problem("late", "submitted " + report.submittedOn + ", " + std::to_string(*late) +
                                    (*late == 1 ? " day" : " days") + " after the due date " + report.dueOn);
        } else {
            problem("undated", "cannot tell whether it was on time: due '" + report.dueOn + "', submitted '" +
                                   report.submittedOn + "'");
        }
        if (!report.submittedOn.empty() && !report.formatOk) problem("malformed", "not in the agreed format");
        if (ok) ++audit.compliant;
    }
    if (audit.reports > 0)
        audit.complianceBp = engine::rateBp(static_cast<std::int64_t>(audit.compliant), static_cast<std::int64_t>(audit.reports));
    return audit;
}

}  // namespace sc::partners
