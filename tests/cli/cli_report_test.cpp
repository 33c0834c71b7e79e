// `scorecard report` (issue 10): the HTML report written with -o (or to stdout), the same
// bytes for the same file and date, and its exit codes.
#include "cli/cli_temp_dir.h"
#include "core/report_fixtures.h"

using sc::test::quotedSample;

using sc::test::runCli;
using sc::test::TempDir;

namespace {

TEST(cli_report_test, writes_a_balanced_self_contained_page_with_o) {
    TempDir dir;
    const std::string out = dir.file("report.html");
    const auto run = runCli("report " + quotedSample() + " --date 2026-12-02 -o '" + out + "'");
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, "");  // the page goes to the file only
    const std::string html = sc::test::readText(out);
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<h1>" + sc::test::loadSample("partner-program").info.title + "</h1>"),
              std::string::npos);
    EXPECT_NE(html.find("as of 2026-12-02"), std::string::npos);
    for (const char* id : {"dashboard", "mismatches", "actions", "partners", "findings"})
        EXPECT_NE(html.find(std::string("<section id=\"") + id + "\""), std::string::npos) << id;
    EXPECT_TRUE(rfx::tagsBalance(html));
    EXPECT_EQ(rfx::count(html, "<table>"), rfx::count(html, "</table>"));
    EXPECT_EQ(rfx::count(html, "<section "), rfx::count(html, "</section>"));
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("http://"), std::string::npos);
    EXPECT_EQ(html.find("https://"), std::string::npos);
    // stdout and --today give the same bytes: the output depends on the file and the date only.
    EXPECT_EQ(runCli("report " + quotedSample() + " --date 2026-12-02").out, html);
    EXPECT_EQ(runCli("report " + quotedSample() + " --today 2026-12-02").out, html);
    EXPECT_NE(runCli("report " + quotedSample() + " --date 2026-12-03").out, html);
}

TEST(cli_report_test, every_sample_reports) {
    for (const auto& file : sc::test::listedSamples()) {
        SCOPED_TRACE(file);
        const auto run =
            runCli("report '" + sc::test::sourcePath("assets/samples/" + file) + "' --date 2026-12-02");
        EXPECT_EQ(run.exitCode, 0);
        EXPECT_TRUE(rfx::tagsBalance(run.out));
    }
}

TEST(cli_report_test, a_hostile_file_is_reported_as_text) {
    TempDir dir;
    const std::string in = dir.write("hostile.scorecard.json", rfx::hostileSampleJson());
    const auto run = runCli("report '" + in + "' --date 2026-12-02 -o '" + dir.file("r.html") + "'");
    ASSERT_EQ(run.exitCode, 0);
    const std::string html = sc::test::readText(dir.file("r.html"));
    EXPECT_EQ(html.find("<script"), std::string::npos);
    EXPECT_EQ(html.find("<img"), std::string::npos);
    EXPECT_NE(html.find("&lt;script&gt;alert(1)&lt;/script&gt;"), std::string::npos);
    EXPECT_TRUE(rfx::tagsBalance(html));
}

TEST(cli_report_test, exit_codes) {
    TempDir dir;
    EXPECT_EQ(runCli("report").exitCode, 2);                                           // no file
    EXPECT_EQ(runCli("report " + quotedSample() + " --date 2026-02-30").exitCode, 2);  // not a date
    EXPECT_EQ(runCli("report " + quotedSample() + " --date").exitCode, 2);             // no value
    EXPECT_EQ(runCli("report " + quotedSample() + " --date 2026-12-02 --today 2026-12-02").exitCode, 2);
    EXPECT_EQ(runCli("report " + quotedSample() + " --format html").exitCode, 2);  // unknown option
    EXPECT_EQ(runCli("report '" + dir.file("missing.json") + "'").exitCode, 2);    // unreadable
    EXPECT_EQ(runCli("report " + quotedSample() + " -o '" + dir.file("no/such/dir/r.html") + "'").exitCode,
              2);
    const std::string notScorecard = dir.write("x.scorecard.json", "{\"hello\": 1}");
    EXPECT_EQ(runCli("report '" + notScorecard + "' -o '" + dir.file("r.html") + "'").exitCode, 1);
    EXPECT_FALSE(std::ifstream(dir.file("r.html")).good());  // nothing written for a refused file
    EXPECT_EQ(runCli("report --help").exitCode, 0);
}

}  // namespace
