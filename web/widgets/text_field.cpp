// Commit-on-focus-loss text boxes (see text_field.h).
#include "widgets/text_field.h"

#include <unordered_map>

#include "imgui.h"
#include "imgui_stdlib.h"
#include "test_hooks/item_recorder.h"

namespace sc::web {

namespace {

struct Draft {
    std::string text;
    std::string error;
};

// One draft per box being edited (or refused); a box's id is stable across frames.
std::unordered_map<ImGuiID, Draft>& drafts() {
    static std::unordered_map<ImGuiID, Draft> all;
    return all;
}

}  // namespace

TextFieldResult TextField(const std::string& id, const std::string& label, const std::string& stored,
                          bool multiline, const char* hint, float reserveRight) {
    const std::string imguiId = "##" + id;
    const ImGuiID key = ImGui::GetID(imguiId.c_str());
    auto& all = drafts();
    auto found = all.find(key);
    std::string buffer = found != all.end() ? found->second.text : stored;
    const float width = ImGui::GetContentRegionAvail().x - reserveRight;
    if (multiline) {
        const float lines = 3.0f;
        ImGui::InputTextMultiline(
            imguiId.c_str(), &buffer,
            ImVec2(width, ImGui::GetTextLineHeight() * lines + ImGui::GetStyle().FramePadding.y * 2));
    } else {
        ImGui::SetNextItemWidth(width);
        ImGui::InputTextWithHint(imguiId.c_str(), hint ? hint : "", &buffer);
    }
    test_hooks::noteText((label + " field").c_str());
    TextFieldResult result;
    if (ImGui::IsItemActive()) {
        Draft& d = all[key];
        d.text = buffer;
    }
    if (ImGui::IsItemDeactivatedAfterEdit()) {
        result.committed = true;
        result.text = buffer;
        all.erase(key);  // a refusal puts it back
    } else if (!ImGui::IsItemActive() && found != all.end() && found->second.error.empty()) {
        all.erase(key);  // focus left without an edit
    }
    found = all.find(key);
    if (found != all.end()) result.error = found->second.error;
    return result;
}

void TextFieldRefuse(const std::string& id, const std::string& typed, const std::string& error) {
    const ImGuiID key = ImGui::GetID(("##" + id).c_str());
    drafts()[key] = Draft{typed, error};
}

}  // namespace sc::web
