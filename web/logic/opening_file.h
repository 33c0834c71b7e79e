// A file being opened a slice a frame (sc::LoadJob): a large file no longer freezes the page,
// which shows how far the read got and offers Cancel.
#pragma once

#include <chrono>
#include <string>

#include "format/load_job.h"

namespace sc::web {

struct OpeningFile {
    OpeningFile(std::string fileName, int token, std::string text)
        : name(std::move(fileName)), fileToken(token), job(std::move(text)) {}
    std::string name;
    int fileToken = 0;  // the page's handle of the file (0 = none), as App::openFileText takes it
    sc::LoadJob job;
    bool dialogShown = false;  // the progress dialog was opened (a file read within one frame never shows it)
};

// Runs the load for about `budget` (at least one step); true once it is done.
bool stepOpening(OpeningFile& file, std::chrono::milliseconds budget);

}  // namespace sc::web
