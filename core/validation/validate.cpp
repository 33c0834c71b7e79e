// Runs every rule family in a fixed order, so the same document always yields the same
// findings in the same order (the CLI output and the app's list are stable).
#include "validation/validate.h"

#include <iterator>

#include "validation/consistency.h"
#include "validation/rule_context.h"

namespace sc {

namespace {

using RuleFamily = void (*)(const Document&, rules::FindingSink&);
constexpr RuleFamily kFamilies[] = {
    rules::checkIds,    rules::checkText,   rules::checkReferences,
    rules::checkLevels, rules::checkRanges, rules::checkTables,
    rules::checkDates,  rules::checkEnums,  rules::checkConsistency,
};

}  // namespace

std::size_t validationSteps() { return std::size(kFamilies); }

void runValidationStep(std::size_t step, const Document& doc, std::vector<Finding>& out) {
    if (step >= validationSteps()) return;
    rules::FindingSink sink(out);
    kFamilies[step](doc, sink);
}

std::vector<Finding> validateDocument(const Document& doc) {
    std::vector<Finding> out;
    for (std::size_t step = 0; step < validationSteps(); ++step) runValidationStep(step, doc, out);
    return out;
}

}  // namespace sc
