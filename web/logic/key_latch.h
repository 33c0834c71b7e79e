// Keeps a quick key tap visible to ImGui for at least one frame.
//
// ImGui 1.86 reads keys as a "down" array sampled once per frame. The browser delivers key
// events between frames, so a tap whose keydown and keyup both arrive before the next frame
// (a fast typist, a slow frame on a big document, an automated test) would never be seen:
// Escape would not close a dialog, Enter would not confirm. The latch passes presses through at
// once and, while some press has not been through a frame yet, holds back every release until
// the frame that saw it has run (so a modifier stays down for the key tapped under it). Plain
// C++ (no GLFW, no ImGui) so the rule is tested natively.
#pragma once

#include <functional>
#include <vector>

namespace sc::web {

class KeyLatch {
  public:
    struct Release {
        int key;
        int scancode;
        int mods;
    };

    // A key went down (the caller forwards it at once): no frame has seen it yet.
    void pressed(int key);

    // A key came up. Returns true when the release may be forwarded now; false when it was kept
    // for `frameSeen` because some press (its own or another key's) has not been through a
    // frame yet.
    bool released(int key, int scancode, int mods);

    // Call once a frame has read the keys (after ImGui::NewFrame): every key now has been seen,
    // and the releases held back are handed to `forward`, in the order they happened.
    void frameSeen(const std::function<void(const Release&)>& forward);

    bool holding() const { return !held_.empty(); }

  private:
    bool pressUnseen_ = false;   // a key went down since the last frame read the keys
    std::vector<Release> held_;  // releases waiting for that frame
};

}  // namespace sc::web
