// Semantic validation of a loaded document: every rule returns findings with a JSON Pointer
// and a plain-language message. Documents with findings still load; the app shows them.
#pragma once

#include <cstddef>
#include <vector>

#include "model/document.h"
#include "validation/finding.h"

namespace sc {

std::vector<Finding> validateDocument(const Document& doc);

// The same validation a rule family at a time (LoadJob runs one per step, so a large document's
// validation does not hold a frame for all of it): steps 0 .. validationSteps() - 1 in order
// append exactly validateDocument's findings.
std::size_t validationSteps();
void runValidationStep(std::size_t step, const Document& doc, std::vector<Finding>& out);

}  // namespace sc
