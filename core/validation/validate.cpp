// Runs every rule family in a fixed order, so the same document always yields the same
// findings in the same order (the CLI output and the app's list are stable).
#include "validation/validate.h"

#include "validation/consistency.h"
#include "validation/rule_context.h"

namespace sc {

std::vector<Finding> validateDocument(const Document& doc) {
    std::vector<Finding> out;
    rules::FindingSink sink(out);
    rules::checkIds(doc, sink);
    rules::checkText(doc, sink);
    rules::checkReferences(doc, sink);
    rules::checkLevels(doc, sink);
    rules::checkRanges(doc, sink);
    rules::checkTables(doc, sink);
    rules::checkDates(doc, sink);
    rules::checkEnums(doc, sink);
    rules::checkConsistency(doc, sink);
    return out;
}

}  // namespace sc
