// `scorecard partners` and `scorecard audit-copy` as the real binary: the KPI table over the
// partner-program sample in text and in the JSON documented in docs/PARTNERS.md, the copy
// audit's score and flags, and clear refusals of bad arguments.
#include "cli/cli_temp_dir.h"
#include "core/engine_shape.h"

using sc::test::quotedSample;

using sc::test::runCli;
using sc::test::TempDir;

namespace {

// The ```json block after `marker` in docs/PARTNERS.md.
sc::Json documented(const std::string& marker) {
    const std::string markdown = sc::test::readText(sc::test::sourcePath("docs/PARTNERS.md"));
    auto at = markdown.find(marker);
    if (at == std::string::npos) return nullptr;
    auto start = markdown.find("```json\n", at);
    if (start == std::string::npos) return nullptr;
    start += 8;
    return sc::Json::parse(markdown.substr(start, markdown.find("\n```", start) - start));
}

void expectDocumentedShape(const std::string& marker, const sc::Json& actual) {
    const sc::Json doc = documented(marker);
    ASSERT_TRUE(doc.is_object()) << "no JSON example after " << marker << " in docs/PARTNERS.md";
    std::vector<std::string> problems;
    fx::compareShape(doc, actual, "$", problems);
    for (const auto& p : problems) ADD_FAILURE() << p;
}

}  // namespace

