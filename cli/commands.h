// One factory per command, defined in cli/cmd_<name>.cpp.
#pragma once

#include "cli.h"

namespace sc::cli {

}  // namespace sc::cli
