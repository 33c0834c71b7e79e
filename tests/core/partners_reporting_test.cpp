// Reporting compliance: on time (on the due date counts) and in the agreed format; the late,
// missing and malformed reports are listed with the reason.
#include <gtest/gtest.h>

#include "partners/reporting_audit.h"
#include "partners_fixtures.h"
#include "test_util.h"

using namespace sc::partners;

namespace {

sc::ReportSubmission report(const std::string& id, const std::string& period, const std::string& due,
                            const std::string& submitted, bool formatOk = true) {
    sc::ReportSubmission r;
    r.id = id;
    r.partnerId = "p_gold";
    r.period = period;
    r.dueOn = due;
    r.submittedOn = submitted;
    r.formatOk = formatOk;
    return r;
}

}  // namespace

TEST(partners_reporting_test, on_time_right_format_share_with_problems_listed) {
    auto doc = fx::partnerProgramme();
    doc.reportSubmissions = {report("on_due_date", "2026-05", "2026-06-10", "2026-06-10"),
                             report("late_and_pdf", "2026-05", "2026-06-10", "2026-06-11", false),
                             report("missing", "2026-05", "2026-06-10", ""),
                             report("fine", "2026-05", "2026-06-10", "2026-06-01")};
    const auto audit = auditReporting(doc, "p_gold", "2026-05");
    EXPECT_EQ(audit.reports, 4u);
    EXPECT_EQ(audit.compliant, 2u);
    EXPECT_EQ(audit.complianceBp, 5000);
    ASSERT_EQ(audit.problems.size(), 3u);
    EXPECT_EQ(audit.problems[0].kind, "late");
    EXPECT_EQ(audit.problems[0].reason, "submitted 2026-06-11, 1 day after the due date 2026-06-10");
    EXPECT_EQ(audit.problems[1].kind, "malformed");
    EXPECT_EQ(audit.problems[1].reportId, "late_and_pdf");
    EXPECT_EQ(audit.problems[2].kind, "missing");
    EXPECT_EQ(audit.problems[2].reason, "not submitted (due 2026-06-10)");
}

TEST(partners_reporting_test, zero_submissions_have_no_compliance) {
    auto doc = fx::partnerProgramme();
    const auto none = auditReporting(doc, "p_gold", "2026-05");
    EXPECT_EQ(none.reports, 0u);
    EXPECT_FALSE(none.complianceBp.has_value());
    doc.reportSubmissions = {report("bad_dates", "2026-05", "soon", "2026-06-01")};
    const auto undated = auditReporting(doc, "p_gold", "2026-05");
    EXPECT_EQ(undated.complianceBp, 0);
    ASSERT_EQ(undated.problems.size(), 1u);
    EXPECT_EQ(undated.problems[0].kind, "undated");
}

// The sample: Delta's June report came 2026-07-19 for a 2026-07-10 due date (9 days late);
// its September report never came; its July report was a PDF. Coastal's October report came
// on the due date itself: on time.
TEST(partners_reporting_test, partner_program_sample_numbers) {
    const auto doc = sc::test::loadSample("partner-program");
    const auto june = auditReporting(doc, "p_delta", "2026-06");
    EXPECT_EQ(june.complianceBp, 0);
    ASSERT_EQ(june.problems.size(), 1u);
    EXPECT_EQ(june.problems[0].reason, "submitted 2026-07-19, 9 days after the due date 2026-07-10");
    EXPECT_EQ(auditReporting(doc, "p_delta", "2026-09").problems.at(0).kind, "missing");
    EXPECT_EQ(auditReporting(doc, "p_delta", "2026-07").problems.at(0).kind, "malformed");
    EXPECT_EQ(auditReporting(doc, "p_coastal", "2026-10").complianceBp, 10000);
}
