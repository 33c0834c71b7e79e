// Schema versions and the migrations between them, on the JSON tree before it is read.
//  v0: the pre-release layout ("format": "alignment-scorecard", "version": 0): entity names in
//      "title", money as decimal currency units, deals as one object each.
//  v1: the current layout (docs/FORMAT.md).
#pragma once

#include <optional>
#include <string>

#include "model/common.h"

namespace sc {

struct VersionCheck {
    std::optional<int> version;  // set when the tree is a scorecard of a known or newer version
    std::string error;           // set when it is not a scorecard at all
};

// Which schema version a parsed tree claims, or why it is not a scorecard.
VersionCheck detectSchemaVersion(const Json& tree);

// Upgrades a tree of version `from` (< kSchemaVersion) to the current version.
Json migrateToCurrent(Json tree, int from);

}  // namespace sc
