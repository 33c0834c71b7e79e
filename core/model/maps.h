// Section 1 of the document: the marketing promise map, the distribution map, the shared
// vocabulary (dimensions) they are both described on, product–channel pairs, the journey
// vs funnel mapping and the metric dictionary (seed 002 steps 1–2, seed 003).
#pragma once

#include "model/common.h"

namespace sc {

// One ordered level of a dimension, e.g. "self_serve" on buying motion.
struct DimensionLevel {
    std::string id;
    std::string name;
    Json extra = Json::object();
};

// How a numeric dimension compares the two sides.
//  "channel_at_least": the channel's value must be >= the promise's (cookie window vs sales cycle)
//  "channel_at_most":  the channel's value must be <= the promise's (delivery days)
//  "equal":            the two must match within tolerance
struct Dimension : Entity {
    std::string kind = "ordered";        // "ordered" | "numeric"
    std::vector<DimensionLevel> levels;  // ordered kind: first..last
    // Ordered kind: "match", "at_or_before" (a channel level listed before the promise's is no
    // mismatch) or "at_or_after"; empty: a built-in dimension's own direction, else "match".
    std::string direction;
    std::string unit;                             // numeric kind: "days", "%", ...
    std::string comparison = "channel_at_least";  // numeric kind only
    double tolerance = 0;       // ordered: steps allowed apart; numeric: units allowed apart
    std::int64_t weight = 100;  // importance in percent, used in severity and priority
    bool builtIn = false;
};

struct CustomerModel {
    std::vector<std::string> needs;
    std::vector<std::string> motivations;
    std::vector<std::string> painPoints;
    std::vector<std::string> customerWords;  // the words customers use (seed 003)
    Json extra = Json::object();
};

struct Segment : Entity {
    CustomerModel customerModel;
    std::int64_t customers = 0;       // paying customers in this segment today
    std::int64_t salesCycleDays = 0;  // typical sales cycle; verification waits two of these
};

// A touchpoint is one place a promise or a channel reaches the customer: landing page,
// email sequence, ad, sales script, partner deck, pricing sheet ...
struct Touchpoint : Entity {
    std::string kind;  // "landing_page" | "email_sequence" | "ad" | "sales_script" | ...
    std::string owner;
    std::string location;  // URL or where to find it
};

struct Promise : Entity {
    std::string segmentId;
    std::string text;            // the core promise
    std::string customerAction;  // "Sign up free, no card" / "Call for a quote"
    LevelMap levels;
    std::vector<Touchpoint> touchpoints;  // variations: landing page, email, ad, script ...
};

struct ChannelStep : Entity {
    std::string actor;  // "customer" | "channel" | "vendor"
};

struct ChannelConstraint : Entity {
    std::string kind;         // "minimum_order" | "promotional_pricing" | "cookie_window" | ...
    std::string dimensionId;  // when the constraint is a numeric dimension value
    std::optional<double> value;
    std::string unit;
};

struct Channel : Entity {
    std::string kind;  // "direct_sales" | "reseller" | "dealer" | "retail" | "affiliate" |
                       // "marketplace" | "ecommerce" | "distributor" | ...
    std::string audience;
    std::vector<ChannelStep> steps;  // first touch -> purchase -> beyond, in order
    std::vector<std::string> rules;
    std::vector<std::string> incentives;
    std::vector<ChannelConstraint> constraints;
    LevelMap levels;
    std::vector<Touchpoint> touchpoints;
    bool free = false;  // costs nothing to use (seed 002 "because it's free")
};

struct Product : Entity {
    std::string complexity = "simple";   // "simple" | "moderate" | "complex"
    std::int64_t expectedCycleDays = 0;  // what a sales cycle should take for this product
};

// Buyer journey stage (awareness, consideration, decision, retention) mapped to a
// distribution funnel stage (reach, engage, convert, retain), with observed conversion.
struct FunnelStage : Entity {
    std::string journeyStage;
    std::string funnelStage;
    std::string marketingSays;
    std::string channelDoes;
    std::int64_t entered = 0;
    std::int64_t converted = 0;
    BasisPoints benchmarkBp = 0;  // expected stage conversion
};

// The unit of analysis for larger companies: one product sold through one channel.
struct ProductChannelPair : Entity {
    std::string productId;
    std::string channelId;
    std::string segmentId;
    std::vector<std::string> promiseIds;  // promises that reach customers through this pair
    std::int64_t visitors = 0;
    std::int64_t leads = 0;
    std::int64_t customers = 0;
    MinorUnits revenueMinor = 0;
    std::int64_t complaints = 0;
    std::int64_t supportTickets = 0;
    std::int64_t salesCycleDays = 0;
    BasisPoints targetAudienceShareBp = 0;  // share of reached people who are in the segment
    std::vector<FunnelStage> funnel;
};

struct MetricDefinition : Entity {
    std::string definition;  // what "conversion" means here
    std::string unit;        // "bp" | "count" | "minor_units" | "days" | "score"
    bool higherIsBetter = true;
    std::int64_t benchmark = 0;
    std::int64_t green = 0;  // at or beyond this (in the better direction): green
    std::int64_t amber = 0;  // at or beyond this: amber; otherwise red
    std::string cadence;     // "weekly" | "monthly" | "quarterly"
};

}  // namespace sc
