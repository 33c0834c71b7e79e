// `scorecard import`, run as the real binary: the updated document to stdout or -o OUT (via
// OUT.tmp and a rename), the summary where the document is not, errors as CSV:LINE:COLUMN
// (HEADER): message with exit 1 and nothing written, usage errors exit 2.
#include "cli/cli_temp_dir.h"
#include "test_util.h"

using sc::test::has;

using sc::test::readText;
using sc::test::runCli;
using sc::test::sourcePath;
using sc::test::TempDir;

namespace {
std::string sampleFile() { return sourcePath("assets/samples/partner-program.scorecard.json"); }
std::string exampleCsv(const std::string& table) {
    return sourcePath("assets/import-examples/" + table + ".csv");
}
std::string quote(const std::string& path) { return "'" + path + "'"; }
}  // namespace

TEST(cli_import_test, writes_the_updated_document_to_stdout_and_the_summary_to_stderr) {
    TempDir dir;
    const std::string err = dir.file("err.txt");
    const auto run =
        runCli("import " + quote(sampleFile()) + " --table deals " + quote(exampleCsv("deals")), err);
    EXPECT_EQ(run.exitCode, 0) << readText(err);
    const auto loaded = sc::loadDocument(run.out);
    ASSERT_TRUE(loaded.ok) << loaded.error;
    EXPECT_NE(sc::findById(loaded.document.deals, "d106"), nullptr);
    EXPECT_EQ(run.out, sc::saveDocument(loaded.document));  // canonical
    EXPECT_TRUE(has(readText(err), "added 6, updated 0, unchanged 0 deals from " + exampleCsv("deals")))
        << readText(err);
}

TEST(cli_import_test, output_file_then_reimport_is_byte_identical) {
    TempDir dir;
    const std::string out = dir.file("out.scorecard.json");
    const std::string args = " --table kpi_records " + quote(exampleCsv("kpi_records"));
    const auto first = runCli("import " + quote(sampleFile()) + args + " -o " + quote(out));
    EXPECT_EQ(first.exitCode, 0);
    EXPECT_TRUE(has(first.out, "added 15, updated 0, unchanged 0 kpi records")) << first.out;
    EXPECT_FALSE(std::ifstream(out + ".tmp").good());
    const std::string written = readText(out);
    const auto again = runCli("import " + quote(out) + args + " -o " + quote(out));
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(has(again.out, "added 0, updated 0, unchanged 15 kpi records")) << again.out;
    EXPECT_EQ(readText(out), written);
}

TEST(cli_import_test, options_reach_the_import) {
    TempDir dir;
    const std::string err = dir.file("err.txt");
    const std::string csv = exampleCsv("deal_registrations");
    EXPECT_EQ(
        runCli("import " + quote(sampleFile()) + " --table deal_registrations " + quote(csv) + " --dry-run",
               err)
            .exitCode,
        1);
    const auto run = runCli("import " + quote(sampleFile()) + " --table deal_registrations " + quote(csv) +
                            " --date-format DD/MM/YYYY --delimiter semicolon --dry-run");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.rfind("added 5, updated 0, unchanged 0 deal registrations from", 0), 0u) << run.out;
    EXPECT_TRUE(has(run.out, "(dry run, nothing written)"));
    const std::string mapped =
        dir.write("m.csv", "Reseller,Client,Amount\np_delta,Levee Farms,\"1.234,50\"\n");
    const auto withMap =
        runCli("import " + quote(sampleFile()) + " --table deals " + quote(mapped) +
               " --map Reseller=partner_id --map 'Amount=quoted_price_minor' --decimal-comma");
    EXPECT_EQ(withMap.exitCode, 0);
    const auto doc = sc::loadDocument(withMap.out).document;
    EXPECT_EQ(doc.deals.back().partnerId, "p_delta");
    EXPECT_EQ(doc.deals.back().quotedPriceMinor, 123450);
    const std::string status =
        dir.write("s.csv", "Partner,Account,Status\np_delta,Levee Farms,Active customer\n");
    EXPECT_EQ(
        runCli("import " + quote(sampleFile()) + " --table deals " + quote(status) + " --dry-run").exitCode,
        1);
    const auto ignored = runCli("import " + quote(sampleFile()) + " --table deals " + quote(status) +
                                " --dry-run --map Status=-");
    EXPECT_EQ(ignored.exitCode, 0);
    EXPECT_TRUE(
        has(ignored.out,
            "ignored columns (not read into deals; read one with --map \"HEADER=column\"): \"Status\""))
        << ignored.out;
}

