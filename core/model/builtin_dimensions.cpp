// Built-in dimension definitions. Level order is the scale: adjacent levels are one step
// apart, so the order here decides how severe a detected mismatch is.
#include "model/builtin_dimensions.h"

#include <initializer_list>
#include <map>
#include <utility>

namespace sc {
namespace {

using Levels = std::initializer_list<std::pair<const char*, const char*>>;

Dimension ordered(const char* id, const char* name, const char* notes, Levels levels,
                  const char* direction = "match") {
    Dimension d;
    d.id = id;
    d.name = name;
    d.notes = notes;
    d.kind = "ordered";
    d.direction = direction;
    for (const auto& [levelId, levelName] : levels) {
        DimensionLevel l;
        l.id = levelId;
        l.name = levelName;
        d.levels.push_back(l);
    }
    d.tolerance = 0;
    d.weight = 100;
    d.builtIn = true;
    return d;
}

}  // namespace

std::vector<Dimension> builtInDimensions() {
    std::vector<Dimension> out;
    out.push_back(
        ordered("buying_motion", "Buying motion",
                "How the customer buys: on their own, with help, or through a salesperson.",
                {{"self_serve", "Self-serve"}, {"assisted", "Assisted"}, {"sales_led", "Sales-led"}}));
    out.push_back(ordered("access", "Access", "How soon the customer can use the product after first touch.",
                          {{"instant", "Instant"}, {"trial", "Trial"}, {"demo_gated", "Demo-gated"}},
                          "at_or_before"));
    out.push_back(ordered("customer_size", "Customer size", "Who the buyer is.",
                          {{"consumer", "Consumer"},
                           {"smb", "SMB"},
                           {"mid_market", "Mid-market"},
                           {"enterprise", "Enterprise"}}));
    out.push_back(ordered("price_positioning", "Price positioning",
                          "Where the price sits against alternatives.",
                          {{"premium", "Premium"}, {"mid", "Mid"}, {"discount", "Discount"}}));
    out.push_back(
        ordered("service_level", "Service level", "How much human help comes with the purchase.",
                {{"personal_consultation", "Personal consultation"}, {"guided", "Guided"}, {"none", "None"}},
                "at_or_before"));
    out.push_back(ordered("curation", "Curation", "How selective the place of sale is.",
                          {{"exclusive", "Exclusive"}, {"selective", "Selective"}, {"open", "Open"}}));
    // Ordered rather than numeric: promises speak in words ("same-day delivery"), and channels
    // rarely publish a single number of days.
    out.push_back(ordered(
        "delivery_speed", "Delivery speed", "How fast the product reaches the customer.",
        {{"same_day", "Same day"}, {"two_day", "Two days"}, {"week", "Within a week"}, {"longer", "Longer"}},
        "at_or_before"));
    out.push_back(ordered("purchase_model", "Purchase model", "How the customer pays over time.",
                          {{"subscription", "Subscription"}, {"one_time", "One-time"}}));
    out.push_back(
        ordered("ad_experience", "Ad experience", "How many ads the customer sees.",
                {{"ad_free", "Ad-free"}, {"light_ads", "Light ads"}, {"ad_supported", "Ad-supported"}}));
    out.push_back(
        ordered("packaging_sustainability", "Packaging sustainability", "What the packaging is made of.",
                {{"recyclable", "Recyclable"}, {"mixed", "Mixed"}, {"non_recyclable", "Non-recyclable"}}));
    out.push_back(ordered(
        "setup_effort", "Setup effort", "What it takes to get the product working.",
        {{"instant", "Instant"}, {"guided", "Guided"}, {"professional_services", "Professional services"}},
        "at_or_before"));

    Dimension window;
    window.id = kDecisionWindowDimension;
    window.name = "Decision window";
    window.notes =
        "Days the channel keeps the customer attributed or engaged; it must cover the promise's (the "
        "segment's) sales cycle, e.g. an affiliate cookie window vs a 45-day cycle.";
    window.kind = "numeric";
    window.unit = "days";
    window.comparison = "channel_at_least";
    window.tolerance = 0;
    window.weight = 100;
    window.builtIn = true;
    out.push_back(window);
    return out;
}

std::string directionOf(const Dimension& dim) {
    if (!dim.direction.empty()) return dim.direction;
    if (dim.builtIn) {
        // Built once: detection asks for every promise x channel x dimension.
        static const std::map<std::string, std::string> builtIn = [] {
            std::map<std::string, std::string> m;
            for (const auto& b : builtInDimensions()) m[b.id] = b.direction;
            return m;
        }();
        if (const auto it = builtIn.find(dim.id); it != builtIn.end() && !it->second.empty())
            return it->second;
    }
    return "match";
}

}  // namespace sc