TEST(cli_partners_test, text_table_for_the_latest_period) {
    const auto run = runCli("partners " + quotedSample());
    ASSERT_EQ(run.exitCode, 0);
    EXPECT_NE(run.out.find("Partner KPIs for 2026-10"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Summit Farm Tech"), std::string::npos);
    EXPECT_NE(run.out.find("promote -> gold"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("93.5% G m+"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("Correct privately"), std::string::npos);
    EXPECT_NE(run.out.find("Acknowledge publicly"), std::string::npos);
}

TEST(cli_partners_test, json_for_a_period_matches_the_documented_shape) {
    const auto run = runCli("partners " + quotedSample() + " --period 2026-08 --format json");
    ASSERT_EQ(run.exitCode, 0);
    const sc::Json j = sc::Json::parse(run.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded());
    EXPECT_EQ(j["period"], "2026-08");
    ASSERT_EQ(j["partners"].size(), 6u);
    // Delta in August: 2 of 3 deals accurate (hand-checked in partners_pricing_test).
    const auto& delta = j["partners"][3];
    EXPECT_EQ(delta["id"], "p_delta");
    EXPECT_EQ(delta["kpis"]["pricing_accuracy"]["value"], 6667);
    EXPECT_EQ(delta["kpis"]["pricing_accuracy"]["source"], "computed");
    EXPECT_EQ(delta["kpis"]["feedback_participation"]["source"], "manual");
    expectDocumentedShape("<!-- partners-json-example -->", j);
}

TEST(cli_partners_test, bad_arguments_exit_2_with_a_message) {
    TempDir dir;
    const auto errFile = dir.file("err.txt");
    EXPECT_EQ(runCli("partners " + quotedSample() + " --period 2026-13", errFile).exitCode, 2);
    EXPECT_NE(sc::test::readText(errFile).find("--period must be YYYY-MM, not '2026-13'"), std::string::npos);
    EXPECT_EQ(runCli("partners " + quotedSample() + " --format xml").exitCode, 2);
    EXPECT_EQ(runCli("partners").exitCode, 2);
    EXPECT_EQ(runCli("partners '" + dir.file("missing.json") + "'").exitCode, 2);
    EXPECT_EQ(runCli("partners --help").exitCode, 0);
}

TEST(cli_partners_test, audit_copy_flags_passages_and_exits_1) {
    TempDir dir;
    const auto copy = dir.write(
        "post.txt",
        "Soil moisture readings every 15 minutes from every sensor.\nIt pays for itself, GUARANTEED.\n");
    const auto run = runCli("audit-copy " + quotedSample() + " --partner p_greenacre '" + copy + "'");
    EXPECT_EQ(run.exitCode, 1);
    EXPECT_NE(run.out.find("Message consistency of GreenAcre"), std::string::npos) << run.out;
    EXPECT_NE(run.out.find("line 2, column 4: \"pays for itself\" breaks fr_earnings"), std::string::npos)
        << run.out;
    const auto json =
        runCli("audit-copy " + quotedSample() + " --partner p_greenacre '" + copy + "' --format json");
    const sc::Json j = sc::Json::parse(json.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded());
    EXPECT_EQ(j["score_bp"], 5000);
    EXPECT_EQ(j["flags"].size(), 2u);
    expectDocumentedShape("<!-- audit-copy-json-example -->", j);
}

TEST(cli_partners_test, audit_copy_of_clean_empty_and_hostile_copy) {
    TempDir dir;
    const auto clean =
        dir.write("clean.txt", "A 30-day in-field pilot on up to three sensors before you buy.");
    EXPECT_EQ(runCli("audit-copy " + quotedSample() + " --partner p_prairie '" + clean + "'").exitCode, 0);
    const auto empty = dir.write("empty.txt", "");
    const auto run = runCli("audit-copy " + quotedSample() + " --partner p_prairie '" + empty + "'");
    EXPECT_EQ(run.exitCode, 0);
    EXPECT_NE(run.out.find("no sentence to audit"), std::string::npos) << run.out;
    // Bytes that are not UTF-8 are refused with where (cli_audit_copy_encoding_test has more).
    const auto hostile = dir.write("hostile.txt", std::string("risk-free \xC3\x28 guaranteed\x80", 23));
    const auto errFile = dir.file("err.txt");
    const auto json = runCli(
        "audit-copy " + quotedSample() + " --partner p_prairie '" + hostile + "' --format json", errFile);
    EXPECT_EQ(json.exitCode, 2);
    EXPECT_EQ(json.out, "") << "never scored";
    EXPECT_NE(sc::test::readText(errFile).find("byte 0xC3 at byte offset 10"), std::string::npos);
}

TEST(cli_partners_test, audit_copy_refuses_unknown_partner_and_missing_arguments) {
    TempDir dir;
    const auto copy = dir.write("post.txt", "hello");
    const auto errFile = dir.file("err.txt");
    EXPECT_EQ(runCli("audit-copy " + quotedSample() + " --partner p_nobody '" + copy + "'", errFile).exitCode,
              2);
    EXPECT_NE(sc::test::readText(errFile).find("no partner with id 'p_nobody'"), std::string::npos);
    EXPECT_EQ(runCli("audit-copy " + quotedSample() + " '" + copy + "'").exitCode, 2)
        << "--partner is required";
    EXPECT_EQ(runCli("audit-copy " + quotedSample() + " --partner p_prairie").exitCode, 2) << "no copy file";
    EXPECT_EQ(runCli("audit-copy " + quotedSample() + " --partner p_prairie '" + dir.file("nope.txt") + "'")
                  .exitCode,
              2);
}

TEST(cli_partners_test, every_listed_sample_reports_in_text_and_json) {
    for (const auto& name : sc::test::listedSamples()) {
        SCOPED_TRACE(name);
        const std::string file = "'" + sc::test::sourcePath("assets/samples/" + name) + "'";
        const auto text = runCli("partners " + file);
        EXPECT_EQ(text.exitCode, 0);
        EXPECT_FALSE(text.out.empty());
        const auto json = runCli("partners " + file + " --format json");
        ASSERT_EQ(json.exitCode, 0);
        const sc::Json j = sc::Json::parse(json.out, nullptr, false);
        ASSERT_FALSE(j.is_discarded());
        EXPECT_EQ(j["partners"].size(),
                  sc::test::loadSample(name.substr(0, name.size() - 15)).partners.size());
        expectDocumentedShape("<!-- partners-json-example -->", j);
    }
}

TEST(cli_partners_test, help_lists_and_explains_both_commands) {
    const auto overview = runCli("--help");
    EXPECT_NE(overview.out.find("\n  partners    per-partner KPI table"), std::string::npos) << overview.out;
    EXPECT_NE(overview.out.find("\n  audit-copy  message consistency"), std::string::npos) << overview.out;
    const auto partners = runCli("partners --help");
    EXPECT_EQ(partners.exitCode, 0);
    EXPECT_EQ(
        partners.out.rfind(
            "usage: scorecard partners FILE [--period YYYY-MM] [--today YYYY-MM-DD] [--format text|json]", 0),
        0u);
    EXPECT_NE(partners.out.find("docs/PARTNERS.md"), std::string::npos);
    const auto audit = runCli("audit-copy -h");
    EXPECT_EQ(audit.exitCode, 0);
    EXPECT_EQ(audit.out.rfind("usage: scorecard audit-copy FILE --partner ID COPYFILE", 0), 0u);
    EXPECT_NE(audit.out.find("exit codes: 0 no flagged passage, 1 flagged passages"), std::string::npos);
}

TEST(cli_partners_test, a_document_without_partner_data_says_so) {
    TempDir dir;
    const auto file = dir.write("empty.scorecard.json", R"({"schema_version":1,"info":{"title":"Empty"}})");
    const auto text = runCli("partners '" + file + "'");
    EXPECT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("No partner data"), std::string::npos) << text.out;
    const auto json = runCli("partners '" + file + "' --format json");
    const sc::Json j = sc::Json::parse(json.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded());
    EXPECT_TRUE(j["period"].is_null());
    EXPECT_TRUE(j["partners"].empty());
    const auto refused = dir.write("not.json", "{ nope");
    EXPECT_EQ(runCli("partners '" + refused + "'").exitCode, 1);
}

// Issue 9: every KPI of every partner over the whole history, in text and in the JSON documented
// in docs/PARTNERS.md ("All periods").
TEST(cli_partners_test, all_periods_in_text_and_documented_json) {
    const auto text = runCli("partners " + quotedSample() + " --all-periods");
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("Partner KPIs over every period, 2026-05 to 2026-10"), std::string::npos)
        << text.out;
    EXPECT_NE(text.out.find("Delta Growers Supply (silver)"), std::string::npos) << text.out;
    const auto json = runCli("partners " + quotedSample() + " --all-periods --format json");
    ASSERT_EQ(json.exitCode, 0);
    const sc::Json j = sc::Json::parse(json.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded());
    EXPECT_EQ(j["periods"].size(), 6u);
    const auto& delta = j["partners"][3];
    EXPECT_EQ(delta["id"], "p_delta");
    EXPECT_EQ(delta["kpis"]["pricing_accuracy"][3]["period"], "2026-08");
    EXPECT_EQ(delta["kpis"]["pricing_accuracy"][3]["value"], 6667);
    expectDocumentedShape("<!-- partners-all-periods-json-example -->", j);
    TempDir dir;
    const auto errFile = dir.file("err.txt");
    EXPECT_EQ(runCli("partners " + quotedSample() + " --all-periods --period 2026-08", errFile).exitCode, 2);
    EXPECT_NE(sc::test::readText(errFile).find("--all-periods reports every period"), std::string::npos);
    EXPECT_NE(runCli("partners --help").out.find("--all-periods"), std::string::npos);
}

// Seed 000 "The weekly cadence is the most important": the share of the last 12 weeks with a
// check-in, per partner and overall, up to --today.
TEST(cli_partners_test, weekly_check_ins_in_text_and_json) {
    const auto text = runCli("partners " + quotedSample() + " --today 2026-11-30");
    ASSERT_EQ(text.exitCode, 0);
    EXPECT_NE(text.out.find("Weekly check-ins, last 12 weeks to 2026-11-30"), std::string::npos) << text.out;
    EXPECT_NE(text.out.find("3 of 12 weeks (25.0%), last 2026-10-06 (55 days ago)"), std::string::npos)
        << text.out;
    const auto json = runCli("partners " + quotedSample() + " --today 2026-11-30 --format json");
    const sc::Json j = sc::Json::parse(json.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded());
    EXPECT_EQ(j["cadence"]["overall"]["share_bp"], 6875);  // exact: the sample lists the dates held
    EXPECT_EQ(j["cadence"]["basis"], "held_on");
    EXPECT_EQ(j["cadence"]["overall"]["upper_bound"], false);
    EXPECT_EQ(j["cadence"]["partners"][1]["partner_id"], "p_riverbend");
    EXPECT_EQ(j["cadence"]["partners"][1]["weeks_with_check_in"], 3);
    EXPECT_EQ(j["cadence"]["without_weekly"], (sc::Json{"p_greenacre", "p_coastal"}));
}
