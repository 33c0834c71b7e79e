// Promises screen: per segment, the core promise, the action it asks of the customer, its
// levels on the shared dimensions and every touchpoint that repeats it (seed 002 step 1).
#pragma once

#include "logic/view_state.h"
#include "widgets/property_editor.h"

namespace sc::web {

void drawPromisesView(const EditorContext& ctx, ViewState& view);

}  // namespace sc::web
