// Partners, the rules of engagement (claims, forbidden phrases, price book, discount bands,
// territories) and the KPI metric definitions the partner scorecard rates against.
#include "generate/generate_parts.h"

namespace sc::generate {
namespace {

const std::vector<std::string> kTiers = {"gold", "silver", "bronze"};

MetricDefinition metric(const char* id, const char* name, const char* unit, bool higherIsBetter,
                        std::int64_t green, std::int64_t amber) {
    MetricDefinition m;
    m.id = id;
    m.name = name;
    m.definition = std::string(name) + ", per partner and month";
    m.unit = unit;
    m.higherIsBetter = higherIsBetter;
    m.benchmark = green;
    m.green = green;
    m.amber = amber;
    m.cadence = "monthly";
    return m;
}

void addMetrics(Document& doc) {
    doc.metrics = {
        metric("message_consistency", "Message consistency score", "bp", true, 9000, 8000),
        metric("pricing_accuracy", "Pricing accuracy", "bp", true, 9500, 8500),
        metric("reporting_compliance", "Reporting compliance", "bp", true, 9000, 7000),
        metric("feedback_participation", "Feedback participation", "bp", true, 5000, 3000),
        metric("escalation_frequency", "Escalation frequency", "count", false, 1, 3),
        metric("pulse_autonomy", "Pulse: autonomy", "score", true, 4, 3),
        metric("pulse_mastery", "Pulse: mastery", "score", true, 4, 3),
        metric("pulse_purpose", "Pulse: purpose", "score", true, 4, 3),
        metric("pulse_satisfaction", "Pulse: satisfaction", "score", true, 4, 3),
    };
}

void addRules(Document& doc, const Sizes& sizes, Rng& rng) {
    RulesOfEngagement& rules = doc.rules;
    Claim claim;
    claim.id = "cl_setup";
    claim.name = "Set up in a day";
    claim.text = "Most customers are set up within one working day.";
    rules.approvedClaims.push_back(claim);
    PhraseRule earnings;
    earnings.id = "fr_earnings";
    earnings.name = "Earnings claims";
    earnings.category = "earnings";
    earnings.phrases = {"pays for itself", "double your profit"};
    PhraseRule guarantee;
    guarantee.id = "fr_guarantee";
    guarantee.name = "Guarantees";
    guarantee.category = "guarantee";
    guarantee.phrases = {"guaranteed results", "risk-free forever"};
    rules.forbiddenRules = {earnings, guarantee};
    for (std::size_t i = 0; i < sizes.skus; ++i) {
        PriceBookEntry e;
        e.id = numberedId("pb_", i);
        e.sku = numberedId("SKU-", i);
        e.name = "Product line item " + std::to_string(i + 1);
        e.listPriceMinor = rng.between(10, 5000) * 100;
        e.floorPriceMinor = *e.listPriceMinor * 80 / 100;
        rules.priceBook.push_back(std::move(e));
    }
    const BasisPoints maxBp[] = {1500, 1000, 700}, approvalBp[] = {1000, 700, 500};
    for (std::size_t t = 0; t < kTiers.size(); ++t) {
        DiscountBand band;
        band.id = "db_" + kTiers[t];
        band.name = kTiers[t] + " discount band";
        band.tier = kTiers[t];
        band.maxDiscountBp = maxBp[t];
        band.approvalAboveBp = approvalBp[t];
        rules.discountBands.push_back(std::move(band));
    }
    for (std::size_t i = 0; i < sizes.territories; ++i) {
        Territory t;
        t.id = numberedId("ter_", i, 2);
        t.name = "Territory " + std::to_string(i + 1);
        t.regions = {"Region " + std::to_string(i + 1) + "A", "Region " + std::to_string(i + 1) + "B"};
        rules.territories.push_back(std::move(t));
    }
}

void addPartnerList(Document& doc, const Sizes& sizes, Rng& rng) {
    for (std::size_t i = 0; i < sizes.partners; ++i) {
        Partner p;
        p.id = numberedId("p_", i);
        p.name = "Partner " + std::to_string(i + 1) + " Ltd";
        p.tier = rng.pick(kTiers);
        p.territoryId = doc.rules.territories[i % sizes.territories].id;
        p.channelId = doc.channels[i % sizes.channels].id;
        p.approvedChannelIds = {p.channelId};
        p.approvedSegmentIds = {doc.segments[i % sizes.segments].id};
        Contact c;
        c.name = "Contact " + std::to_string(i + 1);
        c.role = "Owner";
        c.email = "owner@" + p.id + ".example";
        p.contacts.push_back(std::move(c));
        const std::int64_t year = rng.between(2015, 2023), month = rng.between(1, 9),
                           day = rng.between(1, 28);
        p.joinedOn = dayIn(std::to_string(year) + "-0" + std::to_string(month), day);
        doc.partners.push_back(std::move(p));
    }
}

}  // namespace

void addPartners(Document& doc, const Sizes& sizes, Rng& rng, Planted&) {
    addMetrics(doc);
    addRules(doc, sizes, rng);
    addPartnerList(doc, sizes, rng);
}

}  // namespace sc::generate
