// Overview screen: what the open scorecard is and how much it holds.
#pragma once

#include "logic/view_state.h"
#include "model/document.h"
#include "validation/finding.h"

#include <vector>

namespace sc::web {

void drawOverviewView(const sc::Document& doc, const std::vector<sc::Finding>& findings, ViewState& view);

}  // namespace sc::web
