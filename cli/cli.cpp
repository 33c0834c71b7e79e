#include "cli.h"

#include <algorithm>

#include <cstdio>
#include <ctime>
#include <fstream>
#include <iostream>
#include <new>
#include <sstream>

#include "memory_reserve.h"
#include "terminal_text.h"
#include "workflow/dates.h"

namespace sc::cli {

std::optional<std::string> todayOption(const std::string& command, const ParsedArgs& parsed,
                                       std::ostream& err) {
    std::string today = parsed.value("--today");
    if (today.empty()) {
        const std::time_t now = std::time(nullptr);
        std::tm tm{};
        gmtime_r(&now, &tm);
        char buf[16];
        std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
        today = buf;
    }
    if (!isValidDate(today) || today.size() != 10) {
        err << "scorecard " << command << ": --today must be YYYY-MM-DD, not '" << today << "'\n";
        return std::nullopt;
    }
    return today;
}

bool wantsHelp(const std::vector<std::string>& args) {
    for (const auto& a : args)
        if (a == "-h" || a == "--help") return true;
    return false;
}

namespace {

void printOverview(std::ostream& out) {
    out << "scorecard - Alignment Scorecard on the command line\n\n"
           "usage: scorecard COMMAND [ARGS...]\n"
           "       scorecard COMMAND --help\n\n"
           "commands:\n";
    for (const auto& c : allCommands()) {
        out << "  " << c.name;
        for (std::size_t i = c.name.size(); i < 12; ++i) out << ' ';
        out << c.summary << "\n";
    }
    out << "\noption for every command:\n"
           "  --max-size SIZE  read input files up to SIZE bytes (K, M, G: 512M); default "
        << describeBytes(kMaxFileBytes)
        << ", the app's limit\n"
           "\nexit codes: 0 ok, 1 the input has errors, 2 usage error, unreadable or too large file, or out "
           "of "
           "memory\n";
}

}  // namespace

int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err) {
    if (args.empty()) {
        printOverview(err);
        return kExitUsage;
    }
    if (args[0] == "-h" || args[0] == "--help" || args[0] == "help") {
        printOverview(out);
        return kExitOk;
    }
    for (const auto& c : allCommands()) {
        if (c.name != args[0]) continue;
        std::vector<std::string> rest(args.begin() + 1, args.end());
        if (wantsHelp(rest)) {
            out << c.usage;
            return kExitOk;
        }
        if (std::string sizeError; !takeMaxSizeOption(rest, sizeError)) {
            err << "scorecard " << c.name << ": " << sizeError << "\n";
            return kExitUsage;
        }
        // Every message on stderr may quote a hostile file's names: neutralise them all.
        TerminalSafeBuffer safeBuffer(err.rdbuf());
        std::ostream safeErr(&safeBuffer);
        // Enough for unwinding a loaded file's tree (see memory_reserve.h): freeing a list of n
        // values takes 16-24 n bytes, and a real file's longest list (a table's rows) has one
        // value per 50 bytes or more. Address space only: the reserve is never written.
        MemoryReserve reserve(std::min(maxInputBytes() / 2, std::size_t{1} << 30) + (std::size_t{16} << 20));
        int code = kExitUsage;
        try {
            code = c.run(rest, out, safeErr);
        } catch (const std::bad_alloc&) {
            // Loading reports this itself (outOfMemoryReading); this is for what comes after
            // (scoring, writing): a message and exit 2, never an abort.
            safeErr << "scorecard " << c.name
                    << ": out of memory (the input is too large for the memory available; nothing more "
                       "was written)\n";
        }
        safeErr.flush();
        return code;
    }
    err << "scorecard: unknown command '" << args[0] << "' (see scorecard --help)\n";
    return kExitUsage;
}

std::optional<ParsedArgs> parseArgs(const std::string& command, const std::vector<std::string>& args,
                                    const std::vector<std::string>& valueOptions, std::size_t maxFiles,
                                    std::ostream& err) {
    ParsedArgs parsed;
    for (std::size_t i = 0; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (std::find(valueOptions.begin(), valueOptions.end(), a) != valueOptions.end()) {
            if (i + 1 >= args.size()) {
                err << "scorecard " << command << ": " << a << " needs a value\n";
                return std::nullopt;
            }
            parsed.values[a] = args[++i];
        } else if (a.size() > 1 && a[0] == '-') {
            err << "scorecard " << command << ": unknown option '" << a << "' (see scorecard " << command
                << " --help)\n";
            return std::nullopt;
        } else if (parsed.files.size() < maxFiles) {
            parsed.files.push_back(a);
        } else {
            err << "scorecard " << command << ": "
                << (maxFiles == 1 ? "one file at a time" : "at most " + std::to_string(maxFiles) + " files")
                << " ('" << a << "' is extra)\n";
            return std::nullopt;
        }
    }
    return parsed;
}

int loadScorecardFile(const std::string& command, const std::string& file, LoadResult& loaded,
                      std::ostream& err, std::string* text) {
    std::string bytes, readError;
    if (!readFile(file, bytes, readError)) {
        err << "scorecard " << command << ": " << readError << "\n";
        return kExitUsage;
    }
    loaded = loadDocument(bytes);
    if (loaded.outOfMemory) return outOfMemoryReading(command, file, bytes.size(), err);
    if (!loaded.ok) {
        err << file << ": error: " << loaded.error << "\n";
        return kExitFindings;
    }
    if (text) *text = std::move(bytes);
    return kExitOk;
}

int outOfMemoryReading(const std::string& command, const std::string& file, std::size_t bytes,
                       std::ostream& err) {
    err << "scorecard " << command << ": out of memory reading " << file << " (" << bytes
        << " bytes): the file is too large to load in the memory available (nothing was loaded)\n";
    return kExitUsage;
}

void noteErrorFindings(const std::string& file, const LoadResult& loaded, const std::string& consequence,
                       std::ostream& err) {
    std::size_t errors = 0;
    for (const auto& f : loaded.findings)
        if (f.severity == Severity::Error) ++errors;
    if (errors > 0)
        err << file << ": " << errors << (errors == 1 ? " error" : " errors")
            << " in the file (see scorecard validate); " << consequence << "\n";
}

}  // namespace sc::cli
