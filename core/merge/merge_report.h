// The merge's report in words (for a terminal) or as JSON (for tools): each conflict with
// the entity, the field, the three values and the side kept; then the merged document's
// findings, marked when the merge introduced them.
#pragma once

#include <string>

#include "merge/merge.h"

namespace sc {

const char* mergeSideName(MergeSide side);  // "ours" | "theirs"

// One conflict on one line, e.g. "conflict at /promises/0/text: promise 'Try it now' (id
// p_try), field text changed on both sides: base 'A', ours 'B', theirs 'C'; kept ours".
std::string conflictInWords(const MergeConflict& c);

// The whole report as text: conflicts, findings, then a summary line. `twoWay` says there was no base.
std::string mergeReportText(const MergeResult& result, bool twoWay);

// The same as a JSON object: {"clean", "two_way", "conflicts": [...], "findings": [...]}.
std::string mergeReportJson(const MergeResult& result, bool twoWay);

}  // namespace sc
