// Segments screen: who the customers are (seed 002 step 1, customer model).
#pragma once

#include "logic/view_state.h"
#include "model/document.h"

namespace sc::web {

void drawSegmentsView(const sc::Document& doc, ViewState& view);

}  // namespace sc::web
