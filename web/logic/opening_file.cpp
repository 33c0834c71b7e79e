#include "logic/opening_file.h"

namespace sc::web {

bool stepOpening(OpeningFile& file, std::chrono::milliseconds budget) {
    const auto start = std::chrono::steady_clock::now();
    // Compared in milliseconds: a budget of milliseconds::max() overflows the clock's nanoseconds.
    while (!file.job.step())
        if (std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start) >=
            budget)
            return false;
    return true;
}

}  // namespace sc::web
