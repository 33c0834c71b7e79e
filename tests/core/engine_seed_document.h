// All six seed 002 examples in one document, one product–channel pair each, with volumes, so
// they can be ranked against each other and scored end to end. tests/data/engine/
// seed002_examples.scorecard.json is this document saved (a test keeps the two identical).
#pragma once

#include "engine_fixtures.h"

namespace fx {

inline sc::Document seedExamplesDocument() {
    auto doc = document();
    doc.info.title = "Seed 002 examples";
    doc.info.created = doc.info.updated = "2026-11-24T00:00:00Z";
    doc.readiness.customers = 400;
    doc = withLeadToCustomer(std::move(doc));
    auto add = [&](const std::string& n, const std::string& promiseName, sc::LevelMap pl,
                   const std::string& channelName, sc::LevelMap cl, std::int64_t leads, std::int64_t revenue,
                   std::int64_t complaints, std::int64_t share,
                   std::vector<sc::FunnelStage> funnel) -> sc::ProductChannelPair& {
        doc.promises.push_back(promise("p_" + n, promiseName, std::move(pl)));
        doc.channels.push_back(channel("c_" + n, channelName, std::move(cl)));
        auto p = pair("pair_" + n, "c_" + n, {"p_" + n}, leads, revenue);
        p.name = promiseName + " via " + channelName;
        p.complaints = complaints;
        p.targetAudienceShareBp = share;
        p.funnel = std::move(funnel);
        doc.pairs.push_back(p);
        return doc.pairs.back();
    };
    // 1. "try it now" vs "talk to a rep first": the biggest pair, right audience, drops at engage.
    add("self_serve", "Try it now", levels({{"buying_motion", "self_serve"}, {"access", "instant"}}),
        "Enterprise sales", levels({{"buying_motion", "sales_led"}, {"access", "demo_gated"}}), 3000, 6000000,
        40, 8000, {stage("s1_engage", "engage", 3000, 240, 3000, "instant access", "demo required")});
    // 2. premium skincare in a discount retailer: wrong audience, converts normally.
    add("premium", "Exclusive skincare, personally advised",
        levels({{"price_positioning", "premium"},
                {"service_level", "personal_consultation"},
                {"curation", "exclusive"}}),
        "Mass discount retailer",
        levels({{"price_positioning", "discount"}, {"service_level", "none"}, {"curation", "open"}}), 1500,
        1500000, 20, 2500, {stage("s2_convert", "convert", 1500, 135, 1000)});
    // 3. retail: "no trial, no consultation".
    add("retail", "Try it at home, talk to our advisor",
        levels(
            {{"access", "trial"}, {"service_level", "personal_consultation"}, {"buying_motion", "assisted"}}),
        "Retail partner",
        levels({{"access", "instant"}, {"service_level", "none"}, {"buying_motion", "self_serve"}}), 500,
        800000, 60, 0, {});
    // 4. affiliate click → trial → upgrade call; 30-day cookie vs 45-day cycle.
    auto& aff = add(
        "affiliate", "Upgrade in one click", levels({{"buying_motion", "self_serve"}, {"access", "trial"}}),
        "Affiliate blog", levels({{"buying_motion", "assisted"}, {"access", "trial"}}), 1000, 400000, 10,
        7000, {stage("s4_trial", "engage", 1000, 400, 3500), stage("s4_paid", "convert", 400, 12, 1200)});
    (void)aff;
    doc.promises.back().levels["decision_window_days"] = sc::LevelValue{"", 45.0};
    sc::ChannelConstraint cookie;
    cookie.id = "cookie";
    cookie.name = "Cookie window";
    cookie.kind = "cookie_window";
    cookie.dimensionId = "decision_window_days";
    cookie.value = 30;
    cookie.unit = "days";
    doc.channels.back().constraints.push_back(cookie);
    // 5. subscription sold by a one-time reseller network.
    auto& var =
        add("subscription", "Always up to date: subscribe", levels({{"purchase_model", "subscription"}}),
            "VAR network", levels({{"purchase_model", "one_time"}}), 200, 1000000, 5, 9000, {});
    var.customers = 6;
    // 6. free channel that attracts another audience.
    add("free", "Built for small design teams",
        levels({{"customer_size", "smb"}, {"price_positioning", "mid"}}), "Free community",
        levels({{"customer_size", "consumer"}, {"price_positioning", "discount"}}), 3800, 300000, 65, 2000,
        {stage("s6_convert", "convert", 5000, 75, 500)});
    doc.channels.back().free = true;
    return doc;
}

}  // namespace fx
