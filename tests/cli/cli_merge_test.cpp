// `scorecard merge`, run as the real binary: the canonical merge to stdout or -o OUT, the report
// on standard error (text or JSON), exit 0 clean, 1 with conflicts (merge still written),
// 2 on usage errors and unreadable or refused inputs (nothing written).
#include "cli/cli_temp_dir.h"

using sc::test::quoted;

using sc::test::readText;
using sc::test::runCli;
using sc::test::TempDir;

namespace {

// The saas sample as base, with one edit per side written to files in `dir`.
struct ThreeFiles {
    std::string base, ours, theirs;
};

ThreeFiles writeEdits(const TempDir& dir, const std::string& oursText, const std::string& theirsText,
                      const std::string& theirsName = "") {
    const sc::Document base = sc::test::loadSample("saas-self-serve");
    sc::Document ours = base, theirs = base;
    ours.promises[0].text = oursText;
    theirs.promises[0].text = theirsText;
    if (!theirsName.empty()) theirs.channels[0].name = theirsName;
    return {dir.write("base.scorecard.json", sc::saveDocument(base)),
            dir.write("ours.scorecard.json", sc::saveDocument(ours)),
            dir.write("theirs.scorecard.json", sc::saveDocument(theirs))};
}

}  // namespace

TEST(cli_merge_test, a_clean_three_way_merge_writes_the_canonical_merge_to_stdout_and_exits_0) {
    TempDir dir;
    const sc::Document base = sc::test::loadSample("saas-self-serve");
    const std::string text = base.promises[0].text;
    const ThreeFiles f = writeEdits(dir, "Ours: free forever", text, "Direct sales (renamed)");
    const std::string err = dir.file("err.txt");
    auto run = runCli("merge " + quoted(f.ours) + " " + quoted(f.theirs) + " --base " + quoted(f.base), err);
    EXPECT_EQ(run.exitCode, 0) << readText(err);
    const auto merged = sc::loadDocument(run.out);
    ASSERT_TRUE(merged.ok);
    EXPECT_EQ(merged.document.promises[0].text, "Ours: free forever");
    EXPECT_EQ(merged.document.channels[0].name, "Direct sales (renamed)");
    EXPECT_EQ(run.out, sc::saveDocument(merged.document));  // canonical bytes
    EXPECT_NE(readText(err).find("merge: no conflicts"), std::string::npos) << readText(err);
}

TEST(cli_merge_test, conflicts_exit_1_still_write_the_merge_and_are_reported_on_stderr) {
    TempDir dir;
    const ThreeFiles f = writeEdits(dir, "Ours text", "Theirs text");
    const std::string out = dir.file("merged.scorecard.json"), err = dir.file("err.txt");
    auto run = runCli("merge " + quoted(f.ours) + " " + quoted(f.theirs) + " --base " + quoted(f.base) +
                          " -o " + quoted(out),
                      err);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(sc::loadDocument(readText(out)).document.promises[0].text, "Ours text");
    EXPECT_FALSE(std::ifstream(out + ".tmp").good());
    const std::string report = readText(err);
    EXPECT_NE(
        report.find("conflict at /promises/0/text: promise 'Try it now' (id pr_try_now), field text changed "
                    "on both sides"),
        std::string::npos)
        << report;
    EXPECT_NE(report.find("ours 'Ours text', theirs 'Theirs text'; kept ours"), std::string::npos) << report;
    EXPECT_NE(report.find("merge: 1 conflict (resolved by keeping ours)"), std::string::npos) << report;
}

TEST(cli_merge_test, prefer_theirs_and_a_json_report) {
    TempDir dir;
    const ThreeFiles f = writeEdits(dir, "Ours text", "Theirs text");
    const std::string err = dir.file("err.json");
    auto run = runCli("merge " + quoted(f.ours) + " " + quoted(f.theirs) + " --base " + quoted(f.base) +
                          " --prefer theirs --format json",
                      err);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(sc::loadDocument(run.out).document.promises[0].text, "Theirs text");
    const sc::Json report = sc::Json::parse(readText(err));
    EXPECT_EQ(report.at("clean"), false);
    ASSERT_EQ(report.at("conflicts").size(), 1u);
    EXPECT_EQ(report.at("conflicts")[0].at("pointer"), "/promises/0/text");
    EXPECT_EQ(report.at("conflicts")[0].at("kept"), "theirs");
}

