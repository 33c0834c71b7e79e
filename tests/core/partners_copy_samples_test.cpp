// Copy samples kept in the document (issue 9): each is audited like `audit-copy`; a month's
// samples give the partner's message consistency KPI (computed), a month without any keeps the
// hand-entered record; every flagged passage is a "copy" finding of `scorecard audit`.
#include <gtest/gtest.h>

#include "core/partners_fixtures.h"
#include "partners/audit_findings.h"
#include "partners/copy_samples.h"
#include "partners/partner_kpis.h"
#include "test_util.h"

namespace {

sc::CopySample sample(const std::string& id, const std::string& partnerId, const std::string& capturedOn,
                      const std::string& text) {
    sc::CopySample c;
    c.id = id;
    c.name = "Copy " + id;
    c.partnerId = partnerId;
    c.capturedOn = capturedOn;
    c.source = "Partner landing page";
    c.text = text;
    return c;
}

sc::KpiRecord messageRecord(const std::string& period, std::int64_t value) {
    sc::KpiRecord r;
    r.id = "k_" + period;
    r.partnerId = "p_gold";
    r.period = period;
    r.kpi = "message_consistency";
    r.value = value;
    return r;
}

std::vector<sc::partners::AuditFinding> findingsOf(const sc::Document& doc, const std::string& audit) {
    std::vector<sc::partners::AuditFinding> out;
    for (auto& f : sc::partners::collectAuditFindings(doc, "2026-10-31"))
        if (f.audit == audit) out.push_back(f);
    return out;
}

}  // namespace

// Two samples in July: 1 of 2 sentences clean in the first, 1 of 1 in the second -> 2 of 3.
TEST(partners_copy_samples_test, a_months_samples_give_the_message_consistency_kpi) {
    sc::Document doc = fx::partnerProgramme();
    doc.copySamples = {sample("c1", "p_gold", "2026-07-03", "Great sensors. It pays for itself."),
                       sample("c2", "p_gold", "2026-07-20", "Soil moisture readings every 15 minutes."),
                       sample("c3", "p_gold", "2026-08-02", "Guaranteed results.")};
    doc.kpiRecords = {messageRecord("2026-07", 9500)};
    const auto cell = sc::partners::kpiValue(doc, "p_gold", "2026-07", "message_consistency", "2026-08");
    EXPECT_EQ(cell.source, "computed");
    EXPECT_EQ(cell.value, 6667);
    EXPECT_EQ(cell.recorded, 9500) << "the hand-entered record is kept beside the computed value";
    EXPECT_EQ(cell.detail, "2 of 3 sentences break no rule in 2 copy samples");

    const auto august = sc::partners::kpiValue(doc, "p_gold", "2026-08", "message_consistency", "2026-08");
    EXPECT_EQ(august.value, 0);
    EXPECT_EQ(august.detail, "0 of 1 sentence breaks no rule in 1 copy sample");
}

TEST(partners_copy_samples_test, a_month_without_samples_keeps_the_manual_record) {
    sc::Document doc = fx::partnerProgramme();
    doc.copySamples = {sample("c1", "p_gold", "2026-07-03", "It pays for itself.")};
    doc.kpiRecords = {messageRecord("2026-06", 9100), messageRecord("2026-07", 9500)};
    const auto june = sc::partners::kpiValue(doc, "p_gold", "2026-06", "message_consistency", "2026-07");
    EXPECT_EQ(june.source, "manual");
    EXPECT_EQ(june.value, 9100);
    // Another partner's sample, an empty copy or an undated one never replaces the record.
    doc.copySamples = {sample("c1", "p_idle", "2026-07-03", "It pays for itself."),
                       sample("c2", "p_gold", "2026-07-05", "  ...  "),
                       sample("c3", "p_gold", "sometime in July", "It pays for itself.")};
    const auto july = sc::partners::kpiValue(doc, "p_gold", "2026-07", "message_consistency", "2026-07");
    EXPECT_EQ(july.source, "manual");
    EXPECT_EQ(july.value, 9500);
}

