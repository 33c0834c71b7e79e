// Rules of engagement (PRODUCT.md section 3): approved claims, forbidden phrase rules by
// category, the price book, discount bands per tier, bundling rules, territories and lead
// routing — each a list under its own tab, edited like every other list of the scorecard.
#pragma once

#include "logic/view_state.h"
#include "widgets/property_editor.h"

namespace sc::web {

void drawRulesView(const EditorContext& ctx, ViewState& view);

}  // namespace sc::web
