// Item recording through ImGui 1.86's test-engine hooks (see item_recorder.h).
// ItemAdd gives the id and rect of every interactive item; ItemInfo gives its label. Items
// outside their window's clip rect (scrolled away) are not recorded: a test cannot click them.
#include "test_hooks/item_recorder.h"

#include <cstdarg>
#include <unordered_map>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "imgui.h"
#include "imgui_internal.h"

namespace sc::web::test_hooks {

namespace {

struct Item {
    std::string window;
    std::string label;
    ImGuiID id = 0;
    ImRect rect;
};

struct Recorder {
    std::vector<Item> current;
    std::unordered_map<ImGuiID, std::size_t> currentIndex;  // id -> latest index in `current`
    std::vector<Item> last;
    ImGuiID lastActiveId = 0;  // the item being edited or pressed when the last frame ended
};

// The recorder is per process like the ImGui context it listens to.
Recorder& recorder() {
    static Recorder instance;
    return instance;
}

// "Open sample##menu" -> "Open sample"; "###id" suffixes too.
std::string visibleLabel(const char* label) {
    std::string text = label ? label : "";
    const auto hashes = text.find("##");
    if (hashes != std::string::npos) text.erase(hashes);
    return text;
}

}  // namespace

void enable(ImGuiContext* ctx) {
#ifdef IMGUI_ENABLE_TEST_ENGINE
    ctx->TestEngineHookItems = true;
#else
    (void)ctx;
#endif
}

void noteText(const char* text) {
    ImGuiContext& g = *ImGui::GetCurrentContext();
    ImGuiWindow* window = g.CurrentWindow;
    if (!window || !window->ClipRect.Overlaps(g.LastItemData.Rect)) return;
    recorder().current.push_back({window->Name, visibleLabel(text), g.LastItemData.ID, g.LastItemData.Rect});
}

void endFrame() {
    Recorder& r = recorder();
    r.lastActiveId = ImGui::GetCurrentContext()->ActiveId;
    r.last = std::move(r.current);
    r.current.clear();
    r.currentIndex.clear();
}

std::string lastFrameJson(float scale) {
    if (scale <= 0.0f) scale = 1.0f;
    nlohmann::json items = nlohmann::json::array();
    for (const Item& item : recorder().last) {
        if (item.label.empty()) continue;
        items.push_back({{"window", item.window},
                         {"label", item.label},
                         {"id", item.id},
                         {"x", item.rect.Min.x / scale},
                         {"y", item.rect.Min.y / scale},
                         {"w", item.rect.GetWidth() / scale},
                         {"h", item.rect.GetHeight() / scale},
                         // A test waits for its click to give a text box the keyboard before typing.
                         {"active", item.id != 0 && item.id == recorder().lastActiveId}});
    }
    return items.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace sc::web::test_hooks

#ifdef IMGUI_ENABLE_TEST_ENGINE
// The four functions ImGui calls when built with IMGUI_ENABLE_TEST_ENGINE.

void ImGuiTestEngineHook_ItemAdd(ImGuiContext* ctx, const ImRect& bb, ImGuiID id) {
    ImGuiWindow* window = ctx->CurrentWindow;
    if (!window || !window->ClipRect.Overlaps(bb)) return;
    auto& r = sc::web::test_hooks::recorder();
    r.currentIndex[id] = r.current.size();
    r.current.push_back({window->Name, "", id, bb});
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    auto& r = sc::web::test_hooks::recorder();
    const auto found = r.currentIndex.find(id);
    if (found == r.currentIndex.end()) return;
    r.current[found->second].label = sc::web::test_hooks::visibleLabel(label);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID id) {
    for (const auto& item : sc::web::test_hooks::recorder().last)
        if (item.id == id) return item.label.c_str();
    return nullptr;
}
#endif
