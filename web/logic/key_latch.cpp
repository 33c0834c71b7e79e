#include "logic/key_latch.h"

namespace sc::web {

void KeyLatch::pressed(int key) { unseen_.insert(key); }

bool KeyLatch::released(int key, int scancode, int mods) {
    if (unseen_.count(key) == 0) return true;
    held_.push_back(Release{key, scancode, mods});
    return false;
}

void KeyLatch::frameSeen(const std::function<void(const Release&)>& forward) {
    unseen_.clear();
    // Move out first: forwarding must not see a half-cleared list.
    std::vector<Release> held;
    held.swap(held_);
    for (const Release& r : held) forward(r);
}

}  // namespace sc::web