TEST(cli_import_test, import_errors_exit_1_list_every_cell_and_write_nothing) {
    TempDir dir;
    const std::string csv = dir.write("deals.csv",
                                      "Deal ID,Partner,Customer,Discount\n"
                                      "d900,p_prairie,Good Farm,5%\n"
                                      "d901,Nobody,Bad Farm,\"12,5 %\"\n");
    const std::string out = dir.write("out.json", "previous contents\n");
    const std::string err = dir.file("err.txt");
    const auto run = runCli("import " + quote(sampleFile()) + " --table deals " + quote(csv) +
                                " --decimal-point -o " + quote(out),
                            err);
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(readText(out), "previous contents\n");
    EXPECT_FALSE(std::ifstream(out + ".tmp").good());
    const std::string text = readText(err);
    EXPECT_TRUE(has(text, csv + ":3:2 (Partner): unknown partner \"Nobody\"")) << text;
    EXPECT_TRUE(has(text, csv + ":3:4 (Discount): \"12,5 %\" is not a percentage")) << text;
    EXPECT_TRUE(has(text, csv + ": 2 errors; nothing imported")) << text;
}

TEST(cli_import_test, file_is_only_overwritten_when_named_by_o) {
    TempDir dir;
    const std::string file = dir.write("doc.json", readText(sampleFile()));
    const auto toStdout = runCli("import " + quote(file) + " --table deals " + quote(exampleCsv("deals")));
    EXPECT_EQ(toStdout.exitCode, 0);
    EXPECT_EQ(readText(file), readText(sampleFile()));
    EXPECT_EQ(runCli("import " + quote(file) + " --table deals " + quote(exampleCsv("deals")) + " -o " +
                     quote(file))
                  .exitCode,
              0);
    EXPECT_NE(sc::findById(sc::loadDocument(readText(file)).document.deals, "d101"), nullptr);
}

TEST(cli_import_test, usage_errors_exit_2) {
    const std::string base = "import " + quote(sampleFile()) + " " + quote(exampleCsv("deals"));
    EXPECT_EQ(runCli(base).exitCode, 2);  // no --table
    EXPECT_EQ(runCli(base + " --table pulse_answers").exitCode, 2);
    EXPECT_EQ(runCli(base + " --table deals --delimiter pipe").exitCode, 2);
    EXPECT_EQ(runCli(base + " --table deals --date-format DD/MM/YY").exitCode, 2);
    EXPECT_EQ(runCli(base + " --table deals --decimal-comma --decimal-point").exitCode, 2);
    EXPECT_EQ(runCli(base + " --table deals --dry-run -o x.json").exitCode, 2);
    EXPECT_EQ(runCli(base + " --table deals --map NoEquals").exitCode, 2);
    EXPECT_EQ(runCli(base + " --table deals --bogus").exitCode, 2);
    EXPECT_EQ(runCli("import " + quote(sampleFile()) + " --table deals /no/such.csv").exitCode, 2);
    EXPECT_EQ(runCli("import --table deals").exitCode, 2);
}

