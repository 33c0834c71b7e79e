// Dimensions screen: the shared vocabulary both maps are placed on — ordered levels (add,
// rename, reorder) or a number with a unit, tolerance, weight and comparison; built-in ones
// are marked.
#pragma once

#include "logic/view_state.h"
#include "widgets/property_editor.h"

namespace sc::web {

void drawDimensionsView(const EditorContext& ctx, ViewState& view);

}  // namespace sc::web
