// `scorecard score FILE [--format text|json] [--today YYYY-MM-DD]`: the mismatch engine's
// report on the command line — text for people, JSON (docs/SCORE.md) for pipelines.
#include <ctime>
#include <ostream>

#include "commands.h"
#include "engine/score_report.h"
#include "format/document_io.h"

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

bool isDate(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    int month = (s[5] - '0') * 10 + (s[6] - '0');
    int day = (s[8] - '0') * 10 + (s[9] - '0');
    return month >= 1 && month <= 12 && day >= 1 && day <= 31;
}

std::string todayUtc() {
    std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}

int runScore(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const auto parsed = parseArgs("score", args, {"--format", "--today"}, 1, err);
    if (!parsed) return kExitUsage;
    const std::string file = parsed->files.empty() ? std::string() : parsed->files[0];
    const std::string format = parsed->value("--format", "text");
    std::string today = parsed->value("--today");
    if (file.empty()) {
        err << "scorecard score: no file given\n" << kUsage;
        return kExitUsage;
    }
    if (format != "text" && format != "json") {
        err << "scorecard score: --format must be text or json, not '" << format << "'\n";
        return kExitUsage;
    }
    if (today.empty()) today = todayUtc();
    if (!isDate(today)) {
        err << "scorecard score: --today must be YYYY-MM-DD, not '" << today << "'\n";
        return kExitUsage;
    }
    LoadResult loaded;
    if (const int code = loadScorecardFile("score", file, loaded, err); code != kExitOk) return code;
    noteErrorFindings(file, loaded, "values with errors are skipped in the score", err);
    const auto report = engine::buildScoreReport(loaded.document, today);
    if (format == "json") out << engine::scoreReportToJson(report).dump(2) << "\n";
    else out << engine::scoreReportToText(report);
    return kExitOk;
}

}  // namespace

Command scoreCommand() {
    return {"score", "rank and explain mismatches, symptoms, diagnosis and the alignment index", kUsage,
            runScore};
}

}  // namespace sc::cli