TEST(cli_import_test, help_lists_the_options) {
    const auto run = runCli("import --help");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out.rfind("usage: scorecard import FILE --table TABLE CSV", 0), 0u);
    for (const char* option : {"--map", "--delimiter", "--decimal-comma", "--decimal-point", "--date-format",
                               "--dry-run", "OUT.tmp"})
        EXPECT_TRUE(has(run.out, option)) << option;
    EXPECT_TRUE(has(runCli("--help").out, "\n  import      merge a partner's CSV export"))
        << runCli("--help").out;
}

// Issue 9: the rules of engagement and the partners import like the row tables - the example
// file imports, a bad cell is refused with its line and column and the file is left as it was,
// and importing the same file again changes nothing, byte for byte.
TEST(cli_import_test, rules_of_engagement_and_partners_import_refuse_and_reimport) {
    struct Case {
        const char* table;
        const char* summary;   // of the example file, into the sample
        const char* badCsv;    // one bad cell
        const char* badPlace;  // its CSV:LINE:COLUMN (HEADER)
    };
    const Case cases[] = {
        {"price_book", "added 1, updated 0, unchanged 4 price book from ",
         "SKU,Description,List Price\nFW-NEW,New item,\"1,234\"\n",
         ":2:3 (List Price): \"1,234\" is not an amount"},
        {"discount_bands", "added 1, updated 0, unchanged 3 discount bands from ",
         "Tier,Name,Max discount\ngold,Gold,0.15\n", ":2:3 (Max discount): \"0.15\" is not a percentage"},
        {"partners", "added 1, updated 0, unchanged 6 partners from ", "id,name,status\np_new,New,asleep\n",
         ":2:3 (status): \"asleep\" is not one of active, paused, ended"},
        {"territories", "added 1, updated 1, unchanged 4 territories from ", "Territory,Regions\n,Iowa\n",
         ":2:1 (Territory): empty; every territory needs a name"},
    };
    for (const auto& c : cases) {
        SCOPED_TRACE(c.table);
        TempDir dir;
        const std::string file = dir.write("doc.scorecard.json", readText(sampleFile()));
        const std::string csv = exampleCsv(c.table);
        const std::string args = " --table " + std::string(c.table) + " " + quote(csv) + " -o " + quote(file);
        const auto first = runCli("import " + quote(file) + args);
        EXPECT_EQ(first.exitCode, 0) << first.out;
        EXPECT_TRUE(has(first.out, c.summary + csv)) << first.out;
        const std::string written = readText(file);
        EXPECT_NE(written, readText(sampleFile()));
        const auto again = runCli("import " + quote(file) + args);
        EXPECT_EQ(again.exitCode, 0);
        EXPECT_TRUE(has(again.out, "added 0, updated 0, unchanged")) << again.out;
        EXPECT_EQ(readText(file), written) << "a re-import changes nothing";
        const std::string bad = dir.write("bad.csv", c.badCsv);
        const std::string err = dir.file("err.txt");
        const auto refused = runCli(
            "import " + quote(file) + " --table " + c.table + " " + quote(bad) + " -o " + quote(file), err);
        EXPECT_EQ(refused.exitCode, 1);
        EXPECT_TRUE(has(readText(err), bad + c.badPlace)) << readText(err);
        EXPECT_TRUE(has(readText(err), bad + ": 1 error; nothing imported")) << readText(err);
        EXPECT_EQ(readText(file), written) << "the file is left as it was";
    }
}

TEST(cli_import_test, an_unknown_table_lists_every_importable_one) {
    TempDir dir;
    const std::string err = dir.file("err.txt");
    EXPECT_EQ(
        runCli("import " + quote(sampleFile()) + " " + quote(exampleCsv("deals")) + " --table rules", err)
            .exitCode,
        2);
    EXPECT_TRUE(
        has(readText(err),
            "--table is one of deals, deal_registrations, report_submissions, kpi_records, price_book, "
            "discount_bands, partners, territories (got \"rules\")"))
        << readText(err);
    const auto help = runCli("import --help");
    for (const char* table : {"price_book", "discount_bands", "partners", "territories", "_cents"})
        EXPECT_TRUE(has(help.out, table)) << table;
}
