// The pricing rules of one deal (seed 000 "authorized price points, discount approval
// process"; docs/PARTNERS.md "Pricing accuracy"): the SKU is in the price book, the list price is
// the book's, the quote is not below the floor, the discount is within the tier's band and,
// above its approval level, approved. Each rule is passed, broken (with a reason), or not
// checked because a value it needs is missing.
//
// A missing value means "not checked", never "violated" (issue 9): a price book entry without
// a list price must not fail every deal's list-price rule, a band without an approval level must
// not flag every discounted deal. In the price book (list and floor price) and a discount band
// (maximum, approval level) "missing" is "not set" (std::nullopt: absent from the file, an empty
// CSV cell); 0 is a value there: a free SKU, a band that allows no discount, a band that wants
// approval for every discount. A deal's own list and quoted price are plain numbers, so a deal's
// 0 stands for "not recorded" — except against a book value of 0, which it matches (a free SKU's
// deal at list price 0 passes).
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

// One rule of one deal that could not be checked, and why.
struct UncheckedRule {
    // "price_book" (no SKU, or an empty price book), "list_price", "floor_price",
    // "discount_band" (no tier, or no band for it), "max_discount", "approval"
    std::string check;
    std::string reason;  // "SKU FW-PROBE has no floor price in the price book"
};

struct DealPricingCheck {
    std::vector<std::string> problems;     // one sentence per broken rule
    std::vector<UncheckedRule> unchecked;  // the rules that could not be checked
    bool judged = false;                   // at least one rule was checked (passed or broken)
};

DealPricingCheck checkDealPricing(const Document& doc, const Deal& deal);

// The check's name in a sentence: "list price", "maximum discount".
std::string uncheckedRuleName(const std::string& check);

}  // namespace sc::partners
