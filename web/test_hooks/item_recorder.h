// Records every labelled item ImGui draws (window, label, id, rect) so browser tests can find
// and click things on a canvas that has no DOM. Fed by ImGui's test-engine hooks
// (IMGUI_ENABLE_TEST_ENGINE) plus noteText() for plain text the tests need to see.
// No browser code here: platform_web.cpp exports lastFrameJson() to JavaScript.
#pragma once

#include <string>

struct ImGuiContext;

namespace sc::web::test_hooks {

// Turns the hooks on for this context (no-op without IMGUI_ENABLE_TEST_ENGINE).
void enable(ImGuiContext* ctx);

// Records the last submitted item (e.g. TextUnformatted, or an unlabelled Selectable) with
// `text` as its label; id is the item's id (0 for plain text).
void noteText(const char* text);

// Call after ImGui::Render(): the items recorded this frame become the "last frame".
void endFrame();

// The last frame's items as a JSON array of {window, label, id, x, y, w, h}, coordinates
// divided by `scale` (framebuffer pixels -> CSS pixels).
std::string lastFrameJson(float scale);

}  // namespace sc::web::test_hooks
