// Issue 13, points 9, 16 and 17: the partner rules reason as seeds 000 and 004 do. Each test
// quotes the sentence it is written from and fails on the engine before the change.
#include <gtest/gtest.h>

#include <algorithm>

#include "partners/message_audit.h"
#include "partners/partner_kpis.h"
#include "partners/report_output.h"
#include "partners_fixtures.h"
#include "validation/validate.h"

using namespace sc::partners;
using fx::hasNote;
using fx::rowOf;

namespace {

sc::KpiRecord record(const std::string& partner, const std::string& period, const std::string& kpi,
                     std::int64_t value) {
    sc::KpiRecord r;
    r.id = partner + period + kpi;
    r.partnerId = partner;
    r.period = period;
    r.kpi = kpi;
    r.value = value;
    return r;
}

sc::PulseAnswer answer(const std::string& partner, const std::string& period, const std::string& question,
                       std::int64_t score) {
    sc::PulseAnswer a;
    a.id = partner + period + question;
    a.partnerId = partner;
    a.period = period;
    a.respondent = "owner";
    a.question = question;
    a.score = score;
    return a;
}

// p_idle (silver) with all five KPIs green in May and June: the KPIs alone promote it to gold.
sc::Document strongSalesPartner() {
    auto doc = fx::partnerProgramme();
    for (const std::string period : {"2026-05", "2026-06"}) {
        doc.kpiRecords.push_back(record("p_idle", period, "message_consistency", 9500));
        doc.kpiRecords.push_back(record("p_idle", period, "pricing_accuracy", 10000));
        doc.kpiRecords.push_back(record("p_idle", period, "reporting_compliance", 10000));
        doc.kpiRecords.push_back(record("p_idle", period, "feedback_participation", 8000));
        doc.kpiRecords.push_back(record("p_idle", period, "escalation_frequency", 0));
    }
    return doc;
}

}  // namespace

// 13.17. Seed 004: "the dealers had strong sales numbers … They knew our sales numbers, but
// they didn't know our business." Red pulse scores turn tier advice into "at risk:
// relationship", whatever the sales KPIs, and put the partner on the list to attend to.
TEST(partners_seed_reasoning_test, red_pulse_puts_the_relationship_at_risk_despite_strong_sales) {
    auto doc = strongSalesPartner();
    ASSERT_EQ(rowOf(buildPartnerKpiReport(doc, "2026-06"), "p_idle").tierAdvice.action, "promote");
    doc.pulseAnswers.push_back(answer("p_idle", "2026-06", "autonomy", 2));
    doc.pulseAnswers.push_back(answer("p_idle", "2026-06", "purpose", 1));
    doc.pulseAnswers.push_back(answer("p_idle", "2026-06", "mastery", 4));  // green: not named
    const auto report = buildPartnerKpiReport(doc, "2026-06");
    const auto& advice = rowOf(report, "p_idle").tierAdvice;
    EXPECT_EQ(advice.action, "at_risk_relationship");
    EXPECT_EQ(advice.recommended, "silver");  // no promotion without a conversation first
    EXPECT_EQ(
        advice.reason.rfind("at risk: relationship — pulse autonomy 2.00 and purpose 1.00 red in 2026-06", 0),
        0u)
        << advice.reason;
    EXPECT_EQ(advice.reason.find("mastery"), std::string::npos) << advice.reason;
    EXPECT_NE(advice.reason.find("promote to gold"), std::string::npos) << advice.reason;
    EXPECT_TRUE(hasNote(report.relationshipsAtRisk, "p_idle", "autonomy 2.00"));
    EXPECT_EQ(report.relationshipsAtRisk.size(), 1u);
    // Shown in the CLI's text and JSON.
    const std::string text = partnerKpiReportToText(report);
    EXPECT_NE(text.find("Relationships to attend to (red pulse) (1)"), std::string::npos) << text;
    const auto json = partnerKpiReportToJson(report);
    ASSERT_EQ(json["relationships_at_risk"].size(), 1u);
    EXPECT_EQ(json["relationships_at_risk"][0]["partner_id"], "p_idle");
    // An amber pulse (3) does not.
    doc.pulseAnswers.clear();
    doc.pulseAnswers.push_back(answer("p_idle", "2026-06", "autonomy", 3));
    EXPECT_EQ(rowOf(buildPartnerKpiReport(doc, "2026-06"), "p_idle").tierAdvice.action, "promote");
}

