#include "logic/key_latch.h"

#include <gtest/gtest.h>

namespace {

using sc::web::KeyLatch;

std::vector<int> drain(KeyLatch& latch) {
    std::vector<int> keys;
    latch.frameSeen([&](const KeyLatch::Release& r) { keys.push_back(r.key); });
    return keys;
}

TEST(KeyLatch, TapBetweenTwoFramesIsReleasedOnlyAfterAFrameSawItDown) {
    KeyLatch latch;
    latch.pressed(256);  // Escape down …
    EXPECT_FALSE(latch.released(256, 9, 0)) << "released before any frame saw it";
    EXPECT_TRUE(latch.holding());
    EXPECT_EQ(drain(latch), std::vector<int>{256});  // … the frame saw it, now it may come up
    EXPECT_FALSE(latch.holding());
}

TEST(KeyLatch, KeyHeldAcrossAFrameIsReleasedAtOnce) {
    KeyLatch latch;
    latch.pressed(257);
    EXPECT_TRUE(drain(latch).empty());
    EXPECT_TRUE(latch.released(257, 36, 0));
    EXPECT_TRUE(drain(latch).empty());
}

TEST(KeyLatch, ReleaseOfAKeyNeverPressedPassesThrough) {
    KeyLatch latch;
    EXPECT_TRUE(latch.released(65, 38, 0));  // e.g. the press happened before the page had focus
}

TEST(KeyLatch, SeveralTapsAreHandedBackInOrderWithTheirModifiers) {
    KeyLatch latch;
    latch.pressed(341);
    latch.pressed(90);
    EXPECT_FALSE(latch.released(90, 52, 2));
    EXPECT_FALSE(latch.released(341, 37, 0));
    std::vector<KeyLatch::Release> out;
    latch.frameSeen([&](const KeyLatch::Release& r) { out.push_back(r); });
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(out[0].key, 90);
    EXPECT_EQ(out[0].mods, 2);
    EXPECT_EQ(out[1].key, 341);
    // The next frame has nothing left to hand back.
    EXPECT_TRUE(drain(latch).empty());
}

// The browser tests' Ctrl+A: Ctrl goes down and a frame sees it; A is tapped and Ctrl let go
// before the next frame. Released at once, Ctrl would be up when that frame reads A, and the
// box would get a plain A instead of Select all (a CI run typed after the old title once).
TEST(KeyLatch, ModifierHeldAcrossAFrameStaysDownForTheKeyTappedUnderIt) {
    KeyLatch latch;
    latch.pressed(341);                 // Left Control down …
    EXPECT_TRUE(drain(latch).empty());  // … and a frame has seen it
    latch.pressed(65);                  // A down
    EXPECT_FALSE(latch.released(65, 38, 2));
    EXPECT_FALSE(latch.released(341, 37, 0)) << "Ctrl came up before any frame saw A under it";
    EXPECT_EQ(drain(latch), (std::vector<int>{65, 341}));
    EXPECT_TRUE(latch.released(341, 37, 0)) << "nothing unseen: a release passes through";
}

}  // namespace
