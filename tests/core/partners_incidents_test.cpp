// Handling misalignment (seed 000): diagnosis before response, the response that fits the
// diagnosis, enforcement only after a correction was tried, and escalations from the log.
#include <gtest/gtest.h>

#include "core/partners_fixtures.h"
#include "partners/incidents.h"
#include "partners/partner_kpis.h"

namespace {

sc::Incident incident(const std::string& id, const std::string& partnerId, const std::string& occurredOn,
                      const std::string& diagnosis, const std::string& response) {
    sc::Incident i;
    i.id = id;
    i.name = "Incident " + id;
    i.partnerId = partnerId;
    i.occurredOn = occurredOn;
    i.diagnosis = diagnosis;
    i.response = response;
    return i;
}

}  // namespace

// Seed 000 "Step 1: Diagnose before you blame. When a partner goes off-script or violates a
// guideline, ask why before issuing a correction."
TEST(partners_incidents_test, a_response_before_a_diagnosis_is_refused) {
    sc::Document doc = fx::partnerProgramme();
    doc.incidents = {incident("i1", "p_gold", "2026-07-18", "undiagnosed", "")};
    const auto refused = sc::partners::respondToIncident(doc, "i1", "enforcement", "2026-07-19T10:00:00Z");
    EXPECT_FALSE(refused.ok);
    EXPECT_NE(refused.error.find("Diagnose before you respond"), std::string::npos) << refused.error;
    EXPECT_EQ(refused.document.incidents[0].response, "");  // unchanged
    doc.incidents[0].diagnosis = "";                        // no diagnosis at all: the same
    EXPECT_FALSE(sc::partners::whyCannotRespond(doc.incidents[0], "training").empty());

    doc.incidents[0].diagnosis = "never_received";
    const auto done = sc::partners::respondToIncident(doc, "i1", "resend", "2026-07-19T10:00:00Z");
    ASSERT_TRUE(done.ok) << done.error;
    EXPECT_EQ(done.document.incidents[0].response, "resend");
    EXPECT_EQ(done.document.incidents[0].updated, "2026-07-19T10:00:00Z");
    EXPECT_EQ(sc::partners::respondToIncidentLabel(doc, "i1", "resend"),
              "Respond to 'Incident i1': Resend the material");
    EXPECT_FALSE(sc::partners::respondToIncident(doc, "i1", "shout", "t").ok);
    EXPECT_FALSE(sc::partners::respondToIncident(doc, "nope", "resend", "t").ok);
}

// Seed 000: "They never received the updated material / The guideline was ambiguous ... / They
// were responding to customer pressure ... / They did not understand the compliance requirement.
// Each of these requires a different response. Training is not the same as enforcement."
TEST(partners_incidents_test, the_suggested_response_fits_the_diagnosis) {
    sc::Document doc = fx::partnerProgramme();
    doc.incidents = {incident("a", "p_gold", "2026-05-01", "never_received", ""),
                     incident("b", "p_gold", "2026-05-02", "ambiguous_guideline", ""),
                     incident("c", "p_gold", "2026-05-03", "customer_pressure", ""),
                     incident("d", "p_idle", "2026-05-04", "misunderstood_compliance", ""),
                     incident("e", "p_idle", "2026-05-05", "undiagnosed", "")};
    const auto s = [&](std::size_t i) {
        return sc::partners::suggestResponse(doc, doc.incidents[i]).response;
    };
    EXPECT_EQ(s(0), "resend");
    EXPECT_EQ(s(1), "clarify_guideline");
    EXPECT_EQ(s(2), "training");
    EXPECT_EQ(s(3), "training");
    EXPECT_EQ(s(4), "");
}

TEST(partners_incidents_test, enforcement_only_after_a_correction_was_tried) {
    sc::Document doc = fx::partnerProgramme();
    doc.incidents = {incident("first", "p_gold", "2026-06-02", "misunderstood_compliance", "training"),
                     incident("again", "p_gold", "2026-09-10", "misunderstood_compliance", "")};
    const auto again = sc::partners::suggestResponse(doc, doc.incidents[1]);
    EXPECT_EQ(again.response, "enforcement");
    EXPECT_TRUE(again.repeat);
    EXPECT_EQ(sc::partners::suggestResponse(doc, doc.incidents[0]).response, "training");
    // Someone who never received the material is not punished for it the second time either.
    doc.incidents = {incident("first", "p_gold", "2026-06-02", "never_received", "resend"),
                     incident("again", "p_gold", "2026-09-10", "never_received", "")};
    EXPECT_EQ(sc::partners::suggestResponse(doc, doc.incidents[1]).response, "resend");
}

TEST(partners_incidents_test, review_flags_responses_that_do_not_fit) {
    sc::Document doc = fx::partnerProgramme();
    doc.incidents = {incident("punished", "p_gold", "2026-07-18", "never_received", "enforcement"),
                     incident("fits", "p_gold", "2026-07-19", "ambiguous_guideline", "clarify_guideline"),
                     incident("early", "p_idle", "2026-07-20", "undiagnosed", "training"),
                     incident("open", "p_idle", "2026-07-21", "undiagnosed", "")};
    const auto reviews = sc::partners::reviewIncidents(doc);
    ASSERT_EQ(reviews.size(), 4u);
    ASSERT_EQ(reviews[0].findings.size(), 1u);
    EXPECT_EQ(reviews[0].findings[0].rule, "response_does_not_fit");
    EXPECT_EQ(
        reviews[0].findings[0].message,
        "'Enforcement' does not fit 'Never received the material': Resend the material does. Training is "
        "not the same as enforcement.");
    EXPECT_TRUE(reviews[1].findings.empty());
    ASSERT_EQ(reviews[2].findings.size(), 1u);
    EXPECT_EQ(reviews[2].findings[0].rule, "response_before_diagnosis");
    EXPECT_EQ(reviews[3].findings[0].rule, "not_diagnosed");
    EXPECT_EQ(reviews[0].partnerName, "Gold Partner");
}

// Seed 000 "Escalation frequency — Number of issues escalated per partner per month (lower is
// better, within reason)": counted from the incident log where there is one.
TEST(partners_incidents_test, escalation_frequency_from_the_log) {
    sc::Document doc = fx::partnerProgramme();
    doc.incidents = {incident("a", "p_gold", "2026-09-02", "customer_pressure", ""),
                     incident("b", "p_gold", "2026-10-02", "customer_pressure", ""),
                     incident("c", "p_gold", "2026-10-20", "ambiguous_guideline", "")};
    EXPECT_EQ(sc::partners::escalationsFromLog(doc, "p_gold", "2026-10")->value, 2);
    EXPECT_EQ(sc::partners::escalationsFromLog(doc, "p_idle", "2026-10")->value, 0);
    EXPECT_FALSE(sc::partners::escalationsFromLog(doc, "p_gold", "2026-08"));  // before the log
    const auto report = sc::partners::buildPartnerKpiReport(doc, "2026-10");
    const auto& cell = report.partners[0].kpis[4];
    ASSERT_EQ(cell.kpi, "escalation_frequency");
    EXPECT_EQ(cell.source, "computed");
    EXPECT_EQ(cell.value, 2);
    EXPECT_EQ(cell.detail, "2 incidents in the log");
    EXPECT_EQ(cell.rag, "amber");  // more than 1, fewer than 3
}
