// `scorecard format`, run as the real binary: canonical bytes to stdout or -o OUT (written
// via OUT.tmp and a rename), refused files write nothing, --check reports non-canonical files.
#include "cli/cli_temp_dir.h"

using sc::test::runCli;
using sc::test::TempDir;

namespace {
const char* kMessy =
    R"({"segments":[{"name":"SMB","id":"smb"}],"info":{"title":"Messy"},"schema_version":1,"x_extra":{"b":1,"a":2}})";
}

TEST(cli_format_test, writes_the_canonical_form_to_stdout) {
    TempDir dir;
    const auto file = dir.write("messy.json", kMessy);
    auto run = runCli("format '" + file + "'");
    EXPECT_EQ(run.exitCode, 0);
    auto loaded = sc::loadDocument(kMessy);
    ASSERT_TRUE(loaded.ok);
    EXPECT_EQ(run.out, sc::saveDocument(loaded.document));
    EXPECT_EQ(run.out.rfind("{\n  \"schema_version\": 1,\n", 0), 0u);
}

TEST(cli_format_test, output_file_gets_canonical_bytes_and_no_tmp_is_left) {
    TempDir dir;
    const auto file = dir.write("messy.json", kMessy);
    const auto out = dir.file("clean.scorecard.json");
    auto run = runCli("format '" + file + "' -o '" + out + "'");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, "");
    const std::string written = sc::test::readText(out);
    EXPECT_EQ(written, sc::saveDocument(sc::loadDocument(kMessy).document));
    EXPECT_FALSE(std::ifstream(out + ".tmp").good());
    // Formatting the output again is a no-op, and --check agrees.
    EXPECT_EQ(runCli("format --check '" + out + "'").exitCode, 0);
    EXPECT_EQ(runCli("format --check '" + file + "'").exitCode, 1);
}

TEST(cli_format_test, formatting_in_place_migrates_a_v0_file) {
    TempDir dir;
    const auto file = dir.write(
        "old.json", sc::test::readText(sc::test::sourcePath("tests/data/format/v0_saas.scorecard.json")));
    EXPECT_EQ(runCli("format '" + file + "' -o '" + file + "'").exitCode, 0);
    const std::string text = sc::test::readText(file);
    EXPECT_EQ(text.rfind("{\n  \"schema_version\": 1,\n", 0), 0u);
    EXPECT_NE(text.find("\"revenue_minor\": 1234550"), std::string::npos);
}

TEST(cli_format_test, refused_file_writes_nothing_and_exits_1) {
    TempDir dir;
    const auto file = dir.write("newer.json", R"({"schema_version": 9, "info": {"title": "T"}})");
    const auto out = dir.write("keep.json", "previous contents\n");
    const std::string err = dir.file("err.txt");
    auto run = runCli("format '" + file + "' -o '" + out + "'", err);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(sc::test::readText(out), "previous contents\n");
    EXPECT_FALSE(std::ifstream(out + ".tmp").good());
    EXPECT_NE(sc::test::readText(err).find("schema version 9"), std::string::npos);
}

TEST(cli_format_test, unwritable_output_is_exit_2_and_leaves_nothing) {
    TempDir dir;
    const auto file = dir.write("ok.json", kMessy);
    auto run = runCli("format '" + file + "' -o '" + dir.file("no/such/dir/out.json") + "'");
    EXPECT_EQ(run.exitCode, 2);
}

TEST(cli_format_test, usage_errors_exit_2) {
    TempDir dir;
    const auto file = dir.write("ok.json", kMessy);
    EXPECT_EQ(runCli("format").exitCode, 2);
    EXPECT_EQ(runCli("format '" + file + "' -o").exitCode, 2);
    EXPECT_EQ(runCli("format '" + file + "' '" + file + "'").exitCode, 2);
    EXPECT_EQ(runCli("format --check -o x '" + file + "'").exitCode, 2);
    EXPECT_EQ(runCli("format '" + dir.file("missing.json") + "'").exitCode, 2);
}
