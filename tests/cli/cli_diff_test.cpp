// `scorecard diff A B [--format text|json]`, run as the real binary on the samples with an edit
// applied: changes by entity and field on stdout, exit 0 equal, 1 different, 2 usage or read
// error; names from the files reach the terminal neutralised.
#include "cli/cli_temp_dir.h"

#include <nlohmann/json.hpp>

using sc::test::quoted;

using sc::test::readText;
using sc::test::runCli;
using sc::test::TempDir;

namespace {

struct TwoFiles {
    std::string a, b;
};

// The partner-program sample as A, and B with a promise's text changed, a deal's quoted price
// changed, a deal removed and a KPI record added.
TwoFiles editedSample(const TempDir& dir) {
    const sc::Document a = sc::test::loadSample("partner-program");
    sc::Document b = a;
    b.promises.at(0).text = "Edited promise text";
    b.deals.at(1).quotedPriceMinor += 1000;
    b.deals.erase(b.deals.begin() + 2);
    sc::KpiRecord k = b.kpiRecords.at(0);
    k.id = "kpi_added_by_test";
    b.kpiRecords.push_back(k);
    return {dir.write("a.scorecard.json", sc::saveDocument(a)),
            dir.write("b.scorecard.json", sc::saveDocument(b))};
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

}  // namespace

TEST(cli_diff_test, equal_files_exit_0) {
    const std::string sample = sc::test::sourcePath("assets/samples/saas-self-serve.scorecard.json");
    auto run = runCli("diff " + quoted(sample) + " " + quoted(sample));
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_EQ(run.out, "no differences\n");
    auto json = runCli("diff " + quoted(sample) + " " + quoted(sample) + " --format json");
    EXPECT_EQ(json.exitCode, 0);
    EXPECT_EQ(nlohmann::json::parse(json.out)["equal"], true);
}

TEST(cli_diff_test, text_output_lists_changes_by_entity_and_field_and_exits_1) {
    TempDir dir;
    const TwoFiles f = editedSample(dir);
    const sc::Document a = sc::test::loadSample("partner-program");
    auto run = runCli("diff " + quoted(f.a) + " " + quoted(f.b));
    EXPECT_EQ(run.exitCode, 1) << run.out;
    EXPECT_TRUE(contains(run.out, "Promises\n  Promise \"" + a.promises[0].name + "\" (" + a.promises[0].id +
                                      "): Core promise changed from \""))
        << run.out;
    EXPECT_TRUE(contains(run.out, "to \"Edited promise text\"\n")) << run.out;
    EXPECT_TRUE(contains(run.out, a.deals[1].id + "): Quoted price per unit changed from ")) << run.out;
    EXPECT_TRUE(contains(run.out, a.deals[2].id + ") removed\n") ||
                contains(run.out, a.deals[2].id + " removed\n"))
        << run.out;
    EXPECT_TRUE(contains(run.out, "KPI record kpi_added_by_test added\n")) << run.out;
    EXPECT_TRUE(contains(run.out, "\n2 changed, 1 added, 1 removed\n")) << run.out;
}

TEST(cli_diff_test, json_output_has_the_documented_shape) {
    TempDir dir;
    const TwoFiles f = editedSample(dir);
    auto run = runCli("diff " + quoted(f.a) + " " + quoted(f.b) + " --format json");
    EXPECT_EQ(run.exitCode, 1);
    const auto j = nlohmann::json::parse(run.out);
    EXPECT_EQ(j["equal"], false);
    EXPECT_EQ(j["changed"], 2);
    EXPECT_EQ(j["added"], 1);
    EXPECT_EQ(j["removed"], 1);
    ASSERT_EQ(j["changes"].size(), 4u);
    const auto& price = j["changes"][1];
    EXPECT_EQ(price["change"], "changed");
    EXPECT_EQ(price["entity"], "deal");
    EXPECT_EQ(price["field"], "quoted_price_minor");
    EXPECT_EQ(price["label"], "Quoted price per unit");
    // Money in the file's currency, not minor units.
    const std::string to = price["to"];
    EXPECT_TRUE(to.find_first_of("$€£") != std::string::npos || to.find(' ') != std::string::npos) << to;
    for (const char* key : {"group", "id", "name", "owner", "from", "to", "pointer"})
        EXPECT_TRUE(price.contains(key)) << key;
}

TEST(cli_diff_test, usage_and_read_errors_exit_2) {
    TempDir dir;
    const TwoFiles f = editedSample(dir);
    const std::string err = dir.file("err.txt");
    EXPECT_EQ(runCli("diff " + quoted(f.a), err).exitCode, 2);
    EXPECT_TRUE(contains(readText(err), "expected two files")) << readText(err);
    EXPECT_EQ(runCli("diff " + quoted(f.a) + " " + quoted(f.b) + " --format xml", err).exitCode, 2);
    EXPECT_EQ(runCli("diff " + quoted(f.a) + " " + quoted(dir.file("missing.json")), err).exitCode, 2);
    EXPECT_TRUE(contains(readText(err), "missing.json")) << readText(err);
    const std::string notScorecard = dir.write("not.json", "[1, 2");
    auto run = runCli("diff " + quoted(notScorecard) + " " + quoted(f.b), err);
    EXPECT_EQ(run.exitCode, 2);
    EXPECT_EQ(run.out, "");
    EXPECT_EQ(runCli("diff --help").exitCode, 0);
    EXPECT_TRUE(contains(runCli("--help").out, "diff"));
}

TEST(cli_diff_test, a_hostile_name_is_neutralised_in_text_and_escaped_in_json) {
    TempDir dir;
    const sc::Document a = sc::test::loadSample("saas-self-serve");
    sc::Document b = a;
    b.promises.at(0).name = "Try\x1b]52;c;aGVsbG8=\x07 it \x1b[31mnow";
    const std::string fa = dir.write("a.scorecard.json", sc::saveDocument(a));
    const std::string fb = dir.write("b.scorecard.json", sc::saveDocument(b));
    auto run = runCli("diff " + quoted(fa) + " " + quoted(fb));
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_EQ(run.out.find('\x1b'), std::string::npos) << run.out;
    EXPECT_EQ(run.out.find('\x07'), std::string::npos) << run.out;
    EXPECT_TRUE(contains(run.out, "Try?]52;c;aGVsbG8=? it ?[31mnow")) << run.out;
    auto json = runCli("diff " + quoted(fa) + " " + quoted(fb) + " --format json");
    EXPECT_EQ(json.out.find('\x1b'), std::string::npos);
    EXPECT_TRUE(contains(json.out, "\\u001b[31mnow")) << json.out;
    EXPECT_EQ(nlohmann::json::parse(json.out)["changes"][0]["to"], "\"" + b.promises[0].name + "\"");
}
