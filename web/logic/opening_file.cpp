#include "logic/opening_file.h"

#include "logic/sliced_work.h"

namespace sc::web {

bool stepOpening(OpeningFile& file, std::chrono::milliseconds budget) { return stepWithin(file.job, budget); }

}  // namespace sc::web
