// The one way a scorecard file is written: two-space indentation, UTF-8, one key per line,
// rows of large tables one per line, a newline at the end. Same tree in, same bytes out.
#pragma once

#include <string>

#include "model/common.h"

namespace sc {

std::string dumpCanonical(const Json& tree);

}  // namespace sc
