// core/generate (`scorecard generate`): deterministic for a seed, valid with no errors, the
// requested sizes, and every planted mismatch and violation found by the engine and the audits.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "engine/detection.h"
#include "format/document_io.h"
#include "generate/generate.h"
#include "partners/audit_findings.h"
#include "validation/validate.h"

namespace {

using sc::generate::Generated;

Generated small(std::uint64_t seed = 1) {
    return sc::generate::generateDocument(*sc::generate::presetSizes("small"), seed, "Small");
}

std::string errorsOf(const sc::Document& doc) {
    std::string out;
    for (const auto& f : sc::validateDocument(doc))
        if (f.severity == sc::Severity::Error) out += f.pointer + ": " + f.message + "\n";
    return out;
}

std::set<std::string> asSet(const std::vector<std::string>& items) { return {items.begin(), items.end()}; }

// The subjects of the audit findings of one audit (and, when given, one rule).
std::set<std::string> subjects(const std::vector<sc::partners::AuditFinding>& findings,
                               const std::string& audit, const std::string& rule = {}) {
    std::set<std::string> out;
    for (const auto& f : findings)
        if (f.audit == audit && (rule.empty() || f.rule == rule)) out.insert(f.subject);
    return out;
}

TEST(Generate, SameSeedSameBytesOtherSeedOtherBytes) {
    const std::string a = sc::saveDocument(small(7).document);
    EXPECT_EQ(a, sc::saveDocument(small(7).document));
    EXPECT_NE(a, sc::saveDocument(small(8).document));
}

TEST(Generate, PresetsAreKnownByName) {
    EXPECT_TRUE(sc::generate::presetSizes("small"));
    EXPECT_TRUE(sc::generate::presetSizes("enterprise"));
    EXPECT_FALSE(sc::generate::presetSizes("huge"));
    EXPECT_FALSE(sc::generate::presetSizes(""));
}

TEST(Generate, SmallValidatesWithNoErrorsAndRoundTrips) {
    const Generated g = small();
    EXPECT_EQ(errorsOf(g.document), "");
    const std::string bytes = sc::saveDocument(g.document);
    const sc::LoadResult loaded = sc::loadDocument(bytes);
    ASSERT_TRUE(loaded.ok) << loaded.error;
    EXPECT_FALSE(sc::hasErrors(loaded.findings));
    EXPECT_EQ(sc::saveDocument(loaded.document), bytes);
}

TEST(Generate, EnterpriseHasTheIssuesSizes) {
    const auto sizes = *sc::generate::presetSizes("enterprise");
    EXPECT_EQ(sizes.deals, 1000000u);
    EXPECT_EQ(sizes.registrations, 200000u);
    // Everything at full size but the two big tables, which only repeat the same rows.
    auto trimmed = sizes;
    trimmed.deals = 5000;
    trimmed.registrations = 2000;
    const Generated g = sc::generate::generateDocument(trimmed, 3, "Enterprise");
    const sc::Document& doc = g.document;
    EXPECT_EQ(doc.segments.size(), 50u);
    EXPECT_EQ(doc.promises.size(), 200u);
    EXPECT_EQ(doc.channels.size(), 40u);
    EXPECT_EQ(doc.pairs.size(), 400u);
    EXPECT_EQ(doc.partners.size(), 1000u);
    EXPECT_EQ(doc.deals.size(), 5000u);
    EXPECT_EQ(doc.dealRegistrations.size(), 2000u);
    std::set<std::string> periods;
    for (const auto& k : doc.kpiRecords) periods.insert(k.period);
    EXPECT_EQ(periods.size(), 36u);
    EXPECT_EQ(*periods.rbegin(), sc::generate::kLastPeriod);
    EXPECT_EQ(errorsOf(doc), "");
    EXPECT_EQ(g.planted.mismatchedPromises.size(), 50u);
}

TEST(Generate, ScoreFindsExactlyThePlantedMismatches) {
    const Generated g = small();
    std::set<std::string> contradicted;
    for (const auto& d : sc::engine::detectMismatches(g.document).mismatches)
        contradicted.insert(d.promiseId);
    ASSERT_FALSE(g.planted.mismatchedPromises.empty());
    EXPECT_EQ(contradicted, asSet(g.planted.mismatchedPromises));
}

TEST(Generate, AuditsFindEveryPlantedViolation) {
    const Generated g = small();
    const auto findings = sc::partners::collectAuditFindings(g.document, "2026-11-24");
    const auto& p = g.planted;
    for (const auto* list : {&p.dealsOverBand, &p.dealsUnderFloor, &p.dealsUnapproved, &p.outsideTerritory,
                             &p.lateReports, &p.missingReports, &p.unansweredFeedback, &p.misfitIncidents,
                             &p.outdatedCopy, &p.forbiddenCopy, &p.conflictAccounts})
        EXPECT_FALSE(list->empty()) << "the small preset must exercise every audit";
    // Pricing: the planted deals and no other.
    std::set<std::string> mispriced = asSet(p.dealsOverBand);
    mispriced.merge(asSet(p.dealsUnderFloor));
    mispriced.merge(asSet(p.dealsUnapproved));
    EXPECT_EQ(subjects(findings, "pricing"), mispriced);
    const auto reports = subjects(findings, "reporting");
    for (const auto& id : p.lateReports) EXPECT_TRUE(reports.count(id)) << id;
    for (const auto& id : p.missingReports) EXPECT_TRUE(reports.count(id)) << id;
    const auto outside = subjects(findings, "conflicts", "outside_territory");
    EXPECT_EQ(outside, asSet(p.outsideTerritory));
    EXPECT_EQ(subjects(findings, "conflicts", "same_account").size(), p.conflictAccounts.size());
    EXPECT_EQ(subjects(findings, "feedback"), asSet(p.unansweredFeedback));
    EXPECT_EQ(subjects(findings, "incidents"), asSet(p.misfitIncidents));
    EXPECT_EQ(subjects(findings, "materials"), asSet(p.outdatedCopy));
    EXPECT_EQ(subjects(findings, "copy"), asSet(p.forbiddenCopy));
}

}  // namespace
