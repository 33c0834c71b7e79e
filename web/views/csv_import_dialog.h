// The Import CSV dialog: the file's first rows under its headers, the table it goes into and
// each column's mapping (adjustable), every bad cell with its row and column from a dry run,
// then Import (one Undo step, all or nothing) or Cancel (the document is unchanged).
#pragma once

#include <string>

#include "logic/csv_import.h"

namespace sc::web {

struct CsvImportRequests {
    bool changed = false;  // the table or a mapping changed: run the dry import again
    bool import = false;
    bool cancel = false;
};

// Call every frame while a draft exists; `open` opens the modal (the frame a file arrived);
// `currency` is the document's (amounts are shown in it).
CsvImportRequests drawCsvImportDialog(CsvImportDraft& draft, bool open, const std::string& currency);

}  // namespace sc::web
