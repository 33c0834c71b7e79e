// `-o OUT` never writes where it should not (issue 12, defect 8): a symlink planted at the old
// temporary name OUT.tmp is not followed, OUT keeps its permissions, and a symlinked OUT is
// refused (nothing written, the link and its target left as they were).
#include <dirent.h>
#include <sys/stat.h>
#include <unistd.h>

#include "cli/cli_temp_dir.h"

using sc::test::runCli;
using sc::test::TempDir;

namespace {
const char* kDoc = R"({"schema_version": 1, "info": {"title": "T"}})";

// The names in `dir` other than . and ..: nothing but what the test made may be left.
std::size_t entries(const std::string& dir) {
    std::size_t n = 0;
    if (DIR* d = ::opendir(dir.c_str())) {
        while (const dirent* e = ::readdir(d))
            if (std::string(e->d_name) != "." && std::string(e->d_name) != "..") ++n;
        ::closedir(d);
    }
    return n;
}

bool isSymlink(const std::string& path) {
    struct stat st {};
    return ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode);
}
}  // namespace

TEST(cli_output_file_test, a_symlink_planted_at_out_tmp_is_not_followed) {
    TempDir dir;
    const auto file = dir.write("in.json", kDoc);
    const auto victim = dir.write("victim.txt", "precious\n");
    const auto out = dir.file("out.json");
    ASSERT_EQ(::symlink(victim.c_str(), (out + ".tmp").c_str()), 0);
    for (const std::string command : {"format", "merge"}) {
        const std::string args =
            command == "merge" ? "'" + file + "' '" + file + "' --base '" + file + "'" : "'" + file + "'";
        auto run = runCli(command + " " + args + " -o '" + out + "'");
        EXPECT_EQ(run.exitCode, 0) << command;
        EXPECT_EQ(sc::test::readText(victim), "precious\n") << command;
        EXPECT_TRUE(isSymlink(out + ".tmp")) << command;
        EXPECT_EQ(sc::test::readText(out).rfind("{\n  \"schema_version\": 1,", 0), 0u) << command;
    }
    EXPECT_EQ(entries(dir.file("")), 4u);  // in.json, victim.txt, out.json, out.json.tmp: no temporary left
}

TEST(cli_output_file_test, out_keeps_its_permissions) {
    TempDir dir;
    const auto file = dir.write("in.json", kDoc);
    const auto out = dir.write("out.json", "old\n");
    ASSERT_EQ(::chmod(out.c_str(), 0600), 0);
    const mode_t before = ::umask(022);
    auto run = runCli("format '" + file + "' -o '" + out + "'");
    ::umask(before);
    EXPECT_EQ(run.exitCode, 0);
    struct stat st {};
    ASSERT_EQ(::stat(out.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0600u);
    EXPECT_NE(sc::test::readText(out), "old\n");
}

TEST(cli_output_file_test, a_new_out_gets_the_usual_permissions) {
    TempDir dir;
    const auto file = dir.write("in.json", kDoc);
    const auto out = dir.file("new.json");
    const mode_t before = ::umask(022);
    auto run = runCli("format '" + file + "' -o '" + out + "'");
    ::umask(before);
    EXPECT_EQ(run.exitCode, 0);
    struct stat st {};
    ASSERT_EQ(::stat(out.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 07777, 0644u);
}

TEST(cli_output_file_test, a_symlinked_out_is_refused_and_left_alone) {
    TempDir dir;
    const auto file = dir.write("in.json", kDoc);
    const auto target = dir.write("target.json", "target\n");
    const auto out = dir.file("link.json");
    ASSERT_EQ(::symlink(target.c_str(), out.c_str()), 0);
    const std::string err = dir.file("err.txt");
    auto run = runCli("format '" + file + "' -o '" + out + "'", err);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_TRUE(isSymlink(out));
    EXPECT_EQ(sc::test::readText(target), "target\n");
    EXPECT_NE(sc::test::readText(err).find("is a symbolic link"), std::string::npos)
        << sc::test::readText(err);
}
