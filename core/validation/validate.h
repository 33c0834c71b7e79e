// Semantic validation of a loaded document: every rule returns findings with a JSON Pointer
// and a plain-language message. Documents with findings still load; the app shows them.
#pragma once

#include <vector>

#include "model/document.h"
#include "validation/finding.h"

namespace sc {

std::vector<Finding> validateDocument(const Document& doc);

}  // namespace sc
