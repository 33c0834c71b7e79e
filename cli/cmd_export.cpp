// `scorecard export FILE --table TABLE [-o OUT.csv]`: a table of the scorecard as RFC 4180 CSV
// with a header row, safe to open in a spreadsheet (formula-like text cells neutralised).
#include <ostream>

#include "commands.h"
#include "format/table_export.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard export FILE --table TABLE [-o OUT.csv]\n\n"
    "Writes one table of FILE as CSV (RFC 4180, UTF-8, CRLF line ends) with the file's column\n"
    "names as the header and the values as the file holds them: money in minor units under its\n"
    "_minor column (395090 = 3,950.90), rates in basis points under _bp. A text cell starting\n"
    "with = + - @, a tab or a carriage return gets a leading apostrophe so a spreadsheet shows it\n"
    "as text instead of running it as a formula (CSV injection).\n\n"
    "  --table TABLE  deals, deal_registrations, report_submissions, kpi_records,\n"
    "                 pulse_answers or pair_observations\n"
    "  -o OUT.csv     write there (replaced whole, never half-written, keeping its\n"
    "                 permissions; a symbolic link is refused); default: stdout\n\n"
    "exit codes: 0 written, 1 the file was refused (not a scorecard, newer version),\n"
    "            2 usage error, unknown table or a file that cannot be read or written\n";

int runExport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const auto parsed = parseArgs("export", args, {"--table", "-o"}, 1, err);
    if (!parsed) return kExitUsage;
    const std::string file = parsed->files.empty() ? std::string() : parsed->files[0];
    const std::string table = parsed->value("--table");
    const std::string output = parsed->value("-o");
    if (file.empty() || table.empty()) {
        err << "scorecard export: give FILE and --table TABLE\n" << kUsage;
        return kExitUsage;
    }
    LoadResult loaded;
    if (const int code = loadScorecardFile("export", file, loaded, err); code != kExitOk) return code;
    noteErrorFindings(file, loaded, "the table is written as read", err);
    const TableExport exported = exportTableCsv(loaded.document, table);
    if (!exported.ok) {
        err << "scorecard export: " << exported.error << "\n";
        return kExitUsage;
    }
    if (output.empty()) {
        out << exported.csv;
        return kExitOk;
    }
    std::string writeError;
    if (!writeAtomically(output, exported.csv, writeError)) {
        err << "scorecard export: " << writeError << "\n";
        return kExitUsage;
    }
    err << "scorecard export: wrote " << exported.rows << (exported.rows == 1 ? " row" : " rows") << " of "
        << table << " to " << output << "\n";
    return kExitOk;
}

}  // namespace

Command exportCommand() {
    return {"export", "a table (deals, KPI records, ...) as spreadsheet-safe CSV", kUsage, runExport};
}

}  // namespace sc::cli
