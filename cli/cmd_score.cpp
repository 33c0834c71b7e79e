// `scorecard score FILE [--format text|json] [--today YYYY-MM-DD]`: the mismatch engine's
// report on the command line — text for people, JSON (docs/SCORE.md) for pipelines.
#include <ostream>

#include "commands.h"
#include "dashboard/score_sections.h"
#include "engine/score_report.h"
#include "format/document_io.h"
#include "terminal_text.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard score FILE [--format text|json] [--today YYYY-MM-DD]\n\n"
    "Recomputes the mismatches of a scorecard (keeping every decision, note and dismissal in\n"
    "memory; the file is not changed) and prints them ranked by priority, each with its\n"
    "explanation, severity, message/distribution diagnosis and priority arithmetic, then the\n"
    "symptoms, journey divergence, readiness and the alignment index with its formula.\n\n"
    "  --format text   for people (default)\n"
    "  --format json   for pipelines; the shape is documented in docs/SCORE.md\n"
    "  --today DATE    the date to score at (default: today, UTC)\n\n"
    "exit codes: 0 scored, 1 the file was refused (not a scorecard, newer version),\n"
    "            2 usage error or a file that cannot be read\n";

int runScore(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const auto parsed = parseArgs("score", args, {"--format", "--today"}, 1, err);
    if (!parsed) return kExitUsage;
    const std::string file = parsed->files.empty() ? std::string() : parsed->files[0];
    const std::string format = parsed->value("--format", "text");
    if (file.empty()) {
        err << "scorecard score: no file given\n" << kUsage;
        return kExitUsage;
    }
    if (format != "text" && format != "json") {
        err << "scorecard score: --format must be text or json, not '" << format << "'\n";
        return kExitUsage;
    }
    const auto today = todayOption("score", *parsed, err);
    if (!today) return kExitUsage;
    LoadResult loaded;
    if (const int code = loadScorecardFile("score", file, loaded, err); code != kExitOk) return code;
    noteErrorFindings(file, loaded, "values with errors are skipped in the score", err);
    const auto report = engine::buildScoreReport(loaded.document, *today);
    // The dashboard's review trend and action list follow the engine's report (docs/SCORE.md).
    if (format == "json") {
        Json json = engine::scoreReportToJson(report);
        dashboard::addScoreSections(json, loaded.document, report, *today);
        out << json.dump(2) << "\n";
    } else {
        out << terminalSafe(engine::scoreReportToText(report) +
                            dashboard::scoreSectionsText(loaded.document, report, *today));
    }
    return kExitOk;
}

}  // namespace

Command scoreCommand() {
    return {"score", "rank and explain mismatches, symptoms, diagnosis and the alignment index", kUsage,
            runScore};
}

}  // namespace sc::cli
