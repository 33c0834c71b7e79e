// Segments, channels, promises, products and product–channel pairs. Promise j is carried by
// channel j % channels and is placed on the dimensions exactly where that channel is, except
// every fourth promise (j % 4 == 1), which promises a different buying motion or customer size
// than its channel offers: a planted mismatch `score` must find.
#include "generate/generate_parts.h"

namespace sc::generate {
namespace {

const std::vector<std::string> kChannelKinds = {"direct_sales", "reseller",    "dealer",    "retail",
                                                "affiliate",    "marketplace", "ecommerce", "distributor"};

// The ordered dimensions promises and channels are placed on, with their levels.
const std::vector<std::pair<std::string, std::vector<std::string>>> kPlacements = {
    {"buying_motion", {"self_serve", "assisted", "sales_led"}},
    {"access", {"instant", "trial", "demo_gated"}},
    {"customer_size", {"consumer", "smb", "mid_market", "enterprise"}},
    {"price_positioning", {"premium", "mid", "discount"}},
    {"service_level", {"personal_consultation", "guided", "none"}},
    {"purchase_model", {"subscription", "one_time"}},
};

LevelValue level(const std::string& id) {
    LevelValue v;
    v.level = id;
    return v;
}

LevelValue number(std::int64_t n) {
    LevelValue v;
    v.number = static_cast<double>(n);
    return v;
}

Touchpoint touchpoint(const std::string& id, const std::string& name, const std::string& kind) {
    Touchpoint t;
    t.id = id;
    t.name = name;
    t.kind = kind;
    t.owner = "Marketing";
    return t;
}

void addSegments(Document& doc, const Sizes& sizes, Rng& rng) {
    for (std::size_t i = 0; i < sizes.segments; ++i) {
        Segment s;
        s.id = numberedId("seg_", i);
        s.name = "Segment " + std::to_string(i + 1);
        s.customerModel.needs = {"Get the job done without extra staff"};
        s.customerModel.painPoints = {"Waiting for a sales call"};
        s.customerModel.customerWords = {"just let me try it"};
        s.customers = rng.between(50, 5000);
        s.salesCycleDays = rng.between(3, 24) * 5;
        doc.segments.push_back(std::move(s));
    }
}

void addChannels(Document& doc, const Sizes& sizes, Rng& rng) {
    for (std::size_t i = 0; i < sizes.channels; ++i) {
        Channel c;
        c.id = numberedId("ch_", i);
        c.kind = kChannelKinds[i % kChannelKinds.size()];
        c.name = "Channel " + std::to_string(i + 1) + " (" + c.kind + ")";
        c.audience = "Buyers reached through " + c.kind;
        for (const char* step : {"First contact", "Quote", "Purchase"}) {
            ChannelStep s;
            s.id = c.id + "_st" + std::to_string(c.steps.size() + 1);
            s.name = step;
            s.actor = c.steps.empty() ? "customer" : "channel";
            c.steps.push_back(std::move(s));
        }
        c.rules = {"Quotes only from the current price book"};
        for (const auto& [dimension, levels] : kPlacements) c.levels[dimension] = level(rng.pick(levels));
        c.levels["decision_window_days"] = number(365);  // covers every segment's sales cycle
        c.touchpoints.push_back(touchpoint(c.id + "_tp", c.name + " sales script", "sales_script"));
        doc.channels.push_back(std::move(c));
    }
}

// A level of `levels` other than `current`.
std::string otherLevel(const std::vector<std::string>& levels, const std::string& current, Rng& rng) {
    std::string other = current;
    while (other == current) other = rng.pick(levels);
    return other;
}

void addPromises(Document& doc, const Sizes& sizes, Rng& rng, Planted& planted) {
    for (std::size_t j = 0; j < sizes.promises; ++j) {
        const Channel& channel = doc.channels[j % sizes.channels];
        const Segment& segment = doc.segments[j % sizes.segments];
        Promise p;
        p.id = numberedId("pr_", j);
        p.name = "Promise " + std::to_string(j + 1);
        p.segmentId = segment.id;
        p.text = "What " + segment.name + " gets from us, promise " + std::to_string(j + 1);
        p.customerAction = "Talk to us";
        p.levels = channel.levels;
        p.levels["decision_window_days"] = number(segment.salesCycleDays);
        if (j % 4 == 1) {
            const auto& [dimension, levels] = kPlacements[j % 8 == 1 ? 0 : 2];
            p.levels[dimension] = level(otherLevel(levels, channel.levels.at(dimension).level, rng));
            planted.mismatchedPromises.push_back(p.id);
        }
        p.touchpoints.push_back(touchpoint(p.id + "_tp", p.name + " landing page", "landing_page"));
        doc.promises.push_back(std::move(p));
    }
}

void addProductsAndPairs(Document& doc, const Sizes& sizes, Rng& rng) {
    const std::size_t products = (sizes.pairs + sizes.channels - 1) / sizes.channels;
    for (std::size_t i = 0; i < products; ++i) {
        Product p;
        p.id = numberedId("prod_", i);
        p.name = "Product " + std::to_string(i + 1);
        p.complexity = i % 3 == 0 ? "simple" : i % 3 == 1 ? "moderate" : "complex";
        p.expectedCycleDays = rng.between(2, 12) * 5;
        doc.products.push_back(std::move(p));
    }
    // Pair i: product i / channels, channel i % channels, promise i % promises, whose channel
    // is i % channels too because promises is a multiple of channels.
    for (std::size_t i = 0; i < sizes.pairs; ++i) {
        const Promise& promise = doc.promises[i % sizes.promises];
        ProductChannelPair pair;
        pair.id = numberedId("pair_", i);
        pair.productId = doc.products[i / sizes.channels].id;
        pair.channelId = doc.channels[i % sizes.channels].id;
        pair.name = doc.products[i / sizes.channels].name + " x " + doc.channels[i % sizes.channels].name;
        pair.segmentId = promise.segmentId;
        pair.promiseIds = {promise.id};
        pair.visitors = rng.between(1000, 100000);
        pair.leads = pair.visitors / rng.between(5, 40);
        pair.customers = pair.leads / rng.between(2, 10);
        pair.revenueMinor = pair.customers * rng.between(100, 5000) * 100;
        pair.complaints = rng.between(0, 50);
        pair.supportTickets = rng.between(0, 400);
        pair.salesCycleDays = rng.between(3, 24) * 5;
        pair.targetAudienceShareBp = rng.between(30, 95) * 100;
        doc.pairs.push_back(std::move(pair));
    }
}

}  // namespace

void addMaps(Document& doc, const Sizes& sizes, Rng& rng, Planted& planted) {
    addSegments(doc, sizes, rng);
    addChannels(doc, sizes, rng);
    addPromises(doc, sizes, rng, planted);
    addProductsAndPairs(doc, sizes, rng);
}

}  // namespace sc::generate
