// The CLI's input limits (issue 12, defect 3; docs/FORMAT.md, "Limits"): a file over the size
// limit (the app's 64 MB unless --max-size says otherwise) is refused before it is read, and a
// file that runs the memory out is refused with a message and exit 2, never an abort.
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli_temp_dir.h"
#include "format/limits.h"

using sc::test::runCli;
using sc::test::TempDir;

namespace {

const char* kDoc = R"({"schema_version": 1, "info": {"title": "T"}})";

// A valid document of about `bytes` bytes: a deals table of plain rows.
std::string dealsDocument(std::size_t bytes) {
    std::string text =
        R"({"schema_version": 1, "info": {"title": "T"}, "partners": [{"id": "p1", "name": "P"}],)"
        "\n\"deals\": {\"columns\": [\"id\",\"name\",\"partner_id\",\"account\",\"notes\"], \"rows\": [\n";
    text.reserve(bytes + 200);
    for (std::size_t i = 0; text.size() < bytes; ++i) {
        const std::string n = std::to_string(i);
        text += (i ? ",\n[\"d" : "[\"d") + n + "\",\"Deal " + n + "\",\"p1\",\"Account " + n +
                "\",\"notes that make the row longer\"]";
    }
    return text + "\n]}}\n";
}

// Runs the CLI with its address space limited to `kilobytes` (sh's ulimit -v: RLIMIT_AS).
int runLimited(std::size_t kilobytes, const std::string& arguments, const std::string& errFile) {
    const std::string command = "ulimit -v " + std::to_string(kilobytes) + " && exec '" + SCORECARD_CLI_PATH +
                                "' " + arguments + " >/dev/null 2>'" + errFile + "'";
    const int status = std::system(command.c_str());
    return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

}  // namespace

TEST(cli_limits_test, a_file_over_64_mb_is_refused_before_it_is_read_with_exit_2) {
    TempDir dir;
    const std::string file = dir.file("huge.scorecard.json");
    sc::test::writeText(file, "");
    ASSERT_EQ(::truncate(file.c_str(), static_cast<off_t>(sc::kMaxFileBytes) + 1), 0);  // sparse: no disk
    const std::string errFile = dir.file("err.txt");
    for (const std::string command : {"validate", "format", "score"}) {
        auto run = runCli(command + " '" + file + "'", errFile);
        EXPECT_EQ(run.exitCode, 2) << command;
        EXPECT_EQ(sc::test::readText(errFile), "scorecard " + command + ": " + file +
                                                   ": the file is 64.0 MB (67108865 bytes), over the 64 MB " +
                                                   "limit for input files; nothing was read (--max-size SIZE "
                                                   "raises the limit, e.g. --max-size " +
                                                   "512M)\n")
            << command;
    }
}

TEST(cli_limits_test, max_size_lowers_or_raises_the_limit) {
    TempDir dir;
    const std::string file = dir.write("small.scorecard.json", kDoc);
    const std::string errFile = dir.file("err.txt");
    auto refused = runCli("validate --max-size 20 '" + file + "'", errFile);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_NE(
        sc::test::readText(errFile).find("the file is 45 bytes, over the 20 bytes limit for input files"),
        std::string::npos)
        << sc::test::readText(errFile);
    EXPECT_EQ(runCli("validate --max-size=1K '" + file + "'").exitCode, 0);
    EXPECT_EQ(runCli("score '" + file + "' --max-size 1G").exitCode, 0);
    auto bad = runCli("validate --max-size lots '" + file + "'", errFile);
    EXPECT_EQ(bad.exitCode, 2);
    EXPECT_EQ(
        sc::test::readText(errFile),
        "scorecard validate: --max-size must be a size in bytes, or with K, M or G (--max-size 512M), not "
        "'lots'\n");
}

// Under ASan the address space is reserved wholesale, so a limit on it says nothing there.
#if defined(__SANITIZE_ADDRESS__)
#define SCORECARD_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SCORECARD_ASAN 1
#endif
#endif

// 20 MB loads into ~250 MB (the JSON tree and the document); with 150 MB of address space the
// load runs out of memory. Before the fix: std::bad_alloc escaped, SIGABRT, exit 134.
TEST(cli_limits_test, running_out_of_memory_is_a_message_and_exit_2_not_an_abort) {
#ifdef SCORECARD_ASAN
    GTEST_SKIP() << "address-space limits do not apply under AddressSanitizer";
#endif
    TempDir dir;
    const std::string file = dir.write("large.scorecard.json", dealsDocument(20u << 20));
    ASSERT_LT(sc::test::readText(file).size(), sc::kMaxFileBytes);
    const std::string errFile = dir.file("err.txt");
    for (const std::string command : {"validate", "score", "format"}) {
        const int exitCode = runLimited(150 * 1024, command + " '" + file + "'", errFile);
        const std::string err = sc::test::readText(errFile);
        EXPECT_EQ(exitCode, 2) << command << ": " << err;
        EXPECT_EQ(err.rfind("scorecard " + command + ": out of memory reading " + file + " (", 0), 0u)
            << command << ": " << err;
    }
    // The commands that read a second file beside the scorecard: the same message and exit 2
    // (before the fix they said "error: out of memory" about the file and exited 1, as if the
    // file had findings).
    const std::string csv = dir.write("deals.csv", "id,partner_id\n");
    const std::string copy = dir.write("copy.txt", "Guaranteed results.\n");
    const std::vector<std::pair<std::string, std::string>> twoFileCommands = {
        {"import", "import '" + file + "' --table deals '" + csv + "' --dry-run"},
        {"audit-copy", "audit-copy '" + file + "' '" + copy + "' --partner p1"}};
    for (const auto& [command, line] : twoFileCommands) {
        const int exitCode = runLimited(150 * 1024, line, errFile);
        const std::string err = sc::test::readText(errFile);
        EXPECT_EQ(exitCode, 2) << command << ": " << err;
        EXPECT_EQ(err.rfind("scorecard " + command + ": out of memory reading " + file + " (", 0), 0u)
            << command << ": " << err;
    }
}
