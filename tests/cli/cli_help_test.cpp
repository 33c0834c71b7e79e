// `scorecard --help` lists the commands; `scorecard COMMAND --help` prints its usage; both exit 0.
#include "cli/cli_temp_dir.h"

using sc::test::runCli;

TEST(cli_help_test, overview_lists_validate_and_format) {
    auto run = runCli("--help");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_NE(run.out.find("usage: scorecard COMMAND"), std::string::npos);
    EXPECT_NE(run.out.find("\n  validate    check scorecard files"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("\n  format      rewrite a scorecard file"), std::string::npos) << run.out;
}

TEST(cli_help_test, validate_help_explains_output_and_exit_codes) {
    auto run = runCli("validate --help");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.rfind("usage: scorecard validate FILE...", 0), 0u);
    EXPECT_NE(run.out.find("FILE:POINTER: severity: message"), std::string::npos);
    EXPECT_NE(run.out.find("exit codes: 0"), std::string::npos);
}

TEST(cli_help_test, format_help_explains_output_option) {
    auto run = runCli("format -h");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.rfind("usage: scorecard format FILE [-o OUT] [--check]", 0), 0u);
    EXPECT_NE(run.out.find("OUT.tmp"), std::string::npos);
}

TEST(cli_help_test, unknown_command_and_no_command_exit_2) {
    EXPECT_EQ(runCli("frobnicate").exitCode, 2);
    EXPECT_EQ(runCli("").exitCode, 2);
}
