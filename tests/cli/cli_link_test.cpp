// `scorecard link FILE [--base URL] [--force]` and `scorecard link --open LINK [-o OUT]`, run as
// the real binary: a sample goes out as a link and comes back byte for byte, a link over 64 KB
// is refused unless --force, and a damaged or foreign link is refused with the core's message.
#include "cli/cli_temp_dir.h"

#include <unistd.h>

#include <random>

#include "share/share_link.h"

using sc::test::readText;
using sc::test::runCli;
using sc::test::TempDir;

namespace {

std::string shellQuoted(const std::string& s) { return "'" + s + "'"; }

std::string samplePath(const std::string& name) {
    return sc::test::sourcePath("assets/samples/" + name + ".scorecard.json");
}

std::string trimmed(std::string s) {
    while (!s.empty() && s.back() == '\n') s.pop_back();
    return s;
}

// A sample with a promise text of random letters, so its link is longer than 64 KB.
std::string bigDocument() {
    sc::Document doc = sc::test::loadSample("saas-self-serve");
    std::mt19937 rng(4);
    std::string text;
    for (int i = 0; i < 120000; ++i) text += static_cast<char>('a' + rng() % 26);
    doc.promises.at(0).text = text;
    return sc::saveDocument(doc);
}

}  // namespace

TEST(cli_link_test, link_round_trips_a_sample_byte_for_byte) {
    TempDir dir;
    const std::string sample = samplePath("partner-program");
    const auto link = runCli("link " + shellQuoted(sample) + " --base 'https://team.example/scorecard/#old'");
    ASSERT_EQ(link.exitCode, 0);
    EXPECT_EQ(link.out.rfind("https://team.example/scorecard/#scorecard=v1.", 0), 0u) << link.out;
    const std::string out = dir.file("back.scorecard.json");
    const auto open = runCli("link --open " + shellQuoted(trimmed(link.out)) + " -o " + shellQuoted(out));
    ASSERT_EQ(open.exitCode, 0);
    EXPECT_TRUE(readText(out) == readText(sample));  // the samples are canonical
    // To standard output, and from the fragment alone.
    const auto fragment = runCli("link " + shellQuoted(sample));
    ASSERT_EQ(fragment.out.rfind("#scorecard=v1.", 0), 0u);
    EXPECT_TRUE(runCli("link --open " + shellQuoted(trimmed(fragment.out))).out == readText(sample));
}

TEST(cli_link_test, link_holds_the_canonical_text) {
    TempDir dir;
    const std::string canonical = readText(samplePath("saas-self-serve"));
    // The same document written compactly: the link holds (and --open writes) the canonical form.
    const std::string compact = nlohmann::json::parse(canonical).dump();
    const std::string file = dir.write("compact.scorecard.json", compact);
    const auto link = runCli("link " + shellQuoted(file));
    ASSERT_EQ(link.exitCode, 0);
    const auto decoded = sc::decodeShareLink(link.out);
    ASSERT_TRUE(decoded.ok) << decoded.error;
    EXPECT_TRUE(decoded.text == canonical);
}

TEST(cli_link_test, over_the_limit_is_refused_unless_forced) {
    TempDir dir;
    const std::string file = dir.write("big.scorecard.json", bigDocument());
    const std::string errFile = dir.file("err.txt");
    const auto refused = runCli("link " + shellQuoted(file), errFile);
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_EQ(refused.out, "");
    const std::string err = readText(errFile);
    EXPECT_NE(err.find("This scorecard is "), std::string::npos) << err;
    EXPECT_NE(err.find(" KB as a link; links over 64 KB break in mail and chat. Save the file and send that "
                       "instead. (--force prints the link anyway)"),
              std::string::npos)
        << err;
    const auto forced = runCli("link " + shellQuoted(file) + " --force");
    EXPECT_EQ(forced.exitCode, 0);
    EXPECT_GT(forced.out.size(), sc::kMaxShareFragmentBytes);
    const auto decoded = sc::decodeShareLink(forced.out);
    ASSERT_TRUE(decoded.ok) << decoded.error;
    EXPECT_TRUE(decoded.text == readText(file));
}

TEST(cli_link_test, damaged_or_foreign_links_are_refused_with_a_message) {
    TempDir dir;
    const std::string errFile = dir.file("err.txt");
    const std::string out = dir.file("out.scorecard.json");
    std::string link = trimmed(runCli("link " + shellQuoted(samplePath("saas-self-serve"))).out);
    link[30] = '*';
    const auto damaged = runCli("link --open " + shellQuoted(link) + " -o " + shellQuoted(out), errFile);
    EXPECT_EQ(damaged.exitCode, 1);
    EXPECT_EQ(
        readText(errFile),
        "scorecard link: the share link is damaged: invalid base64url character '*' at character 31 of the "
        "link\n");
    EXPECT_NE(access(out.c_str(), F_OK), 0) << "nothing is written for a refused link";

    const auto foreign = runCli("link --open 'https://example.org/#top'", errFile);
    EXPECT_EQ(foreign.exitCode, 1);
    EXPECT_NE(readText(errFile).find("not a scorecard share link"), std::string::npos);

    // A link that decodes but holds no scorecard is refused like such a file.
    const auto notScorecard =
        runCli("link --open " + shellQuoted(sc::shareFragment("{\"hello\": 1}")), errFile);
    EXPECT_EQ(notScorecard.exitCode, 1);
    EXPECT_NE(readText(errFile).find("scorecard link: the link's document is refused: "), std::string::npos)
        << readText(errFile);
}

TEST(cli_link_test, usage_errors_exit_2) {
    EXPECT_EQ(runCli("link").exitCode, 2);
    EXPECT_EQ(runCli("link a b").exitCode, 2);
    EXPECT_EQ(runCli("link --open").exitCode, 2);
    EXPECT_EQ(runCli("link " + shellQuoted(samplePath("saas-self-serve")) + " -o x").exitCode, 2);
    EXPECT_EQ(runCli("link --open '#scorecard=v1.AA' --force").exitCode, 2);
    EXPECT_EQ(runCli("link --bogus").exitCode, 2);
    EXPECT_EQ(runCli("link /nonexistent/file.scorecard.json").exitCode, 2);
    const auto help = runCli("link --help");
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_NE(help.out.find("usage: scorecard link FILE [--base URL] [--force]"), std::string::npos);
}
