#include "partners/pricing_checks.h"

#include "partners/money_text.h"
#include "workflow/money_text.h"

namespace sc::partners {

namespace {

char lowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

// Tier names match whatever their ASCII case (compared in place: this runs for every deal).
bool sameTier(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (lowerAscii(a[i]) != lowerAscii(b[i])) return false;
    return true;
}

const PriceBookEntry* priceOf(const Document& doc, const std::string& sku) {
    for (const auto& entry : doc.rules.priceBook)
        if (entry.sku == sku) return &entry;
    return nullptr;
}

const DiscountBand* bandOf(const Document& doc, const std::string& tier) {
    for (const auto& band : doc.rules.discountBands)
        if (!tier.empty() && sameTier(band.tier, tier)) return &band;
    return nullptr;
}

class Checker {
  public:
    Checker(const Document& doc, const Deal& deal) : m_doc(doc), m_deal(deal) {}

    DealPricingCheck run() {
        priceBookRules();
        discountRules();
        return std::move(m_out);
    }

  private:
    std::string money(MinorUnits amount) const { return formatMoney(amount, m_doc.info.currency); }
    void notChecked(const char* check, std::string reason) {
        m_out.unchecked.push_back({check, std::move(reason)});
    }
    void broken(std::string reason) {
        m_out.judged = true;
        m_out.problems.push_back(std::move(reason));
    }
    void passed() { m_out.judged = true; }

    void priceBookRules() {
        if (m_doc.rules.priceBook.empty()) return notChecked("price_book", "the price book is empty");
        if (m_deal.sku.empty()) return notChecked("price_book", "the deal records no SKU");
        const PriceBookEntry* price = priceOf(m_doc, m_deal.sku);
        if (!price) return broken("SKU '" + m_deal.sku + "' is not in the price book");
        const auto sku = [&] { return "SKU " + m_deal.sku; };  // for the messages only
        // A deal's 0 is "not recorded", except against a book value of 0 (a free SKU), which it matches.
        if (!price->listPriceMinor) notChecked("list_price", sku() + " has no list price in the price book");
        else if (m_deal.listPriceMinor == 0 && *price->listPriceMinor != 0)
            notChecked("list_price", "the deal records no list price");
        else if (m_deal.listPriceMinor != *price->listPriceMinor)
            broken("list price " + money(m_deal.listPriceMinor) + " is not the price book's " +
                   money(*price->listPriceMinor) + " for " + m_deal.sku);
        else passed();
        if (!price->floorPriceMinor)
            notChecked("floor_price", sku() + " has no floor price in the price book");
        else if (m_deal.quotedPriceMinor == 0 && *price->floorPriceMinor != 0)
            notChecked("floor_price", "the deal records no quoted price");
        else if (m_deal.quotedPriceMinor < *price->floorPriceMinor)  // exactly at the floor is authorised
            broken("quoted " + money(m_deal.quotedPriceMinor) + " below floor " +
                   money(*price->floorPriceMinor));
        else passed();
    }

    // Without a discount there is nothing for a band to limit or approve.
    void discountRules() {
        if (m_deal.discountBp <= 0) return;
        const Partner* partner = findById(m_doc.partners, m_deal.partnerId);
        if (!partner || partner->tier.empty())
            return notChecked("discount_band", "partner " + m_deal.partnerId + " has no tier");
        const DiscountBand* band = bandOf(m_doc, partner->tier);
        if (!band) return notChecked("discount_band", "tier '" + partner->tier + "' has no discount band");
        const std::string name = "the " + partner->tier + " band";
        if (!band->maxDiscountBp) {
            notChecked("max_discount", name + " has no maximum discount");
        } else if (m_deal.discountBp > *band->maxDiscountBp) {  // at the limit is within the band
            // Above the maximum approval does not help: the approval rule is not repeated.
            return broken(percentOfBp(m_deal.discountBp) + " discount above " + name + "'s " +
                          percentOfBp(*band->maxDiscountBp) + " maximum");
        } else {
            passed();
        }
        if (m_deal.approved) return passed();  // approved: whatever the level, the rule holds
        if (!band->approvalAboveBp) return notChecked("approval", name + " has no approval level");
        if (m_deal.discountBp > *band->approvalAboveBp)  // a level of 0: every discount needs approval
            return broken(percentOfBp(m_deal.discountBp) + " discount above " + name + "'s " +
                          percentOfBp(*band->approvalAboveBp) + " without approval");
        passed();
    }

    const Document& m_doc;
    const Deal& m_deal;
    DealPricingCheck m_out;
};

}  // namespace

DealPricingCheck checkDealPricing(const Document& doc, const Deal& deal) { return Checker(doc, deal).run(); }

std::string uncheckedRuleName(const std::string& check) {
    if (check == "price_book") return "price book";
    if (check == "list_price") return "list price";
    if (check == "floor_price") return "floor price";
    if (check == "discount_band") return "discount band";
    if (check == "max_discount") return "maximum discount";
    if (check == "approval") return "approval";
    return check;
}

}  // namespace sc::partners
