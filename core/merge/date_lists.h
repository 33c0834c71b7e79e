// Lists of dates (model/fields.h FieldKind::DateList: the meetings a cadence item held) merge as
// a set: the list merge keeps each side's dates and drops the ones a side deleted, and this puts
// the result back in date order, so the dates both sides added interleave instead of theirs
// trailing after ours.
#pragma once

#include "model/document.h"

namespace sc::merge {

// Sorts every date list of `doc`, oldest first ("YYYY-MM-DD" sorts as text).
void sortDateLists(Document& doc);

}  // namespace sc::merge
