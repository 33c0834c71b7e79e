// The `scorecard` command line: a thin layer of argument parsing and file reading over the
// core. Commands write to the streams they are given so tests can run them in-process.
#pragma once

#include <functional>
#include <iosfwd>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "format/document_io.h"

namespace sc::cli {

// Exit codes shared by every command.
inline constexpr int kExitOk = 0;
inline constexpr int kExitFindings = 1;  // the input has errors (or a check failed)
inline constexpr int kExitUsage = 2;     // bad arguments, unreadable file

struct Command {
    std::string name;
    std::string summary;  // one line for `scorecard --help`
    std::string usage;    // full text for `scorecard NAME --help`
    std::function<int(const std::vector<std::string>& args, std::ostream& out, std::ostream& err)> run;
};

// Every command, in the order `--help` lists them.
const std::vector<Command>& allCommands();

// Runs the whole command line (argv without the program name).
int runCli(const std::vector<std::string>& args, std::ostream& out, std::ostream& err);

// Reads a whole file into `text`; false with a message naming the file when it cannot, or
// when it is larger than maxInputBytes() (then nothing is read). read_file.cpp.
bool readFile(const std::string& path, std::string& text, std::string& error);

// The largest input file a command reads: kMaxFileBytes (the app's limit) unless the command
// line says `--max-size SIZE`, which runCli takes out of any command's arguments.
std::size_t maxInputBytes();
void setMaxInputBytes(std::size_t bytes);
// Removes every `--max-size SIZE` / `--max-size=SIZE` from `args` and applies the last; false
// with a message when a value is missing or is not a size.
bool takeMaxSizeOption(std::vector<std::string>& args, std::string& error);
// "123456789", "64K", "512M", "2G" (binary units) as bytes; nullopt when it is not a size.
std::optional<std::size_t> parseByteSize(const std::string& text);
// "64 MB", "500.0 MB (524288000 bytes)", "20 bytes": a size for a message (MB = 2^20 bytes,
// as the app says it).
std::string describeBytes(std::size_t bytes);

// A command's file ran the memory out while being loaded (LoadResult::outOfMemory): prints
// "scorecard COMMAND: out of memory reading FILE (N bytes) ..." and returns kExitUsage.
int outOfMemoryReading(const std::string& command, const std::string& file, std::size_t bytes,
                       std::ostream& err);

// Writes `bytes` to a new temporary file beside PATH (created exclusively, given PATH's
// permissions), then renames it over PATH, so a failed write never leaves half a file. A PATH
// that is a symbolic link is refused. False with a message naming the file on failure
// (write_atomically.cpp).
bool writeAtomically(const std::string& path, const std::string& bytes, std::string& error);

// Reads FILE and loads it through the core for `scorecard COMMAND`. Unreadable: prints
// "scorecard COMMAND: <why>" and returns kExitUsage. Refused (not a scorecard, newer version):
// prints "FILE: error: <why>" and returns kExitFindings. Otherwise kExitOk, with `loaded` (and,
// when asked, the file's bytes in `text`) filled.
int loadScorecardFile(const std::string& command, const std::string& file, LoadResult& loaded,
                      std::ostream& err, std::string* text = nullptr);

// When the loaded file has error findings, says so on `err`:
// "FILE: 2 errors in the file (see scorecard validate); <consequence>".
void noteErrorFindings(const std::string& file, const LoadResult& loaded, const std::string& consequence,
                       std::ostream& err);

// The arguments of a command of the common shape: FILE operands and `--name VALUE` options.
struct ParsedArgs {
    std::vector<std::string> files;
    std::map<std::string, std::string> values;  // option -> value, for the options given
    std::string value(const std::string& option, const std::string& fallback = {}) const {
        auto it = values.find(option);
        return it == values.end() ? fallback : it->second;
    }
};

// Parses `args` for `scorecard COMMAND`: `valueOptions` take the next argument as their value;
// anything else starting with '-' is an unknown option. At most `maxFiles` operands. On a usage
// error, prints it to `err` ("scorecard COMMAND: --format needs a value") and returns nullopt.
std::optional<ParsedArgs> parseArgs(const std::string& command, const std::vector<std::string>& args,
                                    const std::vector<std::string>& valueOptions, std::size_t maxFiles,
                                    std::ostream& err);

// The `--today YYYY-MM-DD` option: its value (a real calendar date), or today's UTC date when
// not given. On a bad value prints "scorecard COMMAND: --today must be ..." and returns nullopt.
std::optional<std::string> todayOption(const std::string& command, const ParsedArgs& parsed,
                                       std::ostream& err);

// True when `args` asks for help (-h / --help).
bool wantsHelp(const std::vector<std::string>& args);

}  // namespace sc::cli
