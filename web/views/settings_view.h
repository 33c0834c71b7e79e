// Settings: the scorecard's title, organisation and currency, the prioritisation model's
// weights (visible and adjustable, seed 002) and the readiness facts (customers, pre-revenue,
// a declared crisis).
#pragma once

#include "logic/view_state.h"
#include "widgets/property_editor.h"

namespace sc::web {

void drawSettingsView(const EditorContext& ctx, ViewState& view);

}  // namespace sc::web
