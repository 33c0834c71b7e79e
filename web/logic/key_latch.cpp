#include "logic/key_latch.h"

namespace sc::web {

void KeyLatch::pressed(int) { pressUnseen_ = true; }

// Any release waits while a press is unseen or a release is held, not only the key's own: Ctrl
// held across a frame, then A tapped and Ctrl let go before the next frame, must still reach
// that frame as Ctrl+A (released at once, Ctrl would be up when the frame reads A), and the
// releases keep their order.
bool KeyLatch::released(int key, int scancode, int mods) {
    if (!pressUnseen_ && held_.empty()) return true;
    held_.push_back(Release{key, scancode, mods});
    return false;
}

void KeyLatch::frameSeen(const std::function<void(const Release&)>& forward) {
    pressUnseen_ = false;
    // Move out first: forwarding must not see a half-cleared list.
    std::vector<Release> held;
    held.swap(held_);
    for (const Release& r : held) forward(r);
}

}  // namespace sc::web
