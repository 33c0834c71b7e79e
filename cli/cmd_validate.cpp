// `scorecard validate FILE...`: one line per finding, `FILE:POINTER: severity: message`, so
// editors and CI can jump to the place. A refused file prints `FILE: error: <why>`.
#include <ostream>
#include <string>

#include "commands.h"
#include "format/document_io.h"
#include "terminal_text.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard validate FILE...\n\n"
    "Checks each scorecard file and prints one line per finding:\n"
    "  FILE:POINTER: severity: message\n"
    "where POINTER is the JSON Pointer of the value (e.g. /promises/2/segment_id, or\n"
    "/deals/rows/5/2 for a table cell) and severity is error or warning.\n"
    "A file that cannot be loaded at all (not JSON, not a scorecard, or written by a newer\n"
    "version) prints `FILE: error: <reason>`.\n\n"
    "A file over the size limit is not read (scorecard --help: --max-size).\n\n"
    "exit codes: 0 no errors (warnings allowed), 1 at least one error or refused file,\n"
    "            2 usage error, or a file that cannot be read, is too large or runs out of memory\n";

// One finding is one line: a name typed with a line break must not split it.
std::string oneLine(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

int runValidate(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::vector<std::string> files;
    for (const auto& a : args) {
        if (a.size() > 1 && a[0] == '-') {
            err << "scorecard validate: unknown option '" << a << "' (see scorecard validate --help)\n";
            return kExitUsage;
        }
        files.push_back(a);
    }
    if (files.empty()) {
        err << "scorecard validate: no file given\n" << kUsage;
        return kExitUsage;
    }
    bool unreadable = false, anyError = false;
    for (const auto& file : files) {
        std::string text, readError;
        if (!readFile(file, text, readError)) {
            err << "scorecard validate: " << readError << "\n";
            unreadable = true;
            continue;
        }
        const LoadResult loaded = loadDocument(text);
        if (loaded.outOfMemory) {
            outOfMemoryReading("validate", file, text.size(), err);
            unreadable = true;
            continue;
        }
        if (!loaded.ok) {
            out << terminalSafe(file + ": error: " + oneLine(loaded.error)) << "\n";
            anyError = true;
            continue;
        }
        std::size_t errors = 0, warnings = 0;
        for (const auto& f : loaded.findings) {
            out << terminalSafe(file + ":" + f.pointer + ": " + severityName(f.severity) + ": " +
                                oneLine(f.message))
                << "\n";
            (f.severity == Severity::Error ? errors : warnings)++;
        }
        anyError = anyError || errors > 0;
        err << file << ": " << errors << (errors == 1 ? " error, " : " errors, ") << warnings
            << (warnings == 1 ? " warning" : " warnings")
            << (loaded.migrated()
                    ? " (schema version " + std::to_string(loaded.sourceVersion) + ", migrated on load)"
                    : "")
            << "\n";
    }
    if (unreadable) return kExitUsage;
    return anyError ? kExitFindings : kExitOk;
}

}  // namespace

Command validateCommand() {
    return {"validate", "check scorecard files and list findings (FILE:POINTER: severity: message)", kUsage,
            runValidate};
}

}  // namespace sc::cli
