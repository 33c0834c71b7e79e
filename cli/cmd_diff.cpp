// `scorecard diff A B [--format text|json]`: what changed from A to B, entity by entity and
// field by field (core/diff, docs/DIFF.md), on standard output. Exit 0 equal, 1 different,
// 2 usage error or an input that cannot be read or is refused.
#include <ostream>

#include "commands.h"
#include "diff/diff.h"
#include "diff/diff_report.h"
#include "terminal_text.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard diff A B [--format text|json]\n\n"
    "Shows what changed from scorecard file A to file B, by entity and field rather than\n"
    "by line: each entity added or removed (by id, with its name), and each field changed,\n"
    "with its label and both values in words (money in the file's currency, dates,\n"
    "vocabulary words, the names of what a reference points to). Entities are matched by id\n"
    "in every list and table (deals, KPI records...), as `scorecard merge` matches them.\n"
    "  --format FORMAT  text (default): grouped by list, one line per change, then\n"
    "                   \"N changed, N added, N removed\"; json: one object\n"
    "                   {\"equal\", \"changed\", \"added\", \"removed\", \"changes\": [...]}\n"
    "                   (see docs/DIFF.md)\n\n"
    "exit codes: 0 the files are equal, 1 they differ, 2 usage error or a file that cannot\n"
    "            be read or is refused (not a scorecard, newer schema version)\n";

int runDiff(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    const auto parsed = parseArgs("diff", args, {"--format"}, 2, err);
    if (!parsed) return kExitUsage;
    const std::string format = parsed->value("--format", "text");
    if (format != "text" && format != "json") {
        err << "scorecard diff: --format takes text or json, not '" << format << "'\n";
        return kExitUsage;
    }
    if (parsed->files.size() != 2) {
        err << "scorecard diff: expected two files, A and B, got " << parsed->files.size()
            << " (see scorecard diff --help)\n";
        return kExitUsage;
    }
    LoadResult a, b;
    // A refused file is a read error here: there is nothing to compare.
    if (loadScorecardFile("diff", parsed->files[0], a, err) != kExitOk ||
        loadScorecardFile("diff", parsed->files[1], b, err) != kExitOk)
        return kExitUsage;
    const DocumentDiff diff = diffDocuments(a.document, b.document);
    // Names and values come from the files: JSON escapes control characters itself; text goes
    // through the terminal neutraliser.
    out << (format == "json" ? diffReportJson(diff) : terminalSafe(diffReportText(diff)));
    return diff.equal() ? kExitOk : kExitFindings;
}

}  // namespace

Command diffCommand() {
    return {"diff", "what changed from one scorecard file to another, by entity and field", kUsage, runDiff};
}

}  // namespace sc::cli
