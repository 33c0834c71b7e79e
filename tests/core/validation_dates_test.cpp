// Validation rule family "dates": malformed dates, periods and timestamps; pairs out of order.
#include "test_util.h"

using sc::Severity;
using sc::test::hasFinding;
using sc::test::loadPatched;

TEST(validation_dates_test, malformed_date_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/partners/0/joined_on","value":"01/03/2025"}])");
    EXPECT_TRUE(hasFinding(r, "/partners/0/joined_on", Severity::Error,
                           {"partner 'Northwind'", "'01/03/2025'", "YYYY-MM-DD"}));
}

TEST(validation_dates_test, impossible_calendar_day_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/experiments/0/started_on","value":"2026-02-29"}])");
    EXPECT_TRUE(hasFinding(r, "/experiments/0/started_on", Severity::Error, {"'2026-02-29'"}));
    auto leap = loadPatched(R"([{"op":"replace","path":"/partners/0/joined_on","value":"2024-02-29"}])");
    ASSERT_TRUE(leap.ok);
    EXPECT_TRUE(leap.findings.empty()) << sc::test::listFindings(leap.findings);
}

TEST(validation_dates_test, decision_implemented_before_decided_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/decisions/0/implemented_on","value":"2026-09-01"}])");
    EXPECT_TRUE(hasFinding(r, "/decisions/0/implemented_on", Severity::Error,
                           {"decision 'Add a self-serve path' was implemented on 2026-09-01, before it was "
                            "decided on 2026-10-01"}));
}

TEST(validation_dates_test, experiment_ended_before_started_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/experiments/0/ended_on","value":"2026-10-01"}])");
    EXPECT_TRUE(hasFinding(r, "/experiments/0/ended_on", Severity::Error,
                           {"ended on 2026-10-01", "started on 2026-10-16"}));
}

TEST(validation_dates_test, material_versions_must_be_oldest_first) {
    auto r =
        loadPatched(R"([{"op":"replace","path":"/materials/0/versions/1/updated_on","value":"2025-12-01"}])");
    EXPECT_TRUE(hasFinding(r, "/materials/0/versions/1/updated_on", Severity::Error,
                           {"material 'Pitch deck'", "version '1.1'", "version '1.0'"}));
}

TEST(validation_dates_test, updated_before_created_is_an_error) {
    auto r = loadPatched(R"([{"op":"add","path":"/segments/0/created","value":"2026-05-02T10:00:00Z"},
                             {"op":"add","path":"/segments/0/updated","value":"2026-05-02T09:00:00Z"}])");
    EXPECT_TRUE(hasFinding(r, "/segments/0/updated", Severity::Error,
                           {"segment 'Small business' was updated on 2026-05-02T09:00:00Z"}));
}

TEST(validation_dates_test, malformed_timestamp_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/info/created","value":"yesterday"}])");
    EXPECT_TRUE(hasFinding(r, "/info/created", Severity::Error, {"'yesterday'"}));
}

TEST(validation_dates_test, feedback_closed_before_received_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/feedback/0/closed_on","value":"2026-08-01"}])");
    EXPECT_TRUE(hasFinding(r, "/feedback/0/closed_on", Severity::Error, {"closed on 2026-08-01"}));
}

TEST(validation_dates_test, incident_resolved_before_it_occurred_is_an_error) {
    auto r = loadPatched(R"([{"op":"replace","path":"/incidents/0/resolved_on","value":"2026-06-30"}])");
    EXPECT_TRUE(hasFinding(r, "/incidents/0/resolved_on", Severity::Error, {"incident 'Old deck used'"}));
}

TEST(validation_dates_test, copy_sample_capture_date_must_be_a_date) {
    auto r = loadPatched(R"([{"op":"replace","path":"/copy_samples/0/captured_on","value":"2026-02-30"}])");
    EXPECT_TRUE(hasFinding(r, "/copy_samples/0/captured_on", Severity::Error,
                           {"copy sample 'South landing page'", "'2026-02-30'"}));
}

TEST(validation_dates_test, malformed_period_in_a_table_points_at_its_cell) {
    auto r = loadPatched(R"([{"op":"replace","path":"/kpi_records/rows/0/3","value":"Oct 2026"}])");
    EXPECT_TRUE(hasFinding(r, "/kpi_records/rows/0/3", Severity::Error, {"'Oct 2026'", "YYYY-MM"}));
}

TEST(validation_dates_test, malformed_deal_closing_date_points_at_its_cell) {
    auto r = loadPatched(R"([{"op":"replace","path":"/deals/rows/1/12","value":"2026-13-01"}])");
    EXPECT_TRUE(hasFinding(r, "/deals/rows/1/12", Severity::Error, {"deal 'deal-2'", "closing date"}));
}

TEST(validation_dates_test, report_submitted_before_its_period_is_a_warning) {
    auto r = loadPatched(R"([{"op":"replace","path":"/report_submissions/rows/0/5","value":"2026-09-20"}])");
    EXPECT_TRUE(hasFinding(r, "/report_submissions/rows/0/5", Severity::Warning,
                           {"for 2026-10", "before the period began"}));
}

// A cadence item's dates held (held_on) are the record and last_held_on their latest: each
// disagreement is a warning naming what to correct; agreement, or no dates held, is clean.
TEST(validation_dates_test, last_held_on_must_be_the_latest_date_held) {
    auto agrees =
        loadPatched(R"([{"op":"add","path":"/cadence/0/held_on","value":["2026-11-10","2026-11-17"]}])");
    ASSERT_TRUE(agrees.ok);
    for (const auto& f : agrees.findings) EXPECT_NE(f.pointer.rfind("/cadence/", 0), 0u) << f.message;
    auto notListed =
        loadPatched(R"([{"op":"add","path":"/cadence/0/held_on","value":["2026-11-03","2026-11-10"]}])");
    EXPECT_TRUE(hasFinding(notListed, "/cadence/0/last_held_on", Severity::Warning,
                           {"cadence item 'Weekly sync' was last held on 2026-11-17",
                            "not among its dates held (the latest is 2026-11-10)"}));
    auto later = loadPatched(
        R"([{"op":"add","path":"/cadence/0/held_on","value":["2026-11-24","2026-11-10","2026-11-17"]}])");
    EXPECT_TRUE(hasFinding(later, "/cadence/0/held_on/0", Severity::Warning,
                           {"lists a meeting on 2026-11-24, after its last meeting date 2026-11-17"}));
    auto noLast = loadPatched(R"([{"op":"remove","path":"/cadence/0/last_held_on"},
                                  {"op":"add","path":"/cadence/0/held_on","value":["2026-11-10"]}])");
    EXPECT_TRUE(hasFinding(noLast, "/cadence/0/last_held_on", Severity::Warning,
                           {"no last meeting date; set it to 2026-11-10"}));
    // A date that is not one is an error at its own place, and the comparison waits for it.
    auto bad =
        loadPatched(R"([{"op":"add","path":"/cadence/0/held_on","value":["2026-11-17","2026-02-30"]}])");
    EXPECT_TRUE(hasFinding(bad, "/cadence/0/held_on/1", Severity::Error, {"meeting date", "'2026-02-30'"}));
    EXPECT_EQ(sc::test::findingAt(bad.findings, "/cadence/0/last_held_on"), nullptr);
}
