// `scorecard csv-preview DATA.csv [--delimiter ,|;|tab]`: prints how the CSV reader parses a
// file — a JSON array, one object per data row keyed by the header row's names, every value a
// string — so anyone can see how a partner's file will be read before importing it.
#include <ostream>

#include "commands.h"
#include "import/csv_parser.h"
#include "import/csv_preview.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard csv-preview DATA.csv [--delimiter ,|;|tab]\n\n"
    "Prints the file as the importer's CSV reader sees it: a JSON array with one object per\n"
    "data row, keyed by the header row's names, every value a string exactly as read (quotes\n"
    "removed, doubled quotes undone, a UTF-8 byte order mark dropped, quoted line breaks kept as\n"
    "\\n). Nothing is converted: no money, dates or numbers are interpreted here. Rows with more\n"
    "or fewer cells than the header are printed too and named on stderr; extra cells are keyed\n"
    "\"column N\".\n\n"
    "  --delimiter D   ',', ';' or 'tab' (default: detected as `scorecard import` does)\n\n"
    "exit codes: 0 printed, 1 the file cannot be parsed (the message names line and column),\n"
    "            2 usage error or a file that cannot be read\n";

int runCsvPreview(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const auto parsed = parseArgs("csv-preview", args, {"--delimiter"}, 1, err);
    if (!parsed) return kExitUsage;
    if (parsed->files.empty()) {
        err << "scorecard csv-preview: no file given\n" << kUsage;
        return kExitUsage;
    }
    char delimiter = 0;
    if (parsed->values.count("--delimiter")) {
        const std::string d = parsed->value("--delimiter");
        if (d == ",") delimiter = ',';
        else if (d == ";") delimiter = ';';
        else if (d == "tab" || d == "\t") delimiter = '\t';
        else {
            err << "scorecard csv-preview: --delimiter must be ',', ';' or tab, not '" << d << "'\n";
            return kExitUsage;
        }
    }
    const std::string& file = parsed->files[0];
    std::string text, readError;
    if (!readFile(file, text, readError)) {
        err << "scorecard csv-preview: " << readError << "\n";
        return kExitUsage;
    }
    const csv::Preview preview = csv::preview(text, delimiter);
    if (!preview.ok) {
        err << file << ": error: " << preview.error << "\n";
        return kExitFindings;
    }
    for (const std::string& warning : preview.warnings) err << file << ": warning: " << warning << "\n";
    out << preview.rows.dump(2, ' ', false, Json::error_handler_t::strict) << "\n";
    return kExitOk;
}

}  // namespace

Command csvPreviewCommand() {
    return {"csv-preview", "how the CSV reader parses a file: JSON, one object per row", kUsage,
            runCsvPreview};
}

}  // namespace sc::cli
