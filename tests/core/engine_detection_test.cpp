// Detection rules: what is compared with what, ordered distance and numeric comparisons,
// tolerance, weight → severity, and the edge cases (nothing in common, equal, unknown level).
#include <gtest/gtest.h>

#include "engine/detection.h"
#include "engine_fixtures.h"

using namespace sc::engine;

namespace {

bool anyNoteContains(const DetectionResult& r, const std::string& text) {
    for (const auto& n : r.notes)
        if (n.find(text) != std::string::npos) return true;
    return false;
}

sc::Document onePair(sc::LevelMap promiseLevels, sc::LevelMap channelLevels) {
    auto doc = fx::document();
    doc.promises.push_back(fx::promise("p", "Promise", std::move(promiseLevels)));
    doc.channels.push_back(fx::channel("c", "Channel", std::move(channelLevels)));
    doc.pairs.push_back(fx::pair("pr", "c", {"p"}));
    return doc;
}

}  // namespace

TEST(engine_detection_test, no_dimension_in_common_gives_no_mismatch_and_a_note) {
    auto doc = onePair(fx::levels({{"buying_motion", "self_serve"}}), fx::levels({{"access", "demo_gated"}}));
    auto r = detectMismatches(doc);
    EXPECT_TRUE(r.mismatches.empty());
    EXPECT_TRUE(anyNoteContains(r, "no dimension in common"));
    ASSERT_EQ(r.comparisons.size(), 1u);
    EXPECT_TRUE(r.comparisons[0].dimensionIds.empty());
}

TEST(engine_detection_test, equal_levels_give_no_mismatch_but_count_as_compared) {
    auto doc =
        onePair(fx::levels({{"buying_motion", "assisted"}}), fx::levels({{"buying_motion", "assisted"}}));
    auto r = detectMismatches(doc);
    EXPECT_TRUE(r.mismatches.empty());
    ASSERT_EQ(r.comparisons.size(), 1u);
    EXPECT_EQ(r.comparisons[0].dimensionIds, std::vector<std::string>{"buying_motion"});
}

TEST(engine_detection_test, unknown_level_is_skipped_with_a_note) {
    auto doc = onePair(fx::levels({{"buying_motion", "telepathy"}, {"access", "instant"}}),
                       fx::levels({{"buying_motion", "sales_led"}, {"access", "demo_gated"}}));
    auto r = detectMismatches(doc);
    ASSERT_EQ(r.mismatches.size(), 1u);
    EXPECT_EQ(r.mismatches[0].dimensionId, "access");
    EXPECT_TRUE(anyNoteContains(r, "unknown level 'telepathy'"));
}

TEST(engine_detection_test, dimension_unknown_to_the_document_is_ignored) {
    auto doc = onePair(fx::levels({{"vibes", "good"}}), fx::levels({{"vibes", "bad"}}));
    EXPECT_TRUE(detectMismatches(doc).mismatches.empty());
}

TEST(engine_detection_test, tolerance_allows_steps_apart) {
    auto doc =
        onePair(fx::levels({{"buying_motion", "self_serve"}}), fx::levels({{"buying_motion", "assisted"}}));
    EXPECT_EQ(detectMismatches(doc).mismatches.size(), 1u);
    doc.dimensions[0].tolerance = 1;  // buying_motion
    EXPECT_TRUE(detectMismatches(doc).mismatches.empty());
    doc.channels[0].levels["buying_motion"].level = "sales_led";
    auto r = detectMismatches(doc);
    ASSERT_EQ(r.mismatches.size(), 1u);
    // 2 apart, 1 tolerated: 1 beyond out of 2 → 0.5 → high, and the explanation says so.
    EXPECT_EQ(r.mismatches[0].severity, "high");
    EXPECT_NE(r.mismatches[0].explanation.find("(tolerance 1)"), std::string::npos);
}

TEST(engine_detection_test, dimension_weight_scales_severity) {
    auto doc =
        onePair(fx::levels({{"buying_motion", "self_serve"}}), fx::levels({{"buying_motion", "sales_led"}}));
    EXPECT_EQ(detectMismatches(doc).mismatches[0].severity, "critical");
    doc.dimensions[0].weight = 50;  // 1.0 × 50% = 0.5
    EXPECT_EQ(detectMismatches(doc).mismatches[0].severity, "high");
    doc.dimensions[0].weight = 20;  // 0.2
    EXPECT_EQ(detectMismatches(doc).mismatches[0].severity, "low");
}

TEST(engine_detection_test, severity_bands_have_documented_edges) {
    EXPECT_EQ(severityForScore(0.24), "low");
    EXPECT_EQ(severityForScore(0.25), "medium");
    EXPECT_EQ(severityForScore(0.49), "medium");
    EXPECT_EQ(severityForScore(0.5), "high");
    EXPECT_EQ(severityForScore(0.74), "high");
    EXPECT_EQ(severityForScore(0.75), "critical");
}

TEST(engine_detection_test, channel_at_least_respects_tolerance) {
    auto doc = fx::document();
    auto p = fx::promise("p", "P", {});
    p.levels["decision_window_days"] = sc::LevelValue{"", 45.0};
    doc.promises.push_back(p);
    auto c = fx::channel("c", "C", {});
    c.levels["decision_window_days"] = sc::LevelValue{"", 40.0};
    doc.channels.push_back(c);
    auto r = detectMismatches(doc);  // no pairs: every promise × every channel
    ASSERT_EQ(r.mismatches.size(), 1u);
    EXPECT_EQ(r.mismatches[0].pairId, "");
    EXPECT_EQ(r.mismatches[0].key, "p|c||decision_window_days");
    EXPECT_EQ(r.mismatches[0].severity, "low");  // 5/45 = 0.11
    for (auto& d : doc.dimensions)
        if (d.id == "decision_window_days") d.tolerance = 5;
    EXPECT_TRUE(detectMismatches(doc).mismatches.empty());  // 40 >= 45 − 5
    doc.channels[0].levels["decision_window_days"].number = 60;
    EXPECT_TRUE(detectMismatches(doc).mismatches.empty());  // longer is fine for "at least"
}

