// `scorecard csv-preview` as the real binary on awkward files (issue 9): a byte order mark,
// ';' and tab delimiters, CRLF line ends, quoted line breaks and doubled quotes, empty trailing
// columns, UTF-8 text — each printed as a JSON array of string-valued objects keyed by the
// header, exactly as the importer's reader sees it.
#include "cli/cli_temp_dir.h"

using sc::test::TempDir;

namespace {

struct Run {
    int exitCode = -1;
    std::string out, err;
};

// The real binary with its standard error kept too (the warnings and refusals go there).
Run runWithStderr(const TempDir& dir, const std::string& arguments) {
    const std::string errFile = dir.file("stderr.txt");
    const auto run = sc::test::runCli(arguments, errFile);
    return {run.exitCode, run.out, sc::test::readText(errFile)};
}

sc::Json previewOf(const TempDir& dir, const std::string& bytes, const std::string& options = "") {
    const std::string path = dir.write("data.csv", bytes);
    const auto run = runWithStderr(dir, "csv-preview '" + path + "'" + options);
    EXPECT_EQ(run.exitCode, 0) << run.err;
    return sc::Json::parse(run.out);
}

}  // namespace

TEST(cli_csv_preview_test, bom_crlf_and_commas) {
    TempDir dir;
    const sc::Json rows = previewOf(dir,
                                    "\xEF\xBB\xBF"
                                    "deal_id,price_cents\r\nd1,395090\r\nd2,12\r\n");
    ASSERT_EQ(rows.size(), 2u);
    // The BOM is not part of the first header name, and money stays a string: nothing converted.
    EXPECT_EQ(rows[0].dump(), R"({"deal_id":"d1","price_cents":"395090"})");
    EXPECT_EQ(rows[1]["price_cents"], "12");
}

TEST(cli_csv_preview_test, semicolon_and_tab_delimiters_are_detected) {
    TempDir dir;
    EXPECT_EQ(previewOf(dir, "a;b\n1,5;2\n")[0].dump(), R"({"a":"1,5","b":"2"})");
    EXPECT_EQ(previewOf(dir, "a\tb\nx y\tz\n")[0].dump(), R"({"a":"x y","b":"z"})");
    // Forced: the same file read with ',' keeps the semicolons inside one column.
    EXPECT_EQ(previewOf(dir, "a;b\n1;2\n", " --delimiter ,")[0].dump(), R"({"a;b":"1;2"})");
}

TEST(cli_csv_preview_test, quoted_line_breaks_quotes_and_utf8) {
    TempDir dir;
    const sc::Json rows =
        previewOf(dir, "name,note\n\"Grüne \"\"Wiese\"\" GmbH\",\"line one\nline two\"\nÉcole,\n");
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0]["name"], "Grüne \"Wiese\" GmbH");
    EXPECT_EQ(rows[0]["note"], "line one\nline two");
    EXPECT_EQ(rows[1]["name"], "École");
    EXPECT_EQ(rows[1]["note"], "");  // an empty trailing column is an empty string, not missing
}

TEST(cli_csv_preview_test, short_and_long_rows_are_printed_and_named) {
    TempDir dir;
    const std::string path = dir.write("data.csv", "a,b\n1\n1,2,3\n");
    const auto run = runWithStderr(dir, "csv-preview '" + path + "'");
    ASSERT_EQ(run.exitCode, 0) << run.err;
    const sc::Json rows = sc::Json::parse(run.out);
    EXPECT_EQ(rows[0].dump(), R"({"a":"1"})");
    EXPECT_EQ(rows[1].dump(), R"({"a":"1","b":"2","column 3":"3"})");
    EXPECT_NE(run.err.find("line 2: 1 cells, the header has 2"), std::string::npos) << run.err;
    EXPECT_NE(run.err.find("line 3: 3 cells, the header has 2"), std::string::npos) << run.err;
}

TEST(cli_csv_preview_test, refusals_name_the_place) {
    TempDir dir;
    const auto unclosed = runWithStderr(dir, "csv-preview '" + dir.write("u.csv", "a,b\n1,\"open\n") + "'");
    EXPECT_EQ(unclosed.exitCode, 1);
    EXPECT_NE(unclosed.err.find("line 2"), std::string::npos) << unclosed.err;
    const auto twice = runWithStderr(dir, "csv-preview '" + dir.write("t.csv", "id,name,id\n1,x,2\n") + "'");
    EXPECT_EQ(twice.exitCode, 1);
    EXPECT_NE(twice.err.find("the header names 'id' twice (columns 1 and 3)"), std::string::npos)
        << twice.err;
    const auto utf16 = runWithStderr(dir, "csv-preview '" +
                                              dir.write("w.csv", std::string("\xFF\xFE"
                                                                             "a\0,\0b\0",
                                                                             8)) +
                                              "'");
    EXPECT_EQ(utf16.exitCode, 1);
    EXPECT_NE(utf16.err.find("UTF-16"), std::string::npos) << utf16.err;
    EXPECT_EQ(runWithStderr(dir, "csv-preview").exitCode, 2);
    EXPECT_EQ(runWithStderr(dir, "csv-preview '" + dir.file("missing.csv") + "'").exitCode, 2);
    EXPECT_EQ(runWithStderr(dir, "csv-preview x.csv --delimiter '|'").exitCode, 2);
}
