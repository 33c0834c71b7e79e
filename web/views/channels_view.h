// Channels screen: how the product actually reaches customers (seed 002 step 2): kind,
// audience, the ordered steps from first touch to purchase, rules, incentives, constraints,
// levels on the shared dimensions and touchpoints.
#pragma once

#include "logic/view_state.h"
#include "widgets/property_editor.h"

namespace sc::web {

void drawChannelsView(const EditorContext& ctx, ViewState& view);

}  // namespace sc::web
