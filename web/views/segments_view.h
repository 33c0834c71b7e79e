// Segments screen: who the customers are (seed 002 step 1, seed 003's shared customer model):
// needs, motivations, pain points and the customers' own words, with customer counts.
#pragma once

#include "logic/view_state.h"
#include "widgets/property_editor.h"

namespace sc::web {

void drawSegmentsView(const EditorContext& ctx, ViewState& view);

}  // namespace sc::web
