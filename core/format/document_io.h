// Loading and saving whole scorecard files: bytes in, Document out, and back.
// A file is either loaded (possibly with findings to show) or refused whole with one clear
// message — never half-loaded.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "format/limits.h"
#include "model/document.h"
#include "validation/finding.h"

namespace sc {

struct LoadResult {
    bool ok = false;
    std::string error;  // why the file was refused (when !ok): names the line/column or path
    Document document;
    std::vector<Finding> findings;  // type/required findings from reading, then validation
    int sourceVersion = 0;          // the schema version the file was written in
    bool outOfMemory = false;       // refused because memory ran out while reading (error says so)
    bool migrated() const { return ok && sourceVersion != kSchemaVersion; }
};

// Parses, checks the version, migrates, reads and validates. Never throws.
LoadResult loadDocument(std::string_view text);

// The canonical bytes of a document (docs/FORMAT.md).
std::string saveDocument(const Document& doc);

}  // namespace sc