TEST(partners_copy_samples_test, the_report_shows_the_computed_value_its_rag_and_trend) {
    sc::Document doc = fx::partnerProgramme();
    doc.kpiRecords = {messageRecord("2026-06", 9500)};
    doc.copySamples = {sample("c1", "p_gold", "2026-07-03", "Nice. Great. Fine. Double your profit.")};
    const auto report = sc::partners::buildPartnerKpiReport(doc, "2026-07");
    const auto& cell = report.partners[0].kpis[0];
    ASSERT_EQ(cell.kpi, "message_consistency");
    EXPECT_EQ(cell.value, 7500);
    EXPECT_EQ(cell.source, "computed");
    EXPECT_EQ(cell.rag, "red");  // default thresholds: green 90%, amber 80%
    EXPECT_EQ(cell.trend, "worsening");
    EXPECT_EQ(cell.previousPeriod, "2026-06");
    // A month with only copy samples is partner data: it is the latest period.
    EXPECT_EQ(report.currentPeriod, "2026-07");
}

TEST(partners_copy_samples_test, each_flagged_passage_is_a_copy_finding) {
    sc::Document doc = fx::partnerProgramme();
    doc.rules.forbiddenRules[1].category = "";  // a rule without a category: "forbidden_phrase"
    doc.copySamples = {
        sample("c1", "p_gold", "2026-07-03", "Sensors that work.\nIt pays for itself, guaranteed."),
        sample("c2", "p_idle", "2026-08-10", "Soil moisture readings every 15 minutes.")};
    const auto copy = findingsOf(doc, "copy");
    ASSERT_EQ(copy.size(), 2u);
    EXPECT_EQ(copy[0].partnerId, "p_gold");
    EXPECT_EQ(copy[0].period, "2026-07");
    EXPECT_EQ(copy[0].rule, "earnings");
    EXPECT_EQ(copy[0].subject, "c1");
    EXPECT_EQ(copy[0].why,
              "'Copy c1' line 2, column 4: \"pays for itself\" breaks 'Earnings claims' (pays for itself)");
    EXPECT_EQ(copy[1].rule, "forbidden_phrase");
    EXPECT_NE(copy[1].why.find("\"guaranteed\" breaks 'fr_guarantee'"), std::string::npos) << copy[1].why;
    // The clean sample gives nothing; the filter keeps a partner's own findings only.
    EXPECT_TRUE(sc::partners::collectAuditFindings(doc, "2026-10-31", {"p_idle", ""}).empty());
}

TEST(partners_copy_samples_test, an_approved_claim_sample_is_not_flagged) {
    sc::Document doc = fx::partnerProgramme();
    doc.copySamples = {sample("c1", "p_gold", "2026-07-03", "Soil moisture readings every 15 minutes.")};
    EXPECT_TRUE(sc::partners::flagCopySamples(doc).empty());
    EXPECT_TRUE(findingsOf(doc, "copy").empty());
    const auto cell = sc::partners::kpiValue(doc, "p_gold", "2026-07", "message_consistency", "2026-07");
    EXPECT_EQ(cell.value, 10000);
    EXPECT_EQ(cell.detail, "1 of 1 sentence breaks no rule in 1 copy sample");
}

// The partner-program sample: GreenAcre's October webinar slide promises carbon-credit income.
TEST(partners_copy_samples_test, the_sample_computes_greenacres_october_from_its_webinar_slide) {
    const auto doc = sc::test::loadSample("partner-program");
    const auto cell = sc::partners::kpiValue(doc, "p_greenacre", "2026-10", "message_consistency", "2026-10");
    EXPECT_EQ(cell.source, "computed");
    EXPECT_EQ(cell.value, 8000);
    EXPECT_EQ(cell.detail, "4 of 5 sentences break no rule in 1 copy sample");
    bool carbon = false;
    for (const auto& f : sc::partners::collectAuditFindings(doc, "2026-11-30", {"p_greenacre", "2026-10"}))
        carbon |= f.audit == "copy" && f.rule == "custom" && f.subject == "copy_greenacre_webinar";
    EXPECT_TRUE(carbon);
}
