// Channels screen (see channels_view.h).
#include "views/channels_view.h"

#include "widgets/list_detail.h"

namespace sc::web {

void drawChannelsView(const EditorContext& ctx, ViewState& view) {
    ListSpec spec;
    spec.id = "channels";
    spec.title = "Channels";
    spec.intro =
        "How customers actually buy: each channel's path from first touch to purchase, its rules, incentives "
        "and constraints.";
    spec.listKey = "channels";
    spec.columns = {"name", "kind", "audience"};
    spec.nested = {
        {"steps",
         "Steps",
         "Steps, first touch to purchase",
         {"name", "actor"},
         "No steps yet: add what happens from the customer's first touch to the purchase, in order.",
         ""},
        {"constraints",
         "Constraints",
         "Constraints",
         {"name", "kind", "value", "unit"},
         "No constraints: add minimum orders, required promotional pricing, cookie windows…",
         ""},
        {"touchpoints",
         "Touchpoints",
         "Touchpoints",
         {"name", "kind", "owner"},
         "No touchpoints yet: add the sales scripts, partner decks and pricing sheets this channel uses.",
         ""},
    };
    spec.emptyText =
        "No channels yet. Add how the product reaches customers: direct sales, resellers, retail, "
        "affiliates…";
    drawListDetail(ctx, spec, view.selectedId);
}

}  // namespace sc::web
