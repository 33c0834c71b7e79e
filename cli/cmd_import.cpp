// `scorecard import FILE --table TABLE CSV [...]`: merges a CSV export into one row table or
// list (price book, discount bands, partners, territories) of FILE and writes the updated document (stdout,
// or OUT via OUT.tmp + rename). All or nothing: any bad cell is listed as CSV:LINE:COLUMN (HEADER): message
// and nothing is written.
#include <ctime>
#include <ostream>

#include "commands.h"
#include "format/document_io.h"
#include "import/column_mapping.h"
#include "import/table_import.h"
#include "terminal_text.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard import FILE --table TABLE CSV [--map \"HEADER=column\"]... [--delimiter D]\n"
    "                        [--decimal-comma | --decimal-point] [--date-format FORMAT] [-o OUT] "
    "[--dry-run]\n\n"
    "Imports the rows of CSV (a spreadsheet or CRM export) into TABLE of the scorecard FILE and\n"
    "writes the updated document in canonical form. TABLE is one of the row tables deals,\n"
    "deal_registrations, report_submissions, kpi_records, or of the rules of engagement and\n"
    "partners: price_book, discount_bands, partners, territories (list cells such as a\n"
    "territory's regions are split at ';', '|' or a line break). Rows whose id is already in\n"
    "the table are updated, the others added; rows without an id are matched by their content\n"
    "(a SKU, a tier, a name ...) or get an id derived from it, so importing the same file again\n"
    "changes nothing (docs/IMPORT.md).\n\n"
    "  --table TABLE       the table to import into (required)\n"
    "  --map \"H=column\"    read the CSV column headed H into column (repeatable); headers are\n"
    "                      otherwise matched by name or a common synonym, in any case or spacing;\n"
    "                      \"H=-\" leaves the column H unread\n"
    "  --delimiter D       ',', ';' or tab (also: comma, semicolon, tab); detected when not given\n"
    "  --decimal-comma     numbers are written 1.234,50 (comma before the decimals)\n"
    "  --decimal-point     numbers are written 1,234.50 (point before the decimals)\n"
    "                      without either, a number that reads two ways (\"1,234\") is refused\n"
    "  --date-format F     how dates are written: YYYY-MM-DD (default), DD/MM/YYYY, MM/DD/YYYY,\n"
    "                      DD.MM.YYYY ... (YYYY, MM and DD once each, one separator)\n"
    "  -o OUT              write to OUT (via a new OUT.tmp-* file and a rename) instead of\n"
    "                      standard output; FILE is overwritten only when OUT names it;\n"
    "                      OUT keeps its permissions; an OUT that is a symbolic link is refused\n"
    "  --dry-run           check and summarise the import, write nothing\n\n"
    "Money cells are amounts in the document's currency (\"$1,299.00\"), or integer minor units\n"
    "when the header says so (\"list_price_cents\", \"Price (cents)\", \"price_minor\").\n"
    "Every error names its place as CSV:LINE:COLUMN (HEADER): message; at most 50 are listed\n"
    "with a count of the rest. Validation findings the import introduces are listed after the\n"
    "summary (they do not stop the import).\n\n"
    "exit codes: 0 imported (or --dry-run found no error), 1 any import error or a refused FILE\n"
    "            (nothing written), 2 usage error, unreadable file or OUT not writable\n";

bool delimiterFromName(const std::string& name, char& delimiter) {
    if (name == "," || name == "comma") delimiter = ',';
    else if (name == ";" || name == "semicolon") delimiter = ';';
    else if (name == "\t" || name == "\\t" || name == "tab") delimiter = '\t';
    else return false;
    return true;
}

