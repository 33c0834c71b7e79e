// Help > About: product name, version, and the alignment index formula the app reports.
#pragma once

#include "logic/view_state.h"

namespace sc::web {

void drawAboutWindow(ViewState& view);

}  // namespace sc::web
