// The pricing rules of one deal (seed 000 "authorized price points, discount approval
// process"; docs/PARTNERS.md "Pricing accuracy"): the SKU is in the price book, the list price is
// the book's, the quote is not below the floor, the discount is within the tier's band and,
// above its approval level, approved. Each rule is passed, broken (with a reason), or not
// checked because a value it needs is missing.
//
// A missing value means "not checked", never "violated" (issue 9): a price book entry without
// a list price must not fail every deal's list-price rule, a band without an approval level must
// not flag every discounted deal. The model keeps money and rates as plain integers with no
// "unset" state (an empty CSV cell, an absent key, both read as 0), so here 0 stands for "not
// set" in the price book (list and floor price), in a discount band (maximum, approval level)
// and in a deal's own list and quoted price.
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