TEST(engine_detection_test, channel_at_most_and_equal_comparisons) {
    auto doc = fx::document();
    auto p = fx::promise("p", "Next-day delivery", {});
    p.levels["delivery_days"] = sc::LevelValue{"", 1.0};
    doc.promises.push_back(p);
    auto c = fx::channel("c", "Marketplace sellers", {});
    c.levels["delivery_days"] = sc::LevelValue{"", 5.0};
    doc.channels.push_back(c);
    auto r = detectMismatches(doc);
    ASSERT_EQ(r.mismatches.size(), 1u);
    EXPECT_EQ(r.mismatches[0].explanation,
              "Promise 'Next-day delivery' (1 day) vs channel 'Marketplace sellers' (5 days): channel is 4 "
              "days over on "
              "delivery time (allows at most 1 day)");
    EXPECT_EQ(r.mismatches[0].severity, "critical");  // 4 over a 1-day promise: capped at 1
    doc.channels[0].levels["delivery_days"].number = 0.5;
    EXPECT_TRUE(detectMismatches(doc).mismatches.empty());  // faster than promised is fine
    for (auto& d : doc.dimensions)
        if (d.id == "delivery_days") d.comparison = "equal";
    EXPECT_EQ(detectMismatches(doc).mismatches.size(), 1u);  // 0.5 apart, equal wants the same
}

TEST(engine_detection_test, numeric_dimension_with_a_side_missing_its_number_is_skipped) {
    auto doc = fx::document();
    auto p = fx::promise("p", "P", {});
    p.levels["decision_window_days"] = sc::LevelValue{"", std::nullopt};
    doc.promises.push_back(p);
    auto c = fx::channel("c", "C", {});
    c.levels["decision_window_days"] = sc::LevelValue{"", 10.0};
    doc.channels.push_back(c);
    auto r = detectMismatches(doc);
    EXPECT_TRUE(r.mismatches.empty());
    EXPECT_TRUE(anyNoteContains(r, "has no number"));
}

TEST(engine_detection_test, pair_compares_only_its_promises_and_its_channel) {
    auto doc = fx::document();
    doc.promises.push_back(fx::promise("p1", "One", fx::levels({{"access", "instant"}})));
    doc.promises.push_back(fx::promise("p2", "Two", fx::levels({{"access", "instant"}})));
    doc.channels.push_back(fx::channel("c1", "Gated", fx::levels({{"access", "demo_gated"}})));
    doc.channels.push_back(fx::channel("c2", "Also gated", fx::levels({{"access", "demo_gated"}})));
    doc.pairs.push_back(fx::pair("pr", "c1", {"p2"}));
    auto r = detectMismatches(doc);
    // Pair pr: p2 × c1. Channel c2 is in no pair: compared with every promise, pair "".
    std::vector<std::string> keys;
    for (const auto& m : r.mismatches) keys.push_back(m.key);
    EXPECT_EQ(keys, (std::vector<std::string>{"p2|c1|pr|access", "p1|c2||access", "p2|c2||access"}));
}

TEST(engine_detection_test, pair_without_promise_ids_takes_its_segment_promises) {
    auto doc = fx::document();
    doc.promises.push_back(fx::promise("p1", "Ours", fx::levels({{"access", "instant"}}), "seg"));
    doc.promises.push_back(fx::promise("p2", "Other segment", fx::levels({{"access", "instant"}}), "other"));
    doc.channels.push_back(fx::channel("c1", "Gated", fx::levels({{"access", "demo_gated"}})));
    doc.pairs.push_back(fx::pair("pr", "c1", {}));
    auto r = detectMismatches(doc);
    ASSERT_EQ(r.mismatches.size(), 1u);
    EXPECT_EQ(r.mismatches[0].promiseId, "p1");
}

TEST(engine_detection_test, channel_constraint_supplies_the_numeric_value) {
    auto doc = fx::document();
    auto p = fx::promise("p", "P", {});
    p.levels["decision_window_days"] = sc::LevelValue{"", 60.0};
    doc.promises.push_back(p);
    auto c = fx::channel("c", "Affiliates", {});
    sc::ChannelConstraint k;
    k.id = "k";
    k.dimensionId = "decision_window_days";
    k.value = 30;
    c.constraints.push_back(k);
    doc.channels.push_back(c);
    auto r = detectMismatches(doc);
    ASSERT_EQ(r.mismatches.size(), 1u);
    EXPECT_EQ(r.mismatches[0].severity, "high");  // 30 short of 60 = 0.5
    EXPECT_DOUBLE_EQ(r.mismatches[0].relativeGap, 0.5);
}

TEST(engine_detection_test, detection_is_deterministic) {
    auto doc = onePair(fx::levels({{"buying_motion", "self_serve"}, {"access", "instant"}}),
                       fx::levels({{"buying_motion", "sales_led"}, {"access", "trial"}}));
    auto a = detectMismatches(doc);
    auto b = detectMismatches(doc);
    ASSERT_EQ(a.mismatches.size(), b.mismatches.size());
    for (std::size_t i = 0; i < a.mismatches.size(); ++i) {
        EXPECT_EQ(a.mismatches[i].key, b.mismatches[i].key);
        EXPECT_EQ(a.mismatches[i].explanation, b.mismatches[i].explanation);
    }
}