std::string nowUtc() {
    const std::time_t now = std::time(nullptr);
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string oneLine(std::string text) {
    for (char& c : text)
        if (c == '\n' || c == '\r') c = ' ';
    return text;
}

struct Arguments {
    std::string file, csv, output;
    bool haveOutput = false, dryRun = false;
    csv::ImportOptions options;
};

// Parses the command line into `a`; false with a message in `error`.
bool parseArguments(const std::vector<std::string>& args, Arguments& a, std::string& error) {
    bool markGiven = false;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](std::string& into) {
            if (i + 1 >= args.size()) {
                error = arg + " needs a value";
                return false;
            }
            into = args[++i];
            return true;
        };
        std::string v;
        if (arg == "--table") {
            if (!value(a.options.table)) return false;
        } else if (arg == "--map") {
            if (!value(v)) return false;
            const auto eq = v.rfind('=');
            if (eq == std::string::npos || eq == 0 || eq + 1 == v.size()) {
                error = "--map takes \"CSV Header=column\" (got \"" + v + "\")";
                return false;
            }
            a.options.columnMap.emplace_back(v.substr(0, eq), v.substr(eq + 1));
        } else if (arg == "--delimiter") {
            char d = 0;
            if (!value(v)) return false;
            if (!delimiterFromName(v, d)) {
                error = "--delimiter is ',', ';' or tab (got \"" + v + "\")";
                return false;
            }
            a.options.delimiter = d;
        } else if (arg == "--decimal-comma" || arg == "--decimal-point") {
            if (markGiven) {
                error = "give one of --decimal-comma and --decimal-point";
                return false;
            }
            markGiven = true;
            a.options.decimalMark =
                arg == "--decimal-comma" ? csv::DecimalMark::Comma : csv::DecimalMark::Point;
        } else if (arg == "--date-format") {
            if (!value(v)) return false;
            if (!csv::parseDateFormat(v, a.options.dateFormat)) {
                error =
                    "--date-format takes YYYY, MM and DD once each with one separator, e.g. DD/MM/YYYY (got "
                    "\"" +
                    v + "\")";
                return false;
            }
        } else if (arg == "-o" || arg == "--output") {
            if (a.haveOutput || !value(a.output)) {
                error = "-o needs exactly one OUT file";
                return false;
            }
            a.haveOutput = true;
        } else if (arg == "--dry-run") {
            a.dryRun = true;
        } else if (arg.size() > 1 && arg[0] == '-') {
            error = "unknown option '" + arg + "' (see scorecard import --help)";
            return false;
        } else if (a.file.empty()) {
            a.file = arg;
        } else if (a.csv.empty()) {
            a.csv = arg;
        } else {
            error = "one FILE and one CSV at a time (got also '" + arg + "')";
            return false;
        }
    }
    if (a.file.empty() || a.csv.empty()) error = "needs a scorecard FILE and a CSV file";
    else if (a.options.table.empty()) error = "--table is required (" + csv::importTableNames() + ")";
    else if (!csv::findImportTable(a.options.table))
        error = "--table is one of " + csv::importTableNames() + " (got \"" + a.options.table + "\")";
    else if (a.dryRun && a.haveOutput) error = "--dry-run writes nothing, so it cannot take -o";
    return error.empty();
}

int runImport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    Arguments a;
    std::string error;
    if (!parseArguments(args, a, error)) {
        err << "scorecard import: " << error << "\n";
        return kExitUsage;
    }
    std::string documentText, csvText;
    if (!readFile(a.file, documentText, error) || !readFile(a.csv, csvText, error)) {
        err << "scorecard import: " << error << "\n";
        return kExitUsage;
    }
    const LoadResult loaded = loadDocument(documentText);
    if (loaded.outOfMemory) return outOfMemoryReading("import", a.file, documentText.size(), err);
    if (!loaded.ok) {
        err << a.file << ": error: " << oneLine(loaded.error) << "\n";
        return kExitFindings;
    }
    a.options.timestamp = nowUtc();
    const csv::ImportResult result = csv::importCsv(loaded.document, csvText, a.options);
    if (!result.ok) {
        for (const auto& issue : result.errors) err << oneLine(csv::formatIssue(a.csv, issue)) << "\n";
        if (result.errorCount > result.errors.size())
            err << a.csv << ": ... and " << result.errorCount - result.errors.size() << " more errors\n";
        err << a.csv << ": " << result.errorCount << (result.errorCount == 1 ? " error" : " errors")
            << "; nothing imported\n";
        return kExitFindings;
    }
    // The summary goes where the document does not; on stdout it is neutralised like stderr
    // (runCli), as it quotes the file's names.
    TerminalSafeBuffer safeOutBuffer(out.rdbuf());
    std::ostream safeOut(&safeOutBuffer);
    std::ostream& report = a.haveOutput || a.dryRun ? safeOut : err;
    if (!result.ignoredHeaders.empty()) {
        report << a.csv << ": ignored columns (not read into " << a.options.table
               << "; read one with --map \"HEADER=column\"):";
        for (const auto& h : result.ignoredHeaders) report << " " << csv::quoteCell(h);
        report << "\n";
    }
    report << csv::importSummary(result, a.options.table, a.csv)
           << (a.dryRun ? " (dry run, nothing written)" : "") << "\n";
    for (const auto& f : result.findings) {
        if (f.line) report << a.csv << ":" << f.line << ": ";
        else report << (a.haveOutput ? a.output : a.file) << ":" << f.finding.pointer << ": ";
        report << severityName(f.finding.severity) << ": " << oneLine(f.finding.message);
        if (f.line) report << " (" << f.finding.pointer << ")";
        report << "\n";
    }
    if (a.dryRun) return kExitOk;
    const std::string canonical = saveDocument(result.document);
    if (!a.haveOutput) {
        out << canonical;
        return kExitOk;
    }
    if (!writeAtomically(a.output, canonical, error)) {
        err << "scorecard import: " << error << "\n";
        return kExitUsage;
    }
    return kExitOk;
}

}  // namespace

Command importCommand() {
    return {"import", "merge a partner's CSV export into a table (deals, price book, partners ...)", kUsage,
            runImport};
}

}  // namespace sc::cli
