// Products and product–channel pairs (seed 002 "apply the workflow per product–channel pair"):
// products with their complexity and expected cycle; pairs with the promises that reach
// customers through them, volumes, sales cycle and the funnel against its benchmark, each
// stage mapped to a journey stage.
#pragma once

#include "logic/view_state.h"
#include "widgets/property_editor.h"

namespace sc::web {

void drawProductsView(const EditorContext& ctx, ViewState& view);
void drawPairsView(const EditorContext& ctx, ViewState& view);

}  // namespace sc::web
