// Stress for the reader/writer pair: every sample with one value swapped for a value of another
// type still loads (with findings), and its save is stable (save -> load -> save identical),
// so wrong types are kept without the writer and the reader disagreeing.
#include "test_util.h"

namespace {

void expectMutationsStable(const std::string& text, unsigned seed, int count = 150) {
    const sc::Json tree = sc::Json::parse(text);
    const sc::Json flat = tree.flatten();
    std::vector<std::string> pointers;
    for (auto it = flat.begin(); it != flat.end(); ++it)
        if (it.key() != "/schema_version") pointers.push_back(it.key());
    ASSERT_FALSE(pointers.empty());
    const sc::Json replacements[] = {"text",  -1, 1.5, true, nullptr, sc::Json::object(), sc::Json::array(),
                                     99999999};
    for (int i = 0; i < count; ++i) {
        seed = seed * 1103515245u + 12345u;
        const std::string& p = pointers[(seed >> 8) % pointers.size()];
        sc::Json mutated = tree;
        mutated[sc::Json::json_pointer(p)] = replacements[(seed >> 20) % 8];
        SCOPED_TRACE(p);
        auto r = sc::loadDocument(mutated.dump());
        ASSERT_TRUE(r.ok) << r.error;
        const std::string saved = sc::saveDocument(r.document);
        auto again = sc::loadDocument(saved);
        ASSERT_TRUE(again.ok) << again.error;
        EXPECT_EQ(saved, sc::saveDocument(again.document));
    }
}

}  // namespace

TEST(format_mutation_test, type_swaps_in_the_validation_base_keep_saves_stable) {
    expectMutationsStable(sc::test::validationBase(), 7);
}

TEST(format_mutation_test, type_swaps_in_every_sample_keep_saves_stable) {
    for (const char* name : {"saas-self-serve", "premium-skincare-marketplace", "sustainable-retail",
                             "enterprise-subscription-resellers", "partner-program"}) {
        const std::string path =
            sc::test::sourcePath(std::string("assets/samples/") + name + ".scorecard.json");
        if (!std::ifstream(path).good()) continue;  // presence is checked by format_roundtrip_test
        SCOPED_TRACE(path);
        // 60 per sample: each round trip of a 50–130 KB sample costs ~45 ms in the Debug build.
        expectMutationsStable(sc::test::readText(path), 11, 60);
    }
}
