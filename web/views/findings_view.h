// Findings panel: what the loader and validation found in the open file (errors first).
#pragma once

#include <vector>

#include "validation/finding.h"

namespace sc::web {

void drawFindingsView(const std::vector<sc::Finding>& findings);

}  // namespace sc::web
