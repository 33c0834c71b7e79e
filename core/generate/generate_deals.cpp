// Deals: priced from the price book within the partner's tier band, closed in the generated
// months — except planted violations at fixed positions (i % 50): 7 discounts above the band's
// maximum, 23 quotes below the floor price, 41 discounts above the approval level without
// approval. Each planted deal breaks exactly that one rule.
#include "generate/generate_parts.h"

namespace sc::generate {
namespace {

struct Band {
    BasisPoints max = 0;
    BasisPoints approval = 0;
};

Band bandOf(const Document& doc, const std::string& tier) {
    for (const auto& b : doc.rules.discountBands)
        if (b.tier == tier) return {b.maxDiscountBp.value_or(0), b.approvalAboveBp.value_or(0)};
    return {};
}

}  // namespace

void addDeals(Document& doc, const Sizes& sizes, Rng& rng, Planted& planted) {
    std::vector<Band> bands;  // per partner
    for (const auto& p : doc.partners) bands.push_back(bandOf(doc, p.tier));
    doc.deals.reserve(sizes.deals);
    for (std::size_t i = 0; i < sizes.deals; ++i) {
        const std::size_t partner = rng.index(doc.partners.size());
        const PriceBookEntry& price = doc.rules.priceBook[rng.index(doc.rules.priceBook.size())];
        const Band band = bands[partner];
        Deal d;
        d.id = numberedId("d-", i, 7);
        d.partnerId = doc.partners[partner].id;
        d.account = numberedId("Account ", rng.index(sizes.deals / 4 + 1), 6);
        d.sku = price.sku;
        d.name = d.account + ": " + d.sku;
        d.territoryId = doc.partners[partner].territoryId;
        d.quantity = rng.between(1, 200);
        d.listPriceMinor = *price.listPriceMinor;
        // Half-percent steps up to the approval level: within the band and needing no approval.
        d.discountBp = rng.between(0, band.approval / 50) * 50;
        d.approved = rng.between(0, 3) == 0;
        const int outcome = static_cast<int>(rng.between(0, 9));
        d.outcome = outcome < 2 ? "open" : outcome < 7 ? "won" : "lost";
        if (d.outcome != "open") {
            const std::size_t month = rng.index(sizes.periods);
            d.closedOn = dayIn(periodAt(sizes, month), rng.between(1, 28));
        }
        switch (i % 50) {
            case 7:
                d.discountBp = band.max + 200;
                d.approved = true;
                planted.dealsOverBand.push_back(d.id);
                break;
            case 41:
                d.discountBp = band.approval + 100;
                d.approved = false;
                planted.dealsUnapproved.push_back(d.id);
                break;
            default:
                break;
        }
        d.quotedPriceMinor = d.listPriceMinor * (10000 - d.discountBp) / 10000;
        if (i % 50 == 23) {  // a quote from an outdated price sheet
            d.quotedPriceMinor = *price.floorPriceMinor * (100 - rng.between(1, 10)) / 100;
            planted.dealsUnderFloor.push_back(d.id);
        }
        doc.deals.push_back(std::move(d));
    }
}

}  // namespace sc::generate
