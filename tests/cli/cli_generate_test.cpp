// `scorecard generate`, run as the real binary: -o writes a file that validates with no errors
// and whose planted mismatches and violations `score` and `audit` report; the same seed gives
// the same bytes; bad presets and seeds are usage errors.
#include "cli/cli_temp_dir.h"

using sc::test::runCli;
using sc::test::TempDir;

TEST(cli_generate_test, small_preset_validates_and_the_planted_findings_show) {
    TempDir dir;
    const auto file = dir.file("small.scorecard.json");
    auto run = runCli("generate --preset small --seed 5 -o '" + file + "'");
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_NE(run.out.find("planted: 2 contradicted promises"), std::string::npos) << run.out;
    auto validate = runCli("validate '" + file + "'");
    EXPECT_EQ(validate.exitCode, 0) << validate.out;
    auto score = runCli("score --format json '" + file + "'");
    EXPECT_NE(score.out.find("\"promise\": \"pr_0001\""), std::string::npos);
    EXPECT_NE(score.out.find("\"promise\": \"pr_0005\""), std::string::npos);
    EXPECT_EQ(score.out.find("\"promise\": \"pr_0000\""), std::string::npos);
    auto audit = runCli("audit --today 2026-11-24 '" + file + "'");
    EXPECT_EQ(audit.exitCode, 1);
    EXPECT_NE(audit.out.find("d-0000007"), std::string::npos) << audit.out;  // over the band
    EXPECT_NE(audit.out.find("d-0000023"), std::string::npos);               // under the floor
    EXPECT_NE(audit.out.find("d-0000041"), std::string::npos);               // not approved
    EXPECT_EQ(audit.out.find("d-0000008"), std::string::npos);
}

TEST(cli_generate_test, same_seed_same_bytes_to_stdout_or_file) {
    TempDir dir;
    const auto file = dir.file("a.json");
    ASSERT_EQ(runCli("generate --preset small -o '" + file + "'").exitCode, 0);
    auto out = runCli("generate --preset small --seed 1");
    EXPECT_EQ(out.exitCode, 0);
    EXPECT_EQ(out.out, sc::test::readText(file));
    EXPECT_NE(runCli("generate --preset small --seed 2").out, out.out);
}

TEST(cli_generate_test, bad_arguments_are_usage_errors) {
    EXPECT_EQ(runCli("generate").exitCode, 2);
    TempDir dir;
    const auto err = dir.file("err.txt");
    EXPECT_EQ(runCli("generate --preset huge", err).exitCode, 2);
    EXPECT_NE(sc::test::readText(err).find("--preset must be small or enterprise, not 'huge'"),
              std::string::npos);
    EXPECT_EQ(runCli("generate --preset small --seed x1").exitCode, 2);
    EXPECT_EQ(runCli("generate --preset small extra").exitCode, 2);
    EXPECT_EQ(runCli("generate --preset small -o /nonexistent-dir/x.json").exitCode, 2);
}

TEST(cli_generate_test, deals_overrides_the_presets_number_of_deals) {
    TempDir dir;
    const auto file = dir.file("many.json");
    auto run = runCli("generate --preset small --deals 2500 -o '" + file + "'");
    ASSERT_EQ(run.exitCode, 0) << run.out;
    EXPECT_NE(run.out.find(" 2500 deals"), std::string::npos) << run.out;
    auto validate = runCli("validate '" + file + "'");
    EXPECT_EQ(validate.exitCode, 0) << validate.out;
    EXPECT_EQ(runCli("generate --preset small --deals 0").exitCode, 0);
    const auto err = dir.file("err.txt");
    EXPECT_EQ(runCli("generate --preset small --deals 10000001", err).exitCode, 2);
    EXPECT_NE(
        sc::test::readText(err).find("--deals must be a whole number from 0 to 10,000,000, not '10000001'"),
        std::string::npos);
    EXPECT_EQ(runCli("generate --preset small --deals -5").exitCode, 2);
}
