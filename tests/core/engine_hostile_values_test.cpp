// Hostile numbers and dangling references in otherwise valid samples: the engine must still
// produce a report whose numbers are finite and in range, and both renderings must succeed.
// A user's file may hold absurd values (a pasted 19-digit count, a negative price, an id
// that points nowhere); validation reports them, but scoring must never crash or print NaN.
#include <cmath>
#include <limits>

#include "engine/score_report.h"
#include "engine/text_util.h"
#include "test_util.h"

namespace {

// Replacements for number leaves (extremes, zero, negatives, fractions) and text leaves
// (empty, an id that exists nowhere, a date that is not one).
const sc::Json kNumbers[] = {0,
                             -1,
                             std::numeric_limits<std::int64_t>::max(),
                             std::numeric_limits<std::int64_t>::min(),
                             1e300,
                             -1e300,
                             0.5,
                             4000000000000000000};
const sc::Json kTexts[] = {"", "no-such-id", "2026-13-45", "\xE2\x80\xAE reversed", "0"};

void expectReportSane(const sc::engine::ScoreReport& report, const std::string& where) {
    SCOPED_TRACE(where);
    if (report.index.hasValue) {
        EXPECT_TRUE(std::isfinite(report.index.value));
        EXPECT_GE(report.index.value, 0.0);
        EXPECT_LE(report.index.value, 100.0);
    }
    for (const auto& m : report.mismatches) {
        EXPECT_TRUE(std::isfinite(m.priority.score)) << m.mismatch.id;
        EXPECT_GE(m.priority.score, 0.0) << m.mismatch.id;
        EXPECT_LE(m.priority.score, 100.0) << m.mismatch.id;
        EXPECT_TRUE(std::isfinite(m.priority.impact)) << m.mismatch.id;
    }
    // Every number in the JSON is finite (a NaN or infinity would be printed as null), and both
    // renderings succeed (nlohmann's dump throws on invalid UTF-8).
    const sc::Json json = sc::engine::scoreReportToJson(report);
    const sc::Json flat = json.flatten();
    for (auto it = flat.begin(); it != flat.end(); ++it)
        if (it.value().is_number_float()) EXPECT_TRUE(std::isfinite(it.value().get<double>())) << it.key();
    EXPECT_FALSE(json.dump().empty());
    EXPECT_FALSE(sc::engine::scoreReportToText(report).empty());
}

void scoreMutations(const std::string& text, unsigned seed, int count) {
    const sc::Json tree = sc::Json::parse(text);
    const sc::Json flat = tree.flatten();
    std::vector<std::string> numbers, texts;
    for (auto it = flat.begin(); it != flat.end(); ++it) {
        if (it.key() == "/schema_version") continue;
        if (it.value().is_number()) numbers.push_back(it.key());
        if (it.value().is_string()) texts.push_back(it.key());
    }
    ASSERT_FALSE(numbers.empty());
    ASSERT_FALSE(texts.empty());
    for (int i = 0; i < count; ++i) {
        sc::Json mutated = tree;
        std::string changed;
        // Three changes at once: absurd values usually come in company.
        for (int k = 0; k < 3; ++k) {
            seed = seed * 1103515245u + 12345u;
            const bool number = (seed >> 4) % 3 != 0;
            const auto& pool = number ? numbers : texts;
            const std::string& p = pool[(seed >> 8) % pool.size()];
            mutated[sc::Json::json_pointer(p)] = number ? kNumbers[(seed >> 20) % std::size(kNumbers)]
                                                        : kTexts[(seed >> 20) % std::size(kTexts)];
            changed += p + " ";
        }
        auto r = sc::loadDocument(mutated.dump());
        ASSERT_TRUE(r.ok) << changed << r.error;
        expectReportSane(sc::engine::buildScoreReport(r.document, "2026-11-24"), changed);
    }
}

TEST(engine_hostile_values_test, every_sample_scores_sanely_with_absurd_values_and_dangling_ids) {
    unsigned seed = 3;
    for (const auto& name : sc::test::listedSamples()) {
        SCOPED_TRACE(name);
        scoreMutations(sc::test::readText(sc::test::sourcePath("assets/samples/" + name)), seed++, 20);
    }
}

// Every number in a sample at its most extreme at once: the worst a pasted spreadsheet can do.
TEST(engine_hostile_values_test, all_numbers_at_the_extremes_still_score) {
    for (const auto& name : sc::test::listedSamples()) {
        for (const sc::Json& extreme : {kNumbers[2], kNumbers[3], kNumbers[0]}) {
            SCOPED_TRACE(name + " with every number " + extreme.dump());
            sc::Json flat =
                sc::Json::parse(sc::test::readText(sc::test::sourcePath("assets/samples/" + name))).flatten();
            for (auto it = flat.begin(); it != flat.end(); ++it)
                if (it.value().is_number() && it.key() != "/schema_version") it.value() = extreme;
            auto r = sc::loadDocument(flat.unflatten().dump());
            ASSERT_TRUE(r.ok) << r.error;
            expectReportSane(sc::engine::buildScoreReport(r.document, "2026-11-24"), name);
        }
    }
}

}  // namespace

// The number formatting under those values: no undefined conversion or overflow (the
// sanitizer run found both), and the digits stay right.

TEST(EngineHostileValues, NumberTextAtTheExtremes) {
    using namespace sc::engine;
    EXPECT_EQ(formatNumber(3.7e19), "37000000000000000000");
    EXPECT_EQ(formatNumber(1e16), "10000000000000000");
    EXPECT_EQ(formatNumber(-42.0), "-42");
    EXPECT_EQ(formatNumber(2.5), "2.5");
    EXPECT_EQ(formatBp(std::numeric_limits<std::int64_t>::min()), "-92233720368547758.1%");
    EXPECT_EQ(formatBp(std::numeric_limits<std::int64_t>::max()), "92233720368547758.1%");
    EXPECT_EQ(formatBp(-15), "-0.2%");
    EXPECT_EQ(formatBp(-4), "0.0%");
    EXPECT_EQ(rateBp(std::numeric_limits<std::int64_t>::min(), 1), std::numeric_limits<std::int64_t>::min());
    EXPECT_EQ(rateBp(std::numeric_limits<std::int64_t>::max(), 3), std::numeric_limits<std::int64_t>::max());
    EXPECT_EQ(rateBp(1, 3), 3333);
}
