// CanonicalTextCache (web/logic/text_cache): File > Save reuses the text autosave wrote for the
// same snapshot, and writes it anew for any other.
#include <gtest/gtest.h>

#include "logic/text_cache.h"

using sc::web::CanonicalTextCache;

namespace {

CanonicalTextCache::Snapshot titled(const std::string& title) {
    sc::Document d;
    d.info.title = title;
    return std::make_shared<const sc::Document>(std::move(d));
}

}  // namespace

TEST(text_cache_test, the_text_kept_for_a_snapshot_is_reused_for_that_snapshot_only) {
    CanonicalTextCache cache;
    const auto a = titled("A");
    // A marker no writer would produce: seeing it back proves the text was not written again.
    cache.keep(a, "kept text of A");
    EXPECT_TRUE(cache.holds(a));
    EXPECT_EQ(cache.textOf(a), "kept text of A");

    // An equal document in another snapshot is not the same snapshot: written anew.
    const auto same = titled("A");
    EXPECT_FALSE(cache.holds(same));
    EXPECT_EQ(cache.textOf(same), sc::saveDocument(*same));
    EXPECT_TRUE(cache.holds(same));
    EXPECT_FALSE(cache.holds(a));
}

TEST(text_cache_test, an_empty_cache_writes_the_text_and_keeps_it) {
    CanonicalTextCache cache;
    const auto b = titled("B");
    EXPECT_FALSE(cache.holds(b));
    EXPECT_FALSE(cache.holds(nullptr));
    const std::string& text = cache.textOf(b);
    EXPECT_EQ(text, sc::saveDocument(*b));
    EXPECT_EQ(&cache.textOf(b), &text) << "the kept text, not a new one";
}
