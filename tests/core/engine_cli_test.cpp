// `scorecard score` as the real binary: every sample in assets/samples (globbed at test time,
// so new samples are covered without editing this file) prints a ranked, explained result in
// text and JSON that matches the shape documented in docs/SCORE.md; bad usage exits 2.
#include <gtest/gtest.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "engine_fixtures.h"
#include "engine_shape.h"

namespace fs = std::filesystem;

namespace {

struct Run {
    int code = -1;
    std::string out;
};

// Runs the CLI with `args` (already shell-quoted), stdout captured, stderr discarded.
Run runCli(const std::string& args) {
    Run r;
    std::string cmd = std::string("'") + SCORECARD_CLI_PATH + "' " + args + " 2>/dev/null";
    FILE* pipe = popen(cmd.c_str(), "r");
    if (!pipe) return r;
    char buf[4096];
    std::size_t n;
    while ((n = fread(buf, 1, sizeof buf, pipe)) > 0) r.out.append(buf, n);
    int status = pclose(pipe);
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    return r;
}

std::string quote(const std::string& s) { return "'" + s + "'"; }

std::vector<std::string> samples() {
    std::vector<std::string> out;
    fs::path dir = fs::path(SCORECARD_SOURCE_DIR) / "assets" / "samples";
    if (!fs::exists(dir)) return out;
    for (const auto& e : fs::directory_iterator(dir)) {
        std::string name = e.path().filename().string();
        const std::string suffix = ".scorecard.json";
        if (name.size() > suffix.size() &&
            name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
            out.push_back(e.path().string());
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string fixture() {
    return std::string(SCORECARD_SOURCE_DIR) + "/tests/data/engine/seed002_examples.scorecard.json";
}

sc::Json documentedExample() {
    std::ifstream in(std::string(SCORECARD_SOURCE_DIR) + "/docs/SCORE.md");
    std::ostringstream s;
    s << in.rdbuf();
    return sc::Json::parse(fx::documentedExample(s.str()));
}

void checkJson(const std::string& file) {
    SCOPED_TRACE(file);
    auto r = runCli("score " + quote(file) + " --format json --today 2026-11-24");
    ASSERT_EQ(r.code, 0);
    sc::Json j = sc::Json::parse(r.out, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << "not JSON";
    for (const auto& p : fx::scoreJsonShapeProblems(j)) ADD_FAILURE() << p;
    std::vector<std::string> problems;
    fx::compareShape(documentedExample(), j, "$", problems);
    for (const auto& p : problems) ADD_FAILURE() << p;
    // Explained: every mismatch has a non-empty explanation and a diagnosis.
    for (const auto& m : j["mismatches"]) {
        EXPECT_FALSE(m["explanation"].get<std::string>().empty()) << m["id"];
        EXPECT_FALSE(m["diagnosis"].get<std::string>().empty()) << m["id"];
    }
}

void checkText(const std::string& file) {
    SCOPED_TRACE(file);
    auto json = sc::Json::parse(runCli("score " + quote(file) + " --format json --today 2026-11-24").out,
                                nullptr, false);
    ASSERT_FALSE(json.is_discarded());
    auto r = runCli("score " + quote(file) + " --today 2026-11-24");
    ASSERT_EQ(r.code, 0);
    EXPECT_NE(r.out.find("Alignment index: "), std::string::npos);
    EXPECT_NE(r.out.find("Readiness: "), std::string::npos);
    if (json["summary"]["open"].get<int>() > 0) {
        // Ranked: the JSON's first group is "1." in the text (issue 13.6: one contradiction, its
        // facets under it), and the first mismatch's explanation is printed.
        EXPECT_NE(r.out.find("  1. [" + json["groups"][0]["severity"].get<std::string>() + "]"),
                  std::string::npos);
        EXPECT_NE(r.out.find(json["mismatches"][0]["explanation"].get<std::string>()), std::string::npos);
    }
}

}  // namespace

TEST(engine_cli_test, scores_every_sample_as_documented_json) {
    auto files = samples();
    ASSERT_FALSE(files.empty()) << "no assets/samples/*.scorecard.json";
    for (const auto& f : files) checkJson(f);
}

TEST(engine_cli_test, scores_every_sample_as_ranked_text) {
    for (const auto& f : samples()) checkText(f);
}

TEST(engine_cli_test, seed_fixture_ranks_self_serve_first) {
    checkJson(fixture());
    checkText(fixture());
    auto j = sc::Json::parse(runCli("score " + quote(fixture()) + " --format json --today 2026-11-24").out);
    EXPECT_EQ(j["mismatches"][0]["pair"], "pair_self_serve");
    EXPECT_EQ(j["mismatches"][0]["rank"], 1);
    EXPECT_EQ(j["today"], "2026-11-24");
}

TEST(engine_cli_test, usage_errors_exit_2) {
    EXPECT_EQ(runCli("score").code, 2);
    EXPECT_EQ(runCli("score " + quote(fixture()) + " --format yaml").code, 2);
    EXPECT_EQ(runCli("score " + quote(fixture()) + " --today 24/11/2026").code, 2);
    EXPECT_EQ(runCli("score " + quote(fixture()) + " --today").code, 2);
    EXPECT_EQ(runCli("score " + quote(fixture()) + " --bogus").code, 2);
    EXPECT_EQ(runCli("score /nonexistent/x.scorecard.json").code, 2);
    EXPECT_EQ(runCli("score --help").code, 0);
}

TEST(engine_cli_test, refused_file_exits_1) {
    fs::path tmp = fs::temp_directory_path() / ("engine_cli_test_" + std::to_string(::getpid()) + ".json");
    {
        std::ofstream out(tmp);
        out << "{ this is not json";
    }
    EXPECT_EQ(runCli("score " + quote(tmp.string())).code, 1);
    fs::remove(tmp);
}
