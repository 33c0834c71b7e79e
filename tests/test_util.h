// Helpers shared by the format, validation and CLI tests: reading fixtures, patching a valid
// base document into a failing one, finding a finding by pointer, running the real binary.
#pragma once

#include <gtest/gtest.h>

#include <dirent.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <regex>
#include <sstream>
#include <sys/wait.h>
#include <string>
#include <vector>

#include "format/document_io.h"

namespace sc::test {

inline std::string sourcePath(const std::string& relative) {
    return std::string(SCORECARD_SOURCE_DIR) + "/" + relative;
}

// `part` occurs somewhere in `text`.
inline bool has(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// A path quoted for the command line runCli builds.
inline std::string quoted(const std::string& path) { return "'" + path + "'"; }

// A shipped sample's path, quoted for runCli.
inline std::string quotedSample(const std::string& name = "partner-program") {
    return quoted(sourcePath("assets/samples/" + name + ".scorecard.json"));
}

// Refused, with a message containing every word, and nothing half-loaded.
inline ::testing::AssertionResult refused(const LoadResult& r, const std::vector<std::string>& words) {
    if (r.ok) return ::testing::AssertionFailure() << "loaded, but should have been refused";
    for (const auto& w : words)
        if (r.error.find(w) == std::string::npos)
            return ::testing::AssertionFailure() << "message lacks '" << w << "': " << r.error;
    if (!r.document.promises.empty() || !r.document.segments.empty() || !r.findings.empty())
        return ::testing::AssertionFailure() << "refused file was half-loaded";
    return ::testing::AssertionSuccess();
}

// Whole file as bytes; fails the current test when it cannot be read.
inline std::string readText(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    EXPECT_TRUE(in.good()) << "cannot read " << path;
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// The files of the repository folder `relativeDir` (hidden ones left out), sorted, as full paths.
inline std::vector<std::string> filesIn(const std::string& relativeDir) {
    const std::string dir = sourcePath(relativeDir);
    std::vector<std::string> out;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d))
            if (e->d_name[0] != '.') out.push_back(dir + "/" + e->d_name);
        closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Every scorecard file the repository holds for tests: the samples, the format and validation
// fixtures and the document and report fuzz seeds (some of them refused on purpose).
inline std::vector<std::string> scorecardFixtureFiles() {
    std::vector<std::string> files;
    for (const char* dir : {"assets/samples", "tests/data/format", "tests/data/validation",
                            "tests/fuzz/corpus/document", "tests/fuzz/corpus/report"})
        for (const auto& f : filesIn(dir))
            if (f.find(".json") != std::string::npos || f.find("/corpus/") != std::string::npos)
                files.push_back(f);
    return files;
}

// The sample file names listed in assets/samples/samples.cmake (what the app embeds).
inline std::vector<std::string> listedSamples() {
    const std::string cmake = readText(sourcePath("assets/samples/samples.cmake"));
    std::vector<std::string> names;
    const std::regex name(R"(([A-Za-z0-9_.-]+\.scorecard\.json))");
    for (std::sregex_iterator it(cmake.begin(), cmake.end(), name), end; it != end; ++it)
        names.push_back((*it)[1]);
    return names;
}

// Loads assets/samples/<name>.scorecard.json through the core; fails the current test if refused.
inline Document loadSample(const std::string& name) {
    const auto loaded = loadDocument(readText(sourcePath("assets/samples/" + name + ".scorecard.json")));
    EXPECT_TRUE(loaded.ok) << name << ": " << loaded.error;
    return loaded.document;
}

inline void writeText(const std::string& path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
}

inline std::vector<std::string> splitLines(const std::string& text) {
    std::vector<std::string> lines;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    return lines;
}

// All findings, one per line, for assertion messages.
inline std::string listFindings(const std::vector<Finding>& findings) {
    std::string out;
    for (const auto& f : findings)
        out += std::string(severityName(f.severity)) + " " + f.pointer + ": " + f.message + "\n";
    return out.empty() ? "(no findings)\n" : out;
}

inline const Finding* findingAt(const std::vector<Finding>& findings, const std::string& pointer) {
    for (const auto& f : findings)
        if (f.pointer == pointer) return &f;
    return nullptr;
}

// The valid base document every validation fixture starts from (zero findings).
inline const std::string& validationBase() {
    static const std::string text = readText(sourcePath("tests/data/validation/base.scorecard.json"));
    return text;
}

// Loads the base with an RFC 6902 JSON Patch applied: a one-rule failing fixture.
inline LoadResult loadPatched(const std::string& patch, const std::string& base = validationBase()) {
    Json tree = Json::parse(base);
    Json patched = tree.patch(Json::parse(patch));
    return loadDocument(patched.dump());
}

// Asserts that `result` loaded and has a finding at `pointer` with `severity` whose message
// contains every one of `words`.
inline ::testing::AssertionResult hasFinding(const LoadResult& result, const std::string& pointer,
                                             Severity severity, const std::vector<std::string>& words = {}) {
    if (!result.ok) return ::testing::AssertionFailure() << "refused: " << result.error;
    const Finding* f = findingAt(result.findings, pointer);
    if (!f)
        return ::testing::AssertionFailure() << "no finding at " << pointer << "; got:\n"
                                             << listFindings(result.findings);
    // Several findings may share a pointer (e.g. two missing columns): any one may match.
    std::string seen;
    for (const auto& candidate : result.findings) {
        if (candidate.pointer != pointer) continue;
        bool all = candidate.severity == severity;
        for (const auto& w : words) all = all && candidate.message.find(w) != std::string::npos;
        if (all) return ::testing::AssertionSuccess();
        seen += std::string(severityName(candidate.severity)) + ": " + candidate.message + "\n";
    }
    std::string wanted;
    for (const auto& w : words) wanted += " '" + w + "'";
    return ::testing::AssertionFailure() << "no " << severityName(severity) << " at " << pointer
                                         << " containing" << wanted << "; at that pointer:\n"
                                         << seen;
    return ::testing::AssertionSuccess();
}

// Runs the real `scorecard` binary with a shell command line; returns its exit code and
// captures standard output (standard error goes to `errFile` when given).
struct CliRun {
    int exitCode = -1;
    std::string out;
};
inline CliRun runCli(const std::string& arguments, const std::string& errFile = "/dev/null") {
    CliRun run;
    const std::string command =
        std::string("'") + SCORECARD_CLI_PATH + "' " + arguments + " 2>'" + errFile + "'";
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return run;
    char buffer[4096];
    for (std::size_t n; (n = fread(buffer, 1, sizeof buffer, pipe)) > 0;) run.out.append(buffer, n);
    const int status = pclose(pipe);
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return run;
}

}  // namespace sc::test
