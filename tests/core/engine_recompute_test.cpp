// Recompute never loses a user's decision, note or dismissal: the workshop's work survives
// every edit of the maps.
#include <gtest/gtest.h>

#include "engine/recompute.h"
#include "engine_fixtures.h"

using namespace sc::engine;

namespace {

const char* kNow = "2026-11-24T00:00:00Z";
const char* kLater = "2026-12-01T00:00:00Z";

const sc::Mismatch* byKey(const sc::Document& d, const std::string& key) {
    for (const auto& m : d.mismatches)
        if (m.key == key) return &m;
    return nullptr;
}

sc::Mismatch manual() {
    sc::Mismatch m;
    m.id = "manual-1";
    m.name = "Partner deck still says 'call us'";
    m.origin = "manual";
    m.channelId = "c";
    m.severity = "low";
    m.notes = "seen in the Q3 deck";
    return m;
}

}  // namespace

TEST(engine_recompute_test, new_detections_get_deterministic_ids_and_timestamps) {
    auto a = recomputeMismatches(fx::gatedDocument(), kNow);
    auto b = recomputeMismatches(fx::gatedDocument(), kNow);
    ASSERT_EQ(a.mismatches.size(), 2u);
    for (std::size_t i = 0; i < 2; ++i) {
        EXPECT_EQ(a.mismatches[i].id, b.mismatches[i].id);
        EXPECT_EQ(a.mismatches[i].id, mismatchIdForKey(a.mismatches[i].key));
        EXPECT_EQ(a.mismatches[i].origin, "detected");
        EXPECT_EQ(a.mismatches[i].status, "open");
        EXPECT_EQ(a.mismatches[i].created, kNow);
    }
    EXPECT_EQ(a.mismatches[0].name, "Buying motion: Try it now vs Sales");
    EXPECT_NE(a.mismatches[0].id, a.mismatches[1].id);
    EXPECT_EQ(mismatchIdForKey("x").size(), 11u);  // "mm-" + 8 hex
}

TEST(engine_recompute_test, recompute_is_idempotent) {
    auto once = recomputeMismatches(fx::gatedDocument(), kNow);
    auto twice = recomputeMismatches(once, kLater);
    ASSERT_EQ(once.mismatches.size(), twice.mismatches.size());
    for (std::size_t i = 0; i < once.mismatches.size(); ++i) {
        EXPECT_EQ(once.mismatches[i].id, twice.mismatches[i].id);
        EXPECT_EQ(twice.mismatches[i].updated, kNow);  // nothing changed: not touched
    }
}

TEST(engine_recompute_test, keeps_dismissal_notes_and_estimates_of_a_still_detected_mismatch) {
    auto d = recomputeMismatches(fx::gatedDocument(), kNow);
    auto& m = d.mismatches[0];
    std::string key = m.key, id = m.id;
    m.status = "dismissed";
    m.dismissedReason = "sales call is only for >50 seats";
    m.notes = "checked with sales lead";
    m.confidenceBp = 6000;
    m.effort = 5;
    m.leadsAffectedBp = 1200;
    m.severity = "low";  // stale engine fields are refreshed...
    m.explanation = "old text";
    auto again = recomputeMismatches(d, kLater);
    const auto* k = byKey(again, key);
    ASSERT_NE(k, nullptr);
    EXPECT_EQ(k->id, id);
    EXPECT_EQ(k->status, "dismissed");
    EXPECT_EQ(k->dismissedReason, "sales call is only for >50 seats");
    EXPECT_EQ(k->notes, "checked with sales lead");
    EXPECT_EQ(k->confidenceBp, 6000);
    EXPECT_EQ(k->effort, 5);
    EXPECT_EQ(k->leadsAffectedBp, 1200);
    EXPECT_EQ(k->severity, "critical");  // ...from the maps
    EXPECT_EQ(k->explanation.rfind("Promise 'Try it now'", 0), 0u);
    EXPECT_EQ(k->updated, kLater);
}

