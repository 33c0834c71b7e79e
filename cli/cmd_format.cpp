// `scorecard format FILE [-o OUT] [--check]`: writes the canonical, migrated form of a file.
// OUT is written to OUT.tmp and renamed over OUT, so a failed write never leaves half a file.
#include <ostream>

#include "commands.h"
#include "format/document_io.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard format FILE [-o OUT] [--check]\n\n"
    "Writes FILE in canonical form (stable key and row order, two-space indentation,\n"
    "UTF-8, newline at the end), migrated to the current schema version.\n"
    "  -o OUT    write to OUT instead of standard output (OUT may be FILE itself);\n"
    "            written to a new OUT.tmp-* file first and then renamed, never half-written;\n"
    "            OUT keeps its permissions; an OUT that is a symbolic link is refused\n"
    "  --check   write nothing; exit 1 when FILE is not already canonical\n\n"
    "A file that cannot be loaded (not JSON, not a scorecard, newer version) is refused\n"
    "and nothing is written. Findings do not stop formatting: values of the wrong type are\n"
    "kept as they are (run scorecard validate to list them).\n\n"
    "exit codes: 0 written (or already canonical), 1 refused file (or --check: not canonical),\n"
    "            2 usage error, unreadable FILE or OUT not writable\n";

int runFormat(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    std::string input, output;
    bool check = false, haveOutput = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "-o" || a == "--output") {
            if (i + 1 >= args.size() || haveOutput) {
                err << "scorecard format: -o needs exactly one OUT file\n";
                return kExitUsage;
            }
            output = args[++i];
            haveOutput = true;
        } else if (a == "--check") {
            check = true;
        } else if (a.size() > 1 && a[0] == '-') {
            err << "scorecard format: unknown option '" << a << "' (see scorecard format --help)\n";
            return kExitUsage;
        } else if (input.empty()) {
            input = a;
        } else {
            err << "scorecard format: only one FILE at a time (got '" << input << "' and '" << a << "')\n";
            return kExitUsage;
        }
    }
    if (input.empty()) {
        err << "scorecard format: no file given\n" << kUsage;
        return kExitUsage;
    }
    if (check && haveOutput) {
        err << "scorecard format: --check writes nothing, so it cannot take -o\n";
        return kExitUsage;
    }
    std::string text;
    LoadResult loaded;
    if (const int code = loadScorecardFile("format", input, loaded, err, &text); code != kExitOk) return code;
    const std::string canonical = saveDocument(loaded.document);
    if (check) {
        if (canonical == text) return kExitOk;
        err << input << ": not in canonical form (run scorecard format " << input << " -o " << input << ")\n";
        return kExitFindings;
    }
    if (hasErrors(loaded.findings))
        err << input
            << ": has errors; formatted anyway, keeping the values as they are (see scorecard validate)\n";
    if (!haveOutput) {
        out << canonical;
        return kExitOk;
    }
    std::string writeError;
    if (!writeAtomically(output, canonical, writeError)) {
        err << "scorecard format: " << writeError << "\n";
        return kExitUsage;
    }
    return kExitOk;
}

}  // namespace

Command formatCommand() {
    return {"format", "rewrite a scorecard file in canonical form (-o OUT, --check)", kUsage, runFormat};
}

}  // namespace sc::cli
