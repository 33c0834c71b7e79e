// Dismiss and reopen: the workshop's "not a real problem, because …" is a pure edit that needs
// a reason, keeps the rest of the document, and survives a recompute.
#include <gtest/gtest.h>

#include "engine/recompute.h"
#include "engine/score_report.h"
#include "engine/triage.h"
#include "engine_fixtures.h"

using namespace sc::engine;

namespace {

const char* kCreated = "2026-11-20T00:00:00Z";
const char* kTriageNow = "2026-11-24T10:15:00Z";

// The same document with its mismatches stored, as a saved file has them.
sc::Document storedDoc() { return recomputeMismatches(fx::gatedDocument(), kCreated); }

const sc::Mismatch& byId(const sc::Document& d, const std::string& id) {
    for (const auto& m : d.mismatches)
        if (m.id == id) return m;
    throw std::runtime_error("no mismatch " + id);
}

}  // namespace

TEST(engine_triage_test, dismiss_sets_status_reason_and_updated_only_on_that_mismatch) {
    const auto doc = storedDoc();
    ASSERT_EQ(doc.mismatches.size(), 2u);
    const std::string id = doc.mismatches[0].id;
    const auto edit = dismissMismatch(doc, id, "  only for >50 seats, by design \n", kTriageNow);
    ASSERT_TRUE(edit.ok) << edit.error;
    EXPECT_EQ(edit.id, id);
    const auto& m = byId(edit.document, id);
    EXPECT_EQ(m.status, "dismissed");
    EXPECT_EQ(m.dismissedReason, "only for >50 seats, by design");  // trimmed
    EXPECT_EQ(m.updated, kTriageNow);
    EXPECT_EQ(m.created, kCreated);
    // The other mismatch and the input document are unchanged.
    EXPECT_EQ(edit.document.mismatches[1].status, "open");
    EXPECT_EQ(edit.document.mismatches[1].updated, kCreated);
    EXPECT_EQ(byId(doc, id).status, "open");
}

TEST(engine_triage_test, dismiss_refuses_a_blank_reason) {
    const auto doc = storedDoc();
    for (const char* reason : {"", "   ", "\t\n"}) {
        const auto edit = dismissMismatch(doc, doc.mismatches[0].id, reason, kTriageNow);
        EXPECT_FALSE(edit.ok) << "reason '" << reason << "'";
        EXPECT_NE(edit.error.find("reason"), std::string::npos) << edit.error;
        EXPECT_EQ(edit.document.mismatches[0].status, "open");
    }
}

TEST(engine_triage_test, dismiss_and_reopen_refuse_an_unknown_id) {
    const auto doc = storedDoc();
    const auto dismissed = dismissMismatch(doc, "mm-nope", "because", kTriageNow);
    EXPECT_FALSE(dismissed.ok);
    EXPECT_NE(dismissed.error.find("mm-nope"), std::string::npos) << dismissed.error;
    EXPECT_EQ(dismissed.document.mismatches.size(), doc.mismatches.size());
    const auto reopened = reopenMismatch(doc, "mm-nope", kTriageNow);
    EXPECT_FALSE(reopened.ok);
    EXPECT_NE(reopened.error.find("mm-nope"), std::string::npos) << reopened.error;
}

TEST(engine_triage_test, dismiss_and_reopen_refuse_a_bad_timestamp) {
    const auto doc = storedDoc();
    for (const char* now : {"", "2026-11-24", "2026-02-30T00:00:00Z", "yesterday"}) {
        EXPECT_FALSE(dismissMismatch(doc, doc.mismatches[0].id, "because", now).ok) << now;
        EXPECT_FALSE(reopenMismatch(doc, doc.mismatches[0].id, now).ok) << now;
    }
}

TEST(engine_triage_test, only_open_mismatches_are_dismissed_and_only_dismissed_ones_reopened) {
    auto doc = storedDoc();
    doc.mismatches[0].status = "fixing";
    const auto fixing = dismissMismatch(doc, doc.mismatches[0].id, "because", kTriageNow);
    EXPECT_FALSE(fixing.ok);
    EXPECT_NE(fixing.error.find("fixing"), std::string::npos) << fixing.error;
    const auto openOne = reopenMismatch(doc, doc.mismatches[1].id, kTriageNow);
    EXPECT_FALSE(openOne.ok);
    EXPECT_NE(openOne.error.find("not dismissed"), std::string::npos) << openOne.error;
    const auto twice =
        dismissMismatch(dismissMismatch(storedDoc(), doc.mismatches[1].id, "a", kTriageNow).document,
                        doc.mismatches[1].id, "b", kTriageNow);
    EXPECT_FALSE(twice.ok);
}

TEST(engine_triage_test, reopen_clears_the_reason_and_updates_the_timestamp) {
    const auto doc = storedDoc();
    const std::string id = doc.mismatches[1].id;
    const auto dismissed = dismissMismatch(doc, id, "checked with sales", kTriageNow);
    ASSERT_TRUE(dismissed.ok) << dismissed.error;
    const char* later = "2026-11-25T08:00:00Z";
    const auto reopened = reopenMismatch(dismissed.document, id, later);
    ASSERT_TRUE(reopened.ok) << reopened.error;
    const auto& m = byId(reopened.document, id);
    EXPECT_EQ(m.status, "open");
    EXPECT_EQ(m.dismissedReason, "");
    EXPECT_EQ(m.updated, later);
}

TEST(engine_triage_test,
     dismissing_a_mismatch_only_detected_in_memory_stores_it_and_keeps_it_across_recomputes) {
    const auto doc = fx::gatedDocument();  // no stored mismatches: the report recomputes them in memory
    ASSERT_TRUE(doc.mismatches.empty());
    const auto report = buildScoreReport(doc, "2026-11-24");
    ASSERT_EQ(report.mismatches.size(), 2u);
    const std::string id = report.mismatches[0].mismatch.id;

    const auto edit = dismissMismatch(doc, id, "by design", kTriageNow);
    ASSERT_TRUE(edit.ok) << edit.error;
    ASSERT_EQ(edit.document.mismatches.size(), 2u);
    EXPECT_EQ(byId(edit.document, id).status, "dismissed");

    const auto again = buildScoreReport(edit.document, "2026-11-30");
    for (const auto& r : again.mismatches)
        if (r.mismatch.id == id) {
            EXPECT_EQ(r.mismatch.status, "dismissed");
            EXPECT_EQ(r.mismatch.dismissedReason, "by design");
            EXPECT_FALSE(r.active);
        }
    EXPECT_TRUE(again.mismatches[0].active);  // the open one now ranks first
    EXPECT_NE(again.mismatches[0].mismatch.id, id);
}

TEST(engine_triage_test, a_reason_must_say_something) {
    EXPECT_FALSE(isDismissReason(""));
    EXPECT_FALSE(isDismissReason(" \t\r\n"));
    EXPECT_TRUE(isDismissReason("x"));
    EXPECT_TRUE(isDismissReason("  only for >50 seats "));
}

TEST(engine_triage_test, which_statuses_each_action_applies_to) {
    sc::Mismatch m;
    for (const char* status : {"open", "dismissed", "accepted", "fixing", "fixed", "verified"}) {
        m.status = status;
        EXPECT_EQ(canDismiss(m), m.status == "open") << status;
        EXPECT_EQ(canReopen(m), m.status == "dismissed") << status;
    }
}
