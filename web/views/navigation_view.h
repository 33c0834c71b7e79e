// The left navigation list: one selectable per screen.
#pragma once

#include "logic/view_state.h"

namespace sc::web {

void drawNavigationView(ViewState& view);

}  // namespace sc::web
