// `scorecard report FILE [-o report.html] [--date YYYY-MM-DD]`: the scorecard's results as one
// self-contained HTML page (core/report/html_report.h; docs/REPORT.md).
#include <ostream>

#include "commands.h"
#include "report/html_report.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard report FILE [-o report.html] [--date YYYY-MM-DD]\n\n"
    "Writes the results of FILE as one self-contained HTML page: the dashboard figures (alignment\n"
    "index with its formula, open mismatches by severity as a chart, KPIs against benchmarks,\n"
    "what is overdue), the ranked mismatches with explanations and decisions, the action list,\n"
    "the partner KPI table and the audit findings. Styles and the chart are inline; the page has\n"
    "no script and makes no request (a Content-Security-Policy forbids any). It prints to PDF\n"
    "from a browser, one section per page. The file is not changed. Same FILE and date, same\n"
    "bytes (docs/REPORT.md).\n\n"
    "  -o report.html  write there (replaced whole, never half-written, keeping its\n"
    "                  permissions; a symbolic link is refused); default: stdout\n"
    "  --date DATE     the date the report is as of (default: today, UTC); --today is the same\n\n"
    "exit codes: 0 written, 1 the file was refused (not a scorecard, newer version),\n"
    "            2 usage error or a file that cannot be read or written\n";

int runReport(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    auto parsed = parseArgs("report", args, {"-o", "--date", "--today"}, 1, err);
    if (!parsed) return kExitUsage;
    const std::string file = parsed->files.empty() ? std::string() : parsed->files[0];
    if (file.empty()) {
        err << "scorecard report: no file given\n" << kUsage;
        return kExitUsage;
    }
    if (parsed->values.count("--date") && parsed->values.count("--today")) {
        err << "scorecard report: give --date or --today, not both\n";
        return kExitUsage;
    }
    if (parsed->values.count("--date")) parsed->values["--today"] = parsed->values["--date"];
    const auto today = todayOption("report", *parsed, err);
    if (!today) return kExitUsage;
    LoadResult loaded;
    if (const int code = loadScorecardFile("report", file, loaded, err); code != kExitOk) return code;
    noteErrorFindings(file, loaded, "values with errors are skipped in the report", err);
    const std::string html = report::htmlReport(loaded.document, *today);
    const std::string output = parsed->value("-o");
    if (output.empty()) {
        out << html;
        return kExitOk;
    }
    std::string writeError;
    if (!writeAtomically(output, html, writeError)) {
        err << "scorecard report: " << writeError << "\n";
        return kExitUsage;
    }
    err << "scorecard report: wrote the report as of " << *today << " to " << output << "\n";
    return kExitOk;
}

}  // namespace

Command reportCommand() {
    return {"report", "the results as one self-contained, printable HTML page", kUsage, runReport};
}

}  // namespace sc::cli
