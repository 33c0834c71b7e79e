// Building blocks shared by every entity of the scorecard document.
// Plain value types: copyable, no behaviour beyond what the file format needs.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace sc {

using Json = nlohmann::ordered_json;

// Money is always integer minor units (cents) and rates are basis points (1% = 100 bp):
// never binary floats, so sums and comparisons are exact and files diff cleanly.
using MinorUnits = std::int64_t;
using BasisPoints = std::int64_t;

// Every entity carries these. Timestamps are ISO 8601 UTC strings ("2026-11-24T09:30:00Z");
// dates are "YYYY-MM-DD". Kept as strings so a file round-trips byte for byte.
struct Entity {
    std::string id;
    std::string name;
    std::string notes;
    std::string created;
    std::string updated;
    // Keys this version does not know (or values of the wrong type), written back unchanged
    // so a teammate's newer file loses nothing when it passes through this version.
    Json extra = Json::object();
};

// What a row-layout table in the file held besides rows this version can read: keys beside
// "columns" and "rows" (a newer version's), and rows that were not lists, each with its
// position. Kept so that saving a file loses nothing, even one that fails validation.
struct TableLeftovers {
    Json keys = Json::object();
    std::vector<std::pair<std::size_t, Json>> rows;  // (row index in the file, the value as read)
};

// A promise's or a channel's position on one dimension: a level id for ordered
// dimensions, a number for numeric ones.
struct LevelValue {
    std::string level;
    std::optional<double> number;
};

// dimension id -> value. std::map keeps the key order stable for the file.
using LevelMap = std::map<std::string, LevelValue>;

}  // namespace sc
