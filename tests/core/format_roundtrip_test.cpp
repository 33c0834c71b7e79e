// Round trips: load -> save -> load -> save is byte-identical, and a canonical file saved
// unchanged reproduces itself byte for byte, for every sample and every format fixture.
#include <dirent.h>

#include <algorithm>

#include "test_util.h"

namespace {

using sc::test::listedSamples;

std::vector<std::string> filesIn(const std::string& dir, const std::string& suffix) {
    std::vector<std::string> out;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            const std::string n = e->d_name;
            if (n.size() > suffix.size() && n.compare(n.size() - suffix.size(), suffix.size(), suffix) == 0)
                out.push_back(dir + "/" + n);
        }
        closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

bool exists(const std::string& path) { return std::ifstream(path).good(); }

// load -> save -> load -> save: the two saves are identical and the second load has the
// same findings as the first.
void expectStableRoundTrip(const std::string& path) {
    SCOPED_TRACE(path);
    const std::string text = sc::test::readText(path);
    auto first = sc::loadDocument(text);
    ASSERT_TRUE(first.ok) << first.error;
    const std::string saved = sc::saveDocument(first.document);
    auto second = sc::loadDocument(saved);
    ASSERT_TRUE(second.ok) << second.error;
    EXPECT_EQ(saved, sc::saveDocument(second.document));
    EXPECT_EQ(sc::test::listFindings(first.findings), sc::test::listFindings(second.findings));
}

}  // namespace

TEST(format_roundtrip_test, minimal_document_round_trips_byte_for_byte) {
    const char* text =
        R"({"schema_version": 1, "info": {"title": "T"}, "segments": [{"id": "s1", "name": "SMB"}]})";
    auto first = sc::loadDocument(text);
    ASSERT_TRUE(first.ok) << first.error;
    std::string saved = sc::saveDocument(first.document);
    auto second = sc::loadDocument(saved);
    ASSERT_TRUE(second.ok) << second.error;
    EXPECT_EQ(saved, sc::saveDocument(second.document));
}

TEST(format_roundtrip_test, listed_samples_exist_once_any_is_committed) {
    const auto names = listedSamples();
    ASSERT_FALSE(names.empty()) << "assets/samples/samples.cmake lists no samples";
    std::size_t present = 0;
    for (const auto& n : names) present += exists(sc::test::sourcePath("assets/samples/" + n)) ? 1 : 0;
    // Until the samples land nothing can be checked; from then on, every listed one must exist.
    if (present > 0)
        for (const auto& n : names)
            EXPECT_TRUE(exists(sc::test::sourcePath("assets/samples/" + n)))
                << "listed sample missing: " << n;
}

TEST(format_roundtrip_test, every_sample_round_trips_and_is_already_canonical) {
    auto samples = filesIn(sc::test::sourcePath("assets/samples"), ".scorecard.json");
    for (const auto& path : samples) {
        expectStableRoundTrip(path);
        const std::string text = sc::test::readText(path);
        auto loaded = sc::loadDocument(text);
        ASSERT_TRUE(loaded.ok) << path << ": " << loaded.error;
        EXPECT_EQ(sc::saveDocument(loaded.document), text)
            << path << " is not in canonical form (scorecard format -o)";
    }
}

TEST(format_roundtrip_test, every_format_fixture_round_trips) {
    auto fixtures = filesIn(sc::test::sourcePath("tests/data/format"), ".json");
    auto more = filesIn(sc::test::sourcePath("tests/data/validation"), ".json");
    fixtures.insert(fixtures.end(), more.begin(), more.end());
    ASSERT_GE(fixtures.size(), 3u);
    for (const auto& path : fixtures) expectStableRoundTrip(path);
}

TEST(format_roundtrip_test, canonical_fixture_saved_unchanged_is_byte_identical) {
    const std::string& text = sc::test::validationBase();
    auto loaded = sc::loadDocument(text);
    ASSERT_TRUE(loaded.ok) << loaded.error;
    EXPECT_EQ(sc::saveDocument(loaded.document), text);
    const std::string unknown =
        sc::test::readText(sc::test::sourcePath("tests/data/format/unknown_keys.scorecard.json"));
    auto withUnknown = sc::loadDocument(unknown);
    ASSERT_TRUE(withUnknown.ok) << withUnknown.error;
    EXPECT_EQ(sc::saveDocument(withUnknown.document), unknown);
}

TEST(format_roundtrip_test, saving_a_document_twice_gives_the_same_bytes) {
    auto loaded = sc::loadDocument(sc::test::validationBase());
    ASSERT_TRUE(loaded.ok);
    sc::Document copy = loaded.document;
    EXPECT_EQ(sc::saveDocument(loaded.document), sc::saveDocument(copy));
}