TEST(cli_merge_test, two_way_merge_without_base_reports_differences) {
    TempDir dir;
    const ThreeFiles f = writeEdits(dir, "Ours text", "Theirs text");
    const std::string err = dir.file("err.txt");
    auto run = runCli("merge " + quoted(f.ours) + " " + quoted(f.theirs), err);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(readText(err).find("two-way merge (no base): 1 conflict"), std::string::npos) << readText(err);
    EXPECT_EQ(runCli("merge " + quoted(f.ours) + " " + quoted(f.ours)).exitCode, 0);
}

TEST(cli_merge_test, an_empty_base_file_means_no_base) {
    TempDir dir;
    const ThreeFiles f = writeEdits(dir, "Ours text", "Theirs text");
    const std::string empty = dir.write("empty.json", ""), err = dir.file("err.txt");
    auto run = runCli("merge " + quoted(f.ours) + " " + quoted(f.theirs) + " --base " + quoted(empty), err);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(readText(err).find("two-way merge (no base): 1 conflict"), std::string::npos) << readText(err);
    EXPECT_EQ(sc::loadDocument(run.out).document.promises[0].text, "Ours text");
}

TEST(cli_merge_test, usage_errors_exit_2) {
    TempDir dir;
    const ThreeFiles f = writeEdits(dir, "a", "b");
    const std::string err = dir.file("err.txt");
    EXPECT_EQ(runCli("merge " + quoted(f.ours), err).exitCode, 2);
    EXPECT_NE(readText(err).find("expected two files, OURS and THEIRS, got 1"), std::string::npos);
    EXPECT_EQ(runCli("merge " + quoted(f.ours) + " " + quoted(f.theirs) + " --prefer mine", err).exitCode, 2);
    EXPECT_NE(readText(err).find("--prefer takes ours or theirs, not 'mine'"), std::string::npos);
    EXPECT_EQ(runCli("merge " + quoted(f.ours) + " " + quoted(f.theirs) + " --format xml", err).exitCode, 2);
    EXPECT_EQ(runCli("merge " + quoted(f.ours) + " " + quoted(f.theirs) + " --base", err).exitCode, 2);
    EXPECT_EQ(runCli("merge " + quoted(f.ours) + " " + quoted(f.theirs) + " --frobnicate", err).exitCode, 2);
    EXPECT_NE(readText(err).find("unknown option '--frobnicate'"), std::string::npos);
}

TEST(cli_merge_test, an_unreadable_or_refused_input_exits_2_and_writes_nothing) {
    TempDir dir;
    const ThreeFiles f = writeEdits(dir, "a", "b");
    const std::string out = dir.write("out.scorecard.json", "previous contents\n");
    const std::string broken = dir.write("broken.scorecard.json", "{\"schema_version\": 1, \"info\": {");
    const std::string err = dir.file("err.txt");
    auto missing = runCli(
        "merge " + quoted(f.ours) + " " + quoted(dir.file("missing.json")) + " -o " + quoted(out), err);
    EXPECT_EQ(missing.exitCode, 2);
    EXPECT_NE(readText(err).find("missing.json: cannot open the file"), std::string::npos) << readText(err);
    auto refused = runCli("merge " + quoted(f.ours) + " " + quoted(f.theirs) + " --base " + quoted(broken) +
                              " -o " + quoted(out),
                          err);
    EXPECT_EQ(refused.exitCode, 2);
    EXPECT_EQ(refused.out, "");
    EXPECT_NE(readText(err).find("broken.scorecard.json: error: not valid JSON at line 1"), std::string::npos)
        << readText(err);
    EXPECT_NE(readText(err).find("nothing was written"), std::string::npos);
    EXPECT_EQ(readText(out), "previous contents\n");
    EXPECT_FALSE(std::ifstream(out + ".tmp").good());
}

TEST(cli_merge_test, help_explains_the_git_driver_and_exit_codes) {
    auto run = runCli("merge --help");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.rfind("usage: scorecard merge OURS THEIRS [--base BASE]", 0), 0u);
    EXPECT_NE(run.out.find("scorecard merge %A %B --base %O -o %A"), std::string::npos);
    EXPECT_NE(run.out.find("exit codes: 0 merged cleanly, 1 merged with conflicts"), std::string::npos);
    EXPECT_NE(runCli("--help").out.find("\n  merge       merge two scorecard files"), std::string::npos);
}