TEST(engine_recompute_test, manual_mismatches_are_untouched) {
    auto doc = fx::gatedDocument();
    doc.mismatches.push_back(manual());
    auto d = recomputeMismatches(doc, kNow);
    ASSERT_EQ(d.mismatches.size(), 3u);
    EXPECT_EQ(d.mismatches[0].id, "manual-1");
    EXPECT_EQ(d.mismatches[0].severity, "low");
    EXPECT_EQ(d.mismatches[0].notes, "seen in the Q3 deck");
    // Even when the maps no longer show anything, a manual mismatch stays.
    d.channels[0].levels = d.promises[0].levels;
    auto aligned = recomputeMismatches(d, kLater);
    ASSERT_EQ(aligned.mismatches.size(), 1u);
    EXPECT_EQ(aligned.mismatches[0].id, "manual-1");
}

TEST(engine_recompute_test, untouched_mismatch_that_no_longer_occurs_is_removed) {
    auto d = recomputeMismatches(fx::gatedDocument(), kNow);
    d.channels[0].levels["access"].level = "instant";  // channel now grants instant access
    auto again = recomputeMismatches(d, kLater);
    ASSERT_EQ(again.mismatches.size(), 1u);
    EXPECT_EQ(again.mismatches[0].dimensionId, "buying_motion");
}

TEST(engine_recompute_test, dismissed_or_decided_mismatch_that_no_longer_occurs_is_kept_and_marked) {
    auto d = recomputeMismatches(fx::gatedDocument(), kNow);
    const std::string accessKey = "p|c|pr|access", motionKey = "p|c|pr|buying_motion";
    sc::Mismatch* access = nullptr;
    for (auto& m : d.mismatches)
        if (m.key == accessKey) access = &m;
    ASSERT_NE(access, nullptr);
    access->status = "dismissed";
    access->dismissedReason = "trade-off";
    sc::Decision dec;
    dec.id = "dec-1";
    dec.mismatchId = byKey(d, motionKey)->id;  // a decision alone (status still open) counts as touched
    dec.kind = "change_message";
    d.decisions.push_back(dec);
    d.channels[0].levels = d.promises[0].levels;  // everything aligned now
    auto again = recomputeMismatches(d, kLater);
    ASSERT_EQ(again.mismatches.size(), 2u);
    const auto* kept = byKey(again, accessKey);
    ASSERT_NE(kept, nullptr);
    EXPECT_EQ(kept->status, "dismissed");
    EXPECT_EQ(kept->dismissedReason, "trade-off");
    EXPECT_EQ(kept->explanation.rfind(kNoLongerDetected, 0), 0u);
    EXPECT_NE(byKey(again, motionKey), nullptr);
    // A second recompute does not stack the marker.
    auto third = recomputeMismatches(again, kLater);
    EXPECT_EQ(byKey(third, accessKey)->explanation, kept->explanation);
    // When the mismatch comes back, the marker goes and the status stays.
    third.channels[0].levels["access"].level = "demo_gated";
    auto back = recomputeMismatches(third, kLater);
    EXPECT_EQ(byKey(back, accessKey)->explanation.find(kNoLongerDetected), std::string::npos);
    EXPECT_EQ(byKey(back, accessKey)->status, "dismissed");
}

TEST(engine_recompute_test, new_id_avoids_an_id_already_taken) {
    auto doc = fx::gatedDocument();
    auto fresh = recomputeMismatches(doc, kNow);
    sc::Mismatch squatter = manual();
    squatter.id = fresh.mismatches[0].id;  // a manual mismatch happens to hold that id
    doc.mismatches.push_back(squatter);
    auto d = recomputeMismatches(doc, kNow);
    ASSERT_EQ(d.mismatches.size(), 3u);
    EXPECT_EQ(d.mismatches[1].id, squatter.id + "-2");
}

TEST(engine_recompute_test, touched_by_user_covers_every_user_field) {
    sc::Document doc;
    sc::Mismatch m;
    m.id = "x";
    EXPECT_FALSE(touchedByUser(doc, m));
    auto t = m;
    t.notes = "n";
    EXPECT_TRUE(touchedByUser(doc, t));
    t = m;
    t.status = "fixing";
    EXPECT_TRUE(touchedByUser(doc, t));
    t = m;
    t.confidenceBp = 5000;
    EXPECT_TRUE(touchedByUser(doc, t));
    t = m;
    t.effort = 1;
    EXPECT_TRUE(touchedByUser(doc, t));
    t = m;
    t.leadsAffectedBp = 0;
    EXPECT_TRUE(touchedByUser(doc, t));
    sc::Experiment e;
    e.id = "e";
    e.mismatchId = "x";
    doc.experiments.push_back(e);
    EXPECT_TRUE(touchedByUser(doc, m));
}
