// Products and pairs screens (see products_view.h).
#include "views/products_view.h"

#include "widgets/list_detail.h"

namespace sc::web {

void drawProductsView(const EditorContext& ctx, ViewState& view) {
    ListSpec spec;
    spec.id = "products";
    spec.title = "Products";
    spec.intro = "What is sold. A simple product with a long sales cycle is a symptom of misalignment.";
    spec.listKey = "products";
    spec.columns = {"name", "complexity", "expected_cycle_days"};
    spec.emptyText = "No products yet. Add what you sell, then pair it with the channels that sell it.";
    drawListDetail(ctx, spec, view.selectedId);
}

void drawPairsView(const EditorContext& ctx, ViewState& view) {
    ListSpec spec;
    spec.id = "pairs";
    spec.title = "Product–channel pairs";
    spec.intro =
        "One product sold through one channel: its volumes and funnel. Start with the highest-revenue pair "
        "or the one with most complaints.";
    spec.listKey = "pairs";
    spec.columns = {"name", "leads", "revenue_minor", "complaints"};
    spec.nested = {{"funnel",
                    "Funnel",
                    "Funnel (journey stage → funnel stage, observed against benchmark)",
                    {"name", "journey_stage", "entered", "converted", "benchmark_bp"},
                    "No funnel stages yet: add reach, engage, convert and retain with what marketing says "
                    "and what the channel does at each.",
                    ""}};
    spec.emptyText = "No pairs yet. Add a product and a channel first, then pair them here.";
    drawListDetail(ctx, spec, view.selectedId);
}

}  // namespace sc::web
