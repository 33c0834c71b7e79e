// The workflow functions over the shipped sample scorecards and through the file format: the
// edits produce documents that save, reload and validate cleanly, and the samples' A/B tests
// and verifications read as their stories say (seed 002's guided-setup landing page test).
#include <gtest/gtest.h>

#include "format/document_io.h"
#include "test_util.h"
#include "validation/validate.h"
#include "workflow/decisions.h"
#include "workflow/experiments.h"
#include "workflow/number_text.h"
#include "workflow/readiness.h"
#include "workflow/verification.h"

using namespace sc;

namespace {

const char* const kSamples[] = {"saas-self-serve", "premium-skincare-marketplace", "sustainable-retail",
                                "enterprise-subscription-resellers", "partner-program"};

using test::loadSample;

}  // namespace

TEST(workflow_samples_test, number_text_formats) {
    EXPECT_EQ(percentText(0.075), "7.5%");
    EXPECT_EQ(pointsText(0.025), "+2.5 points");
    EXPECT_EQ(pointsText(-0.01), "-1.0 points");
    EXPECT_EQ(pStatementText(0.0209), "p = 0.021");
    EXPECT_EQ(pStatementText(0.0004), "p < 0.001");
    EXPECT_EQ(fixedText(-0.0001, 2), "0.00");
}

TEST(workflow_samples_test, every_sample_experiment_and_verification_reads) {
    for (const char* name : kSamples) {
        const Document doc = loadSample(name);
        for (const auto& e : doc.experiments) {
            const auto v = evaluateExperiment(e, "2026-11-24");
            EXPECT_NE(v.status, "invalid") << name << " " << e.id << ": " << v.message;
            EXPECT_FALSE(v.summary.empty());
        }
        for (const auto& ver : doc.verifications) {
            const auto r = evaluateVerification(doc, ver, "2026-11-24");
            EXPECT_FALSE(r.status.empty()) << name << " " << ver.id;
            EXPECT_FALSE(r.message.empty());
        }
        for (const auto& t : tradeoffImpact(doc))
            EXPECT_FALSE(t.rationale.empty()) << name << " " << t.mismatchId;
        EXPECT_GE(assessReadiness(doc).customers, 0) << name;
    }
}

TEST(workflow_samples_test, saas_guided_setup_page_beats_the_original) {
    const Document doc = loadSample("saas-self-serve");
    ASSERT_FALSE(doc.experiments.empty());
    const auto v = evaluateExperiment(doc.experiments[0], "2026-11-24");
    EXPECT_EQ(v.status, "ready");
    EXPECT_EQ(v.verdict, "variant_better");
    EXPECT_GT(v.test.absoluteLift, 0);
    EXPECT_LT(v.test.pValue, 0.05);
}

TEST(workflow_samples_test, workflow_edits_save_reload_and_validate) {
    Document doc = loadSample("saas-self-serve");
    // a manual mismatch on the first promise and channel, fixed end to end
    Mismatch m;
    m.id = "mm-workflow-test";
    m.name = "Workflow test";
    m.origin = "manual";
    m.promiseId = doc.promises.at(0).id;
    m.channelId = doc.channels.at(0).id;
    m.explanation = "added by the workflow test";
    doc.mismatches.push_back(m);
    auto e = decideFix(doc, m.id, "both", "", "Ana", "2026-11-24");
    ASSERT_TRUE(e.ok) << e.error;
    ASSERT_FALSE(e.document.decisions.back().checklist.empty());
    const std::vector<ChecklistItem> items = e.document.decisions.back().checklist;
    for (const auto& item : items) {
        e = checkItem(e.document, "dec-mm-workflow-test", item.id, true, "2026-11-25");
        ASSERT_TRUE(e.ok) << e.error;
    }
    e = markImplemented(e.document, "dec-mm-workflow-test", "2026-11-26");
    ASSERT_TRUE(e.ok) << e.error;

    const std::string saved = saveDocument(e.document);
    const auto reloaded = loadDocument(saved);
    ASSERT_TRUE(reloaded.ok) << reloaded.error;
    // The sample's own decision 0 is implemented with two touchpoints still open (issue 13.2:
    // validation warns about exactly that); the workflow edits add no finding of their own.
    for (const auto& f : reloaded.findings)
        if (f.pointer != "/decisions/0/checklist/1")
            ADD_FAILURE() << severityName(f.severity) << " " << f.pointer << ": " << f.message;
    EXPECT_EQ(saveDocument(reloaded.document), saved);
    const Decision* d = findById(reloaded.document.decisions, "dec-mm-workflow-test");
    ASSERT_NE(d, nullptr);
    EXPECT_EQ(d->implementedOn, "2026-11-26");
    EXPECT_TRUE(isDecisionComplete(*d));
}
