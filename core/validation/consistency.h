// Rule family "consistency": things the document states twice that contradict each other
// (issue 13.2 and 13.9). Both are warnings: the file is readable, but a workshop would be misled.
//  - a fix recorded as done (the decision implemented, or its mismatch fixed/verified) while
//    touchpoints of its checklist are open — seed 002: "changing the landing page copy but not
//    updating the email sequence or the sales script leaves the misalignment in place"; a hand
//    edit, a merge or an import can produce it (markImplemented never does);
//  - an approved claim ("what partners can say", seed 000) that contains a forbidden phrase.
#pragma once

#include "validation/rule_context.h"

namespace sc::rules {

void checkConsistency(const Document& doc, FindingSink& sink);  // consistency.cpp

}  // namespace sc::rules
