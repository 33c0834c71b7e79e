// The rest of the rule catalogue, one failing fixture per rule: each case patches the valid
// base document in one place and expects one finding at one pointer. The dedicated test files
// cover the main rules with fuller messages; this keeps every remaining rule honest.
#include "test_util.h"

using sc::Severity;

namespace {

struct Case {
    const char* patch;
    const char* pointer;
    Severity severity;
    const char* word;
};

const Case kCases[] = {
    // references
    {R"([{"op":"replace","path":"/pairs/0/segment_id","value":"x"}])", "/pairs/0/segment_id", Severity::Error,
     "segment 'x'"},
    {R"([{"op":"replace","path":"/mismatches/0/promise_id","value":"x"}])", "/mismatches/0/promise_id",
     Severity::Error, "promise 'x'"},
    {R"([{"op":"replace","path":"/mismatches/0/channel_id","value":"x"}])", "/mismatches/0/channel_id",
     Severity::Error, "channel 'x'"},
    {R"([{"op":"replace","path":"/mismatches/0/pair_id","value":"x"}])", "/mismatches/0/pair_id",
     Severity::Error, "pair 'x'"},
    {R"([{"op":"replace","path":"/experiments/0/mismatch_id","value":"x"}])", "/experiments/0/mismatch_id",
     Severity::Error, "mismatch 'x'"},
    {R"([{"op":"replace","path":"/verifications/0/decision_id","value":"x"}])",
     "/verifications/0/decision_id", Severity::Error, "decision 'x'"},
    {R"([{"op":"replace","path":"/partners/0/channel_id","value":"x"}])", "/partners/0/channel_id",
     Severity::Error, "channel 'x'"},
    {R"([{"op":"replace","path":"/partners/0/approved_segment_ids/0","value":"x"}])",
     "/partners/0/approved_segment_ids/0", Severity::Error, "segment 'x'"},
    {R"([{"op":"replace","path":"/rules_of_engagement/routing_rules/0/territory_id","value":"x"}])",
     "/rules_of_engagement/routing_rules/0/territory_id", Severity::Error, "territory 'x'"},
    {R"([{"op":"replace","path":"/rules_of_engagement/routing_rules/0/segment_id","value":"x"}])",
     "/rules_of_engagement/routing_rules/0/segment_id", Severity::Error, "segment 'x'"},
    {R"([{"op":"replace","path":"/materials/0/audience_partner_ids/0","value":"x"}])",
     "/materials/0/audience_partner_ids/0", Severity::Error, "partner 'x'"},
    {R"([{"op":"replace","path":"/post_mortems/0/partner_id","value":"x"}])", "/post_mortems/0/partner_id",
     Severity::Error, "partner 'x'"},
    {R"([{"op":"replace","path":"/deals/rows/0/5","value":"x"}])", "/deals/rows/0/5", Severity::Error,
     "territory 'x'"},
    {R"([{"op":"replace","path":"/deal_registrations/rows/0/2","value":"x"}])",
     "/deal_registrations/rows/0/2", Severity::Error, "partner 'x'"},
    {R"([{"op":"replace","path":"/deal_registrations/rows/0/4","value":"x"}])",
     "/deal_registrations/rows/0/4", Severity::Error, "territory 'x'"},
    {R"([{"op":"replace","path":"/report_submissions/rows/0/2","value":"x"}])",
     "/report_submissions/rows/0/2", Severity::Error, "partner 'x'"},
    {R"([{"op":"replace","path":"/kpi_records/rows/0/2","value":"x"}])", "/kpi_records/rows/0/2",
     Severity::Error, "partner 'x'"},
    {R"([{"op":"replace","path":"/pulse_answers/rows/0/2","value":"x"}])", "/pulse_answers/rows/0/2",
     Severity::Error, "partner 'x'"},
    {R"([{"op":"replace","path":"/deals/rows/0/2","value":""}])", "/deals/rows/0/2", Severity::Error,
     "has no partner"},
    // ids
    {R"([{"op":"replace","path":"/channels/0/steps/0/id","value":""}])", "/channels/0/steps/0/id",
     Severity::Error, "has no id"},
    {R"([{"op":"replace","path":"/decisions/1/id","value":"d1"}])", "/decisions/1/id", Severity::Error,
     "'d1'"},
    {R"([{"op":"add","path":"/decisions/0/checklist/-","value":{"id":"cl1","label":"Again"}}])",
     "/decisions/0/checklist/1/id", Severity::Error, "checklist item 'Again'"},
    {R"([{"op":"replace","path":"/kpi_records/rows/1/0","value":"kpi-1"}])", "/kpi_records/rows/1/0",
     Severity::Error, "'kpi-1'"},
    // levels
    {R"([{"op":"add","path":"/dimensions/1/levels","value":[{"id":"a","name":"A"}]}])",
     "/dimensions/1/levels", Severity::Warning, "numeric"},
    {R"([{"op":"replace","path":"/dimensions/0/weight","value":-1}])", "/dimensions/0/weight",
     Severity::Error, "negative weight"},
    // ranges
    {R"([{"op":"replace","path":"/mismatches/1/leads_affected_bp","value":-5}])",
     "/mismatches/1/leads_affected_bp", Severity::Error, "share of leads affected"},
    {R"([{"op":"replace","path":"/metrics/0/green","value":20000}])", "/metrics/0/green", Severity::Error,
     "green threshold"},
    {R"([{"op":"replace","path":"/priority_model/revenue_weight","value":-1}])",
     "/priority_model/revenue_weight", Severity::Error, "revenue weight"},
    {R"([{"op":"replace","path":"/readiness/customers","value":-7}])", "/readiness/customers",
     Severity::Error, "-7 customers"},
    {R"([{"op":"replace","path":"/rules_of_engagement/price_book/0/floor_price_minor","value":12000}])",
     "/rules_of_engagement/price_book/0/floor_price_minor", Severity::Warning, "floor price above"},
    {R"([{"op":"replace","path":"/rules_of_engagement/discount_bands/0/approval_above_bp","value":2500}])",
     "/rules_of_engagement/discount_bands/0/approval_above_bp", Severity::Warning, "never applies"},
    {R"([{"op":"replace","path":"/verifications/0/baseline_conversion_bp","value":10001}])",
     "/verifications/0/baseline_conversion_bp", Severity::Error, "baseline conversion"},
    {R"([{"op":"replace","path":"/products/0/expected_cycle_days","value":-1}])",
     "/products/0/expected_cycle_days", Severity::Error, "product 'The app'"},
    {R"([{"op":"replace","path":"/deals/rows/0/7","value":-1}])", "/deals/rows/0/7", Severity::Error,
     "negative list price"},
    {R"([{"op":"replace","path":"/deals/rows/0/8","value":-1}])", "/deals/rows/0/8", Severity::Error,
     "negative quoted price"},
    {R"([{"op":"replace","path":"/pair_observations/rows/0/6","value":5000}])", "/pair_observations/rows/0/6",
     Severity::Warning, "more conversions (5000) than visitors (1200)"},
    {R"([{"op":"replace","path":"/pair_observations/rows/0/4","value":-1}])", "/pair_observations/rows/0/4",
     Severity::Error, "negative number of visitors"},
    // dates
    {R"([{"op":"replace","path":"/decisions/0/checklist/0/done_on","value":"soon"}])",
     "/decisions/0/checklist/0/done_on", Severity::Error, "completion date"},
    {R"([{"op":"replace","path":"/materials/0/acknowledgements/0/acknowledged_on","value":"2026-6-3"}])",
     "/materials/0/acknowledgements/0/acknowledged_on", Severity::Error, "acknowledgement date"},
    {R"([{"op":"replace","path":"/cadence/0/next_due_on","value":"next week"}])", "/cadence/0/next_due_on",
     Severity::Error, "next due date"},
    {R"([{"op":"replace","path":"/post_mortems/0/held_on","value":"2026-08-32"}])", "/post_mortems/0/held_on",
     Severity::Error, "date held"},
    {R"([{"op":"replace","path":"/verifications/0/started_on","value":"x"}])", "/verifications/0/started_on",
     Severity::Error, "start date"},
    {R"([{"op":"replace","path":"/deal_registrations/rows/0/5","value":"1.4.2026"}])",
     "/deal_registrations/rows/0/5", Severity::Error, "registration date"},
    {R"([{"op":"replace","path":"/report_submissions/rows/0/4","value":"x"}])",
     "/report_submissions/rows/0/4", Severity::Error, "due date"},
    {R"([{"op":"replace","path":"/pair_observations/rows/0/3","value":"2026-10"}])",
     "/pair_observations/rows/0/3", Severity::Error, "period start"},
    {R"([{"op":"replace","path":"/pulse_answers/rows/0/3","value":"2026-13"}])", "/pulse_answers/rows/0/3",
     Severity::Error, "YYYY-MM"},
    {R"([{"op":"replace","path":"/info/updated","value":"2025-01-01T00:00:00Z"}])", "/info/updated",
     Severity::Error, "out of order"},
    // enums
    {R"([{"op":"replace","path":"/dimensions/1/comparison","value":"bigger"}])", "/dimensions/1/comparison",
     Severity::Warning, "channel_at_most"},
    {R"([{"op":"replace","path":"/channels/0/steps/0/actor","value":"robot"}])", "/channels/0/steps/0/actor",
     Severity::Warning, "customer, channel, vendor"},
    {R"([{"op":"replace","path":"/products/0/complexity","value":"rocket"}])", "/products/0/complexity",
     Severity::Warning, "simple, moderate, complex"},
    {R"([{"op":"replace","path":"/metrics/0/unit","value":"furlongs"}])", "/metrics/0/unit",
     Severity::Warning, "minor_units"},
    {R"([{"op":"replace","path":"/metrics/0/cadence","value":"daily"}])", "/metrics/0/cadence",
     Severity::Warning, "weekly, monthly, quarterly"},
    {R"([{"op":"replace","path":"/mismatches/0/origin","value":"oracle"}])", "/mismatches/0/origin",
     Severity::Warning, "detected, manual"},
    {R"([{"op":"replace","path":"/decisions/0/checklist/0/side","value":"both"}])",
     "/decisions/0/checklist/0/side", Severity::Warning, "promise, channel"},
    {R"([{"op":"replace","path":"/rules_of_engagement/forbidden_rules/0/category","value":"rude"}])",
     "/rules_of_engagement/forbidden_rules/0/category", Severity::Warning, "earnings"},
    {R"([{"op":"replace","path":"/materials/0/kind","value":"poster"}])", "/materials/0/kind",
     Severity::Warning, "pitch_deck"},
    {R"([{"op":"replace","path":"/materials/0/status","value":"draft"}])", "/materials/0/status",
     Severity::Warning, "current, archived"},
    {R"([{"op":"replace","path":"/cadence/0/kind","value":"hourly"}])", "/cadence/0/kind", Severity::Warning,
     "weekly"},
    {R"([{"op":"replace","path":"/feedback/0/kind","value":"praise"}])", "/feedback/0/kind",
     Severity::Warning, "objection"},
    {R"([{"op":"replace","path":"/feedback/0/status","value":"lost"}])", "/feedback/0/status",
     Severity::Warning, "in_progress"},
    {R"([{"op":"replace","path":"/incidents/0/diagnosis","value":"bad luck"}])", "/incidents/0/diagnosis",
     Severity::Warning, "never_received"},
    {R"([{"op":"replace","path":"/incidents/0/response","value":"ignore"}])", "/incidents/0/response",
     Severity::Warning, "resend"},
    {R"([{"op":"replace","path":"/post_mortems/0/outcome","value":"draw"}])", "/post_mortems/0/outcome",
     Severity::Warning, "won, lost"},
    {R"([{"op":"replace","path":"/deal_registrations/rows/0/6","value":"maybe"}])",
     "/deal_registrations/rows/0/6", Severity::Warning, "pending, approved, rejected"},
    {R"([{"op":"replace","path":"/kpi_records/rows/0/6","value":"guess"}])", "/kpi_records/rows/0/6",
     Severity::Warning, "manual, computed"},
    // text
    {R"([{"op":"replace","path":"/segments/0/name","value":""}])", "/segments/0/name", Severity::Warning,
     "segment 'smb' has no name"},
    {R"([{"op":"replace","path":"/partners/1/name","value":""}])", "/partners/1/name", Severity::Warning,
     "partner 'p-south'"},
};

}  // namespace

TEST(validation_catalogue_test, every_remaining_rule_reports_at_its_pointer) {
    for (const Case& c : kCases) {
        SCOPED_TRACE(c.patch);
        auto r = sc::test::loadPatched(c.patch);
        EXPECT_TRUE(sc::test::hasFinding(r, c.pointer, c.severity, {c.word}));
    }
}

TEST(validation_catalogue_test, each_catalogue_fixture_fails_only_where_it_was_patched) {
    // One rule per fixture: no finding appears at a pointer outside the patched value.
    for (const Case& c : kCases) {
        SCOPED_TRACE(c.patch);
        auto r = sc::test::loadPatched(c.patch);
        ASSERT_TRUE(r.ok);
        for (const auto& f : r.findings) {
            const std::string p = c.pointer;
            const bool related = f.pointer == p || f.pointer.rfind(p.substr(0, p.rfind('/')), 0) == 0;
            EXPECT_TRUE(related) << "unexpected finding " << f.pointer << ": " << f.message;
        }
    }
}
