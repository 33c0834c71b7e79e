// `scorecard validate`, run as the real binary: one `FILE:POINTER: severity: message` line per
// finding and exit codes 0 (no errors), 1 (errors or refused file), 2 (usage, unreadable).
#include "cli/cli_temp_dir.h"

using sc::test::runCli;
using sc::test::TempDir;

TEST(cli_validate_test, clean_file_prints_nothing_and_exits_0) {
    TempDir dir;
    const auto file = dir.write("ok.scorecard.json", sc::test::validationBase());
    auto run = runCli("validate '" + file + "'");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, "");
}

TEST(cli_validate_test, dangling_reference_prints_file_pointer_severity_message_and_exits_1) {
    TempDir dir;
    std::string text = sc::test::validationBase();
    const std::string from = "\"segment_id\": \"smb\",\n      \"text\"";
    ASSERT_NE(text.find(from), std::string::npos);
    text.replace(text.find(from), from.size(), "\"segment_id\": \"smb-x\",\n      \"text\"");
    const auto file = dir.write("bad.scorecard.json", text);
    auto run = runCli("validate '" + file + "'");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, file +
                           ":/promises/0/segment_id: error: promise 'Try it now' points to segment 'smb-x', "
                           "which does not exist\n");
}

TEST(cli_validate_test, warnings_alone_exit_0) {
    TempDir dir;
    std::string text = sc::test::validationBase();
    const std::string from = "\"status\": \"paused\"";
    ASSERT_NE(text.find(from), std::string::npos);
    text.replace(text.find(from), from.size(), "\"status\": \"sleeping\"");
    const auto file = dir.write("warn.scorecard.json", text);
    auto run = runCli("validate '" + file + "'");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.rfind(
                  file + ":/partners/1/status: warning: partner 'Southwind' has the status 'sleeping'", 0),
              0u)
        << run.out;
}

TEST(cli_validate_test, refused_file_prints_file_error_reason_and_exits_1) {
    TempDir dir;
    const auto notJson = dir.write("broken.json", "{\"schema_version\": 1,\n  oops}");
    const auto newer = dir.write("newer.json", "{\"schema_version\": 2, \"info\": {\"title\": \"T\"}}");
    auto run = runCli("validate '" + notJson + "' '" + newer + "'");
    EXPECT_EQ(run.exitCode, 1);
    const auto lines = sc::test::splitLines(run.out);
    ASSERT_EQ(lines.size(), 2u) << run.out;
    EXPECT_EQ(lines[0].rfind(notJson + ": error: not valid JSON at line 2, column 3", 0), 0u) << lines[0];
    EXPECT_EQ(lines[1].rfind(newer + ": error: this file uses schema version 2, but this build", 0), 0u)
        << lines[1];
}

TEST(cli_validate_test, several_files_are_all_reported_in_order) {
    TempDir dir;
    const auto good = dir.write("a.json", sc::test::validationBase());
    const auto bad = dir.write(
        "b.json",
        R"({"schema_version":1,"info":{"title":"T"},"segments":[{"id":"s","name":"A"},{"id":"s","name":"B"}]})");
    auto run = runCli("validate '" + good + "' '" + bad + "'");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, bad +
                           ":/segments/1/id: error: segment 'B' has the id 's', already used by segment 'A' "
                           "at /segments/0; ids must be unique\n");
}

TEST(cli_validate_test, missing_file_is_a_usage_error_exit_2) {
    TempDir dir;
    const std::string err = dir.file("err.txt");
    auto run = runCli("validate '" + dir.file("nope.json") + "'", err);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_NE(sc::test::readText(err).find("nope.json: cannot open the file"), std::string::npos);
}

TEST(cli_validate_test, no_arguments_or_unknown_option_exit_2) {
    EXPECT_EQ(runCli("validate").exitCode, 2);
    EXPECT_EQ(runCli("validate --frobnicate x.json").exitCode, 2);
}

TEST(cli_validate_test, a_name_with_a_line_break_still_gives_one_line_per_finding) {
    TempDir dir;
    const auto file = dir.write(
        "nl.json",
        R"({"schema_version":1,"info":{"title":"T"},"promises":[{"id":"p","name":"Two\nlines","segment_id":"gone"}]})");
    auto run = runCli("validate '" + file + "'");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, file +
                           ":/promises/0/segment_id: error: promise 'Two lines' points to segment 'gone', "
                           "which does not exist\n");
}
