// Text for values the tables show in one cell: a promise's or channel's dimension levels,
// lists joined with a separator.
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace sc::web {

// "Buying motion: Self-serve · Sales cycle: 14 days", names looked up in doc.dimensions
// (an unknown dimension or level shows its id).
std::string describeLevels(const sc::Document& doc, const sc::LevelMap& levels);

// Items joined by `separator` ("a, b, c").
std::string joinText(const std::vector<std::string>& items, const std::string& separator);

}  // namespace sc::web
