// Compare: one promise and one channel side by side on every shared dimension, the gaps the
// engine finds marked, and the mismatches they make (logic/compare_model.h).
#pragma once

#include "logic/view_state.h"
#include "widgets/property_editor.h"

namespace sc::web {

void drawCompareView(const EditorContext& ctx, ViewState& view);

}  // namespace sc::web
