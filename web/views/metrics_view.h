// Metric dictionary: one shared definition per metric (what "conversion" means here), unit,
// better direction, benchmark, red/amber/green thresholds and cadence.
#pragma once

#include "logic/view_state.h"
#include "widgets/property_editor.h"

namespace sc::web {

void drawMetricsView(const EditorContext& ctx, ViewState& view);

}  // namespace sc::web
