// The sample scorecards compiled into the app, loaded through the same core code as any file.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "format/document_io.h"

namespace sc::web {

// File names of the embedded samples, first one opens at start.
std::vector<std::string> sampleNames();

// Loads sample `index` with sc::loadDocument; an index out of range is refused like a bad file.
sc::LoadResult loadSample(std::size_t index);

}  // namespace sc::web
