// `scorecard merge OURS THEIRS [--base BASE] [-o OUT] [--prefer ours|theirs] [--format text|json]`:
// merges two scorecard files (three-way with --base), writes the canonical merged file and
// reports conflicts and the merged file's findings on standard error. Usable as a git merge
// driver (docs/MERGE.md): exit 1 still writes the merge, so git can mark the file conflicted.
#include <ostream>

#include "commands.h"
#include "format/document_io.h"
#include "merge/merge.h"
#include "merge/merge_report.h"

namespace sc::cli {
namespace {

const char* kUsage =
    "usage: scorecard merge OURS THEIRS [--base BASE] [-o OUT] [--prefer ours|theirs]\n"
    "                       [--format text|json]\n\n"
    "Merges two scorecard files. With --base (their common ancestor) it is a three-way\n"
    "merge: a change made on one side only is taken, the same change on both sides is\n"
    "fine, different changes to the same field conflict, and an entity deleted on one\n"
    "side and changed on the other conflicts. Without --base it is a two-way union by id:\n"
    "the same id with different content conflicts. Entities are matched by id in every\n"
    "list, table rows (deals, KPI records...) included; unknown keys merge the same way.\n"
    "  --base BASE      the common ancestor (git: %O); an empty BASE file (git's\n"
    "                   %O when both branches added the file) means no base\n"
    "  -o OUT           write the merge to OUT instead of standard output (OUT may be\n"
    "                   OURS itself); written to a new OUT.tmp-* file first, then renamed;\n"
    "                   OUT keeps its permissions; an OUT that is a symbolic link is refused\n"
    "  --prefer SIDE    whose value a conflict keeps: ours (default) or theirs\n"
    "  --format FORMAT  the report on standard error: text (default) or json\n\n"
    "Every conflict is reported (entity, id, name, field as a JSON Pointer, the three\n"
    "values) and resolved by the --prefer side, so a whole merged file is always written.\n"
    "The merged file is validated; findings the merge introduced are marked as new.\n"
    "As a git merge driver (see docs/MERGE.md):\n"
    "  git config merge.scorecard.driver 'scorecard merge %A %B --base %O -o %A'\n"
    "  echo '*.scorecard.json merge=scorecard' >> .gitattributes\n\n"
    "exit codes: 0 merged cleanly, 1 merged with conflicts or with new errors (the merge\n"
    "            is still written), 2 usage error or an input that cannot be read or is\n"
    "            refused (then nothing is written)\n";

struct MergeArgs {
    std::string ours, theirs, base, output;
    bool haveBase = false, haveOutput = false;
    MergeSide prefer = MergeSide::Ours;
    bool json = false;
};

// Fills `a` from the arguments; false with a message on a usage error.
bool parseArgs(const std::vector<std::string>& args, MergeArgs& a, std::string& error) {
    std::vector<std::string> files;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& arg = args[i];
        auto value = [&](const char* what, std::string& into, bool& seen) {
            if (i + 1 >= args.size() || seen) {
                error = arg + " needs exactly one " + what;
                return false;
            }
            into = args[++i];
            seen = true;
            return true;
        };
        if (arg == "--base") {
            if (!value("BASE file", a.base, a.haveBase)) return false;
        } else if (arg == "-o" || arg == "--output") {
            if (!value("OUT file", a.output, a.haveOutput)) return false;
        } else if (arg == "--prefer" || arg == "--format") {
            std::string v;
            bool once = false;
            if (!value(arg == "--prefer" ? "side (ours or theirs)" : "format (text or json)", v, once))
                return false;
            if (arg == "--prefer" && (v == "ours" || v == "theirs")) {
                a.prefer = v == "ours" ? MergeSide::Ours : MergeSide::Theirs;
            } else if (arg == "--format" && (v == "text" || v == "json")) {
                a.json = v == "json";
            } else {
                error = arg + " takes " + (arg == "--prefer" ? "ours or theirs" : "text or json") +
                        ", not '" + v + "'";
                return false;
            }
        } else if (arg.size() > 1 && arg[0] == '-') {
            error = "unknown option '" + arg + "' (see scorecard merge --help)";
            return false;
        } else {
            files.push_back(arg);
        }
    }
    if (files.size() != 2) {
        error = "expected two files, OURS and THEIRS, got " + std::to_string(files.size());
        return false;
    }
    a.ours = files[0];
    a.theirs = files[1];
    return true;
}

// Reads and loads one input; false with a message naming the file when it cannot. With
// `emptyIsNone`, an empty file loads nothing and sets `none`: git hands an empty %O when both
// branches added the file, which is a two-way merge.
bool loadInput(const std::string& path, Document& doc, std::ostream& err, bool emptyIsNone = false,
               bool* none = nullptr) {
    std::string text, readError;
    if (!readFile(path, text, readError)) {
        err << "scorecard merge: " << readError << "\n";
        return false;
    }
    if (emptyIsNone && text.find_first_not_of(" \t\r\n") == std::string::npos) {
        *none = true;
        return true;
    }
    LoadResult loaded = loadDocument(text);
    if (loaded.outOfMemory) {
        outOfMemoryReading("merge", path, text.size(), err);
        return false;
    }
    if (!loaded.ok) {
        err << path << ": error: " << loaded.error << "\n";
        return false;
    }
    doc = std::move(loaded.document);
    return true;
}

int runMerge(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    MergeArgs a;
    std::string usageError;
    if (!parseArgs(args, a, usageError)) {
        err << "scorecard merge: " << usageError << "\n";
        return kExitUsage;
    }
    Document ours, theirs, base;
    bool emptyBase = false;
    if (!loadInput(a.ours, ours, err) || !loadInput(a.theirs, theirs, err) ||
        (a.haveBase && !loadInput(a.base, base, err, true, &emptyBase))) {
        err << "scorecard merge: nothing was written\n";
        return kExitUsage;
    }
    if (emptyBase) a.haveBase = false;
    const MergeOptions options{a.prefer};
    const MergeResult result =
        a.haveBase ? mergeDocuments(base, ours, theirs, options) : mergeTwoWay(ours, theirs, options);
    const std::string merged = saveDocument(result.document);
    if (a.haveOutput) {
        std::string writeError;
        if (!writeAtomically(a.output, merged, writeError)) {
            err << "scorecard merge: " << writeError << "\n";
            return kExitUsage;
        }
    } else {
        out << merged;
    }
    err << (a.json ? mergeReportJson(result, !a.haveBase) : mergeReportText(result, !a.haveBase));
    return result.clean() ? kExitOk : kExitFindings;
}

}  // namespace

Command mergeCommand() {
    return {"merge", "merge two scorecard files, three-way with --base; usable as a git merge driver", kUsage,
            runMerge};
}

}  // namespace sc::cli
