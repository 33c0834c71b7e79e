// Promises screen: what marketing promises each segment (seed 002 step 1, promise map).
#pragma once

#include "logic/view_state.h"
#include "model/document.h"

namespace sc::web {

void drawPromisesView(const sc::Document& doc, ViewState& view);

}  // namespace sc::web
