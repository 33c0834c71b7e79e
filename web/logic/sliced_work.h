// Work done a slice a frame (loading a file, writing an autosave): a frame runs the job's steps
// for about a budget, so a large document never freezes the page.
#pragma once

#include <chrono>

namespace sc::web {

// Runs job.step() (true when the job is done) until it is done or `budget` has passed, at least
// once; true once done. A budget of milliseconds::max() runs it to the end.
template <class Job>
bool stepWithin(Job& job, std::chrono::milliseconds budget) {
    const auto start = std::chrono::steady_clock::now();
    // Compared in milliseconds: milliseconds::max() overflows the clock's nanoseconds.
    while (!job.step())
        if (std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - start) >=
            budget)
            return false;
    return true;
}

}  // namespace sc::web
