// Rules of engagement screen (see rules_view.h).
#include "views/rules_view.h"

#include "views/tabbed_lists.h"

namespace sc::web {

void drawRulesView(const EditorContext& ctx, ViewState& view) {
    const edit::Address rules = {{"rules_of_engagement", ""}};
    static const std::vector<ListSpec> lists = {
        tabList(
            "rules", rules, "approved_claims", "Approved claims", {"name", "text"},
            "What partners may say: a sentence of their copy that carries one of these counts as approved "
            "messaging.",
            "No approved claims yet: add the messages partners should repeat."),
        tabList("rules", rules, "forbidden_rules", "Forbidden claims", {"name", "category", "phrases"},
                "Phrases partners must not use, by category (earnings claims, guarantees, competitor "
                "comparisons not legally reviewed, your own): any of them in a partner's copy is flagged.",
                "No forbidden claims yet: add earnings claims, guarantees and unreviewed comparisons."),
        tabList("rules", rules, "price_book", "Price book", {"sku", "list_price_minor", "floor_price_minor"},
                "Authorised price points per SKU: the list price and the floor no deal may go below. A "
                "missing price is not checked.",
                "No price book yet: add each SKU's list and floor price."),
        tabList("rules", rules, "discount_bands", "Discount bands",
                {"tier", "max_discount_bp", "approval_above_bp"},
                "The most a tier may discount, and the level above which a discount needs approval.",
                "No discount bands yet: add one per partner tier."),
        tabList("rules", rules, "bundling_rules", "Bundling rules", {"name", "skus", "allowed"},
                "SKUs that may, or may not, be sold together.", "No bundling rules."),
        tabList("rules", rules, "territories", "Territories", {"name", "regions"},
                "Where each partner may sell: deal registrations outside a partner's territory are "
                "conflicts.",
                "No territories yet."),
        tabList("rules", rules, "routing_rules", "Lead routing",
                {"name", "territory_id", "segment_id", "partner_id", "priority"},
                "Which partner gets a lead from a territory and segment (the lowest priority number first).",
                "No lead-routing rules yet."),
    };
    drawTabbedLists(ctx, view, "rules", "Rules of engagement",
                    "What partners may say and at what price, and where they may sell. The audits on the "
                    "Partners screens check partners' copy, deals and registrations against these rules.",
                    lists);
}

}  // namespace sc::web
