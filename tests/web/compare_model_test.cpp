// Compare (web/logic/compare_model.h): both levels per dimension and the engine's verdicts.
#include <gtest/gtest.h>

#include "logic/compare_model.h"
#include "test_util.h"

using namespace sc;
using namespace sc::web;

TEST(compare_model_test, lines_up_both_sides_and_marks_the_engines_gaps) {
    const Document doc = test::loadSample("saas-self-serve");
    const CompareModel m = compare(doc, "pr_try_now", "ch_direct_sales");
    ASSERT_EQ(m.rows.size(), doc.dimensions.size());
    const CompareRow* motion = nullptr;
    for (const auto& r : m.rows)
        if (r.dimension == "Buying motion") motion = &r;
    ASSERT_NE(motion, nullptr);
    EXPECT_EQ(motion->promiseLevel, "Self-serve");
    EXPECT_EQ(motion->channelLevel, "Sales-led");
    EXPECT_TRUE(motion->apart);
    EXPECT_NE(motion->verdict.find("Try it now"), std::string::npos) << motion->verdict;
    EXPECT_FALSE(m.mismatches.empty());
    for (const auto& d : m.mismatches) {
        EXPECT_EQ(d.promiseId, "pr_try_now");
        EXPECT_EQ(d.channelId, "ch_direct_sales");
    }
    const CompareModel none = compare(doc, "nope", "ch_direct_sales");
    EXPECT_TRUE(none.rows.empty());
}
