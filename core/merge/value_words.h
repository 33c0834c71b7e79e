// Values in plain words for conflict reports: "'Try it now'", "40", "yes", "not set",
// "3 items: 'a', 'b', 'c'", and for a whole entity what changed in it.
#pragma once

#include <string>
#include <vector>

#include "model/common.h"

namespace sc::merge {

// One value as a reader would say it; `value` == nullptr means the field is not set (absent
// or empty, which the canonical file does not write). Long text is shortened with "…".
std::string valueInWords(const Json* value);

// How `after` differs from `before`, e.g. "changed text, levels": the keys of two objects (or,
// for two table rows in row form, the `columns` of the cells) whose values differ.
std::string changesInWords(const Json& before, const Json& after,
                           const std::vector<std::string>* columns = nullptr);

}  // namespace sc::merge
