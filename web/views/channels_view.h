// Channels screen: how the product actually reaches customers (seed 002 step 2, distribution map).
#pragma once

#include "logic/view_state.h"
#include "model/document.h"

namespace sc::web {

void drawChannelsView(const sc::Document& doc, ViewState& view);

}  // namespace sc::web