// 13.16. Seed 000: "when a partner makes a great adjustment or demonstrates best-practice
// alignment, acknowledge it in front of the group." A partner with an open violation in the
// period (a deal below floor) is not called best-practice; an improvement is still acknowledged,
// phrased as the improvement only.
TEST(partners_seed_reasoning_test, no_best_practice_acknowledgement_beside_an_open_violation) {
    auto doc = strongSalesPartner();
    // pricing accuracy is computed from the deals when there are any: keep it green with 20 deals
    for (int i = 0; i < 20; ++i)
        doc.deals.push_back(fx::deal("d" + std::to_string(i), "p_idle", "2026-06-03", 9500, 0));
    auto report = buildPartnerKpiReport(doc, "2026-06");
    ASSERT_TRUE(hasNote(report.acknowledgePublicly, "p_idle", "best-practice alignment"));
    doc.deals.push_back(fx::deal("d_low", "p_idle", "2026-06-04", 7900, 0));  // below the 89.00 floor
    // One violation in 21 deals: pricing accuracy 95.2%, still green.
    report = buildPartnerKpiReport(doc, "2026-06");
    ASSERT_TRUE(hasNote(report.correctPrivately, "p_idle", "Deal d_low"));
    EXPECT_FALSE(hasNote(report.acknowledgePublicly, "p_idle", "best-practice")) << "violation open";
    // May was amber on message consistency; June's improvement is still acknowledged as such.
    doc.kpiRecords[0].value = 8500;
    report = buildPartnerKpiReport(doc, "2026-06");
    EXPECT_TRUE(
        hasNote(report.acknowledgePublicly, "p_idle", "Message consistency improved to 95.0% (green)"));
    EXPECT_FALSE(hasNote(report.acknowledgePublicly, "p_idle", "best-practice"));
}

// 13.9. Seed 000: approved claims are "what partners can say". An approved claim that contains
// a forbidden phrase is a validation warning naming both; in a copy audit, a sentence that is
// that approved claim is not flagged for the phrase the claim itself contains.
TEST(partners_seed_reasoning_test, approved_claim_containing_a_forbidden_phrase) {
    auto doc = fx::partnerProgramme();
    sc::Claim payback;
    payback.id = "cl_payback";
    payback.text = "The sensor kit pays for itself within one season of saved irrigation water.";
    doc.rules.approvedClaims.push_back(payback);
    const auto findings = sc::validateDocument(doc);
    const auto warning = std::find_if(findings.begin(), findings.end(), [](const sc::Finding& f) {
        return f.pointer == "/rules_of_engagement/approved_claims/1/text";
    });
    ASSERT_NE(warning, findings.end());
    EXPECT_EQ(warning->severity, sc::Severity::Warning);
    EXPECT_NE(warning->message.find("approved claim 'cl_payback'"), std::string::npos) << warning->message;
    EXPECT_NE(warning->message.find("'pays for itself'"), std::string::npos) << warning->message;
    EXPECT_NE(warning->message.find("'Earnings claims'"), std::string::npos) << warning->message;

    const std::string copy =
        "The sensor kit pays for itself within one season of saved irrigation water. "
        "Honestly, it pays for itself by Friday.";
    const auto audit = auditCopy(doc, copy);
    ASSERT_EQ(audit.sentences.size(), 2u);
    EXPECT_EQ(audit.sentences[0].verdict, "approved");
    EXPECT_EQ(audit.sentences[0].claimId, "cl_payback");
    EXPECT_EQ(audit.sentences[1].verdict, "violating");  // not the claim: still flagged
    ASSERT_EQ(audit.flags.size(), 1u);
    EXPECT_EQ(audit.flags[0].sentence, 1u);
    // An approved sentence is still flagged for a phrase the claim does not contain.
    const auto guaranteed = auditCopy(doc,
                                      "The sensor kit pays for itself within one season of saved "
                                      "irrigation water, guaranteed.");
    ASSERT_EQ(guaranteed.flags.size(), 1u);
    EXPECT_EQ(guaranteed.flags[0].ruleId, "fr_guarantee");
    EXPECT_EQ(guaranteed.sentences[0].verdict, "violating");
}
