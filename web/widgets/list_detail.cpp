// List screens (see list_detail.h).
#include "widgets/list_detail.h"

#include <algorithm>
#include <unordered_map>

#include "edit/edits.h"
#include "imgui.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"
#include "widgets/entity_table.h"

namespace sc::web {

namespace {

// What a list holds, read once per frame through its description.
struct ListInfo {
    bool found = false;
    TableModel model;
    std::string kind;    // "segment"
    std::string prefix;  // "seg"
};

ListInfo readList(const sc::Document& doc, const edit::Address& parent, const std::string& key,
                  const std::vector<std::string_view>& columns) {
    ListInfo out;
    out.found = edit::visitList(doc, parent, key, [&](auto& list, const sc::FieldInfo&) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        out.model = buildTable(doc, rowsOf(list), columns);
        out.kind = std::string(EntityWords<T>::singular);
        out.prefix = std::string(EntityWords<T>::idPrefix);
    });
    return out;
}

struct PendingRemoval {
    bool openRequested = false;
    edit::Address address;
    std::string what;  // "segment 'SMB'"
    std::vector<edit::Reference> refs;
};
PendingRemoval& pending() {
    static PendingRemoval p;
    return p;
}

// Selections inside nested lists, per list address ("channels/ch-1/steps").
std::string& nestedSelection(const edit::Address& parent, const std::string& key) {
    static std::unordered_map<std::string, std::string> all;
    std::string path;
    for (const auto& s : parent) path += s.key + "/" + s.id + "/";
    return all[path + key];
}

void requestRemove(const EditorContext& ctx, const edit::Address& a) {
    const auto refs = edit::referencesTo(ctx.doc, a);
    if (refs.empty()) {
        ctx.commands.push(edit::removeItemLabel(ctx.doc, a),
                          [a](const sc::Document& doc) { return edit::removeItem(doc, a, false); });
        return;
    }
    PendingRemoval& p = pending();
    p.openRequested = true;
    p.address = a;
    p.what = edit::describeAddress(ctx.doc, a);
    p.refs = refs;
}

// Add, Duplicate, Up, Down, Remove for the list `key` of `parent`; updates `selected`.
void toolbar(const EditorContext& ctx, const edit::Address& parent, const std::string& key,
             const ListInfo& info, std::string& selected, const std::string& addLabel) {
    const std::string why = edit::whyCannotAdd(ctx.doc, parent, key);
    ImGui::BeginDisabled(!why.empty());
    if (ImGui::Button(addLabel.c_str())) {
        // The id addItem will give (the same document, the same rule), so the new row is selected.
        selected = edit::freshId(ctx.doc, info.kind, info.prefix);
        const std::string now = ctx.clock.now;
        ctx.commands.push(
            edit::addItemLabel(ctx.doc, parent, key),
            [parent, key, now](const sc::Document& doc) { return edit::addItem(doc, parent, key, {}, now); });
    }
    ImGui::EndDisabled();
    if (!why.empty() && ImGui::IsItemHovered(ImGuiHoveredFlags_AllowWhenDisabled))
        ImGui::SetTooltip("%s", why.c_str());
    const edit::Address item = edit::child(parent, key, selected);
    const bool has = !selected.empty() && !edit::describeAddress(ctx.doc, item).empty();
    ImGui::SameLine();
    ImGui::BeginDisabled(!has);
    if (ImGui::Button("Duplicate")) {
        const std::string now = ctx.clock.now;
        selected = edit::freshId(ctx.doc, info.kind, info.prefix);
        ctx.commands.push(edit::duplicateItemLabel(ctx.doc, item), [item, now](const sc::Document& doc) {
            return edit::duplicateItem(doc, item, now);
        });
    }
    ImGui::EndDisabled();
    for (int delta : {-1, +1}) {
        ImGui::SameLine();
        const bool can = has && edit::canMove(ctx.doc, item, delta);
        ImGui::BeginDisabled(!can);
        if (ImGui::Button(delta < 0 ? "Move up" : "Move down"))
            ctx.commands.push(
                edit::moveItemLabel(ctx.doc, item, delta),
                [item, delta](const sc::Document& doc) { return edit::moveItem(doc, item, delta); });
        ImGui::EndDisabled();
    }
    ImGui::SameLine();
    ImGui::BeginDisabled(!has);
    if (ImGui::Button("Remove…")) requestRemove(ctx, item);
    ImGui::EndDisabled();
}

bool nestedApplies(const sc::Document& doc, const edit::Address& item, const std::string& when) {
    if (when.empty()) return true;
    const auto eq = when.find('=');
    const auto value = edit::fieldValue(doc, item, when.substr(0, eq));
    const std::string* text = value ? std::get_if<std::string>(&*value) : nullptr;
    return text && *text == when.substr(eq + 1);
}

void drawNested(const EditorContext& ctx, const edit::Address& item, const NestedListSpec& spec) {
    const ListInfo info = readList(ctx.doc, item, spec.key, spec.columns);
    if (!info.found) return;
    ImGui::PushID(spec.key.c_str());
    ImGui::Spacing();
    Heading(spec.title);
    std::string& selected = nestedSelection(item, spec.key);
    toolbar(ctx, item, spec.key, info, selected, "Add " + info.kind);
    if (info.model.rows.empty()) {
        HintTextWrapped(spec.emptyText);
    } else {
        const float rowHeight = ImGui::GetTextLineHeightWithSpacing() + ImGui::GetStyle().CellPadding.y * 2;
        const float height =
            rowHeight * (static_cast<float>(std::min<std::size_t>(info.model.rows.size(), 8)) + 1.6f);
        const std::string clicked = drawEntityTable(spec.key.c_str(), info.model, selected, height);
        if (!clicked.empty()) selected = clicked;
        const edit::Address nestedItem = edit::child(item, spec.key, selected);
        if (!selected.empty() && !edit::describeAddress(ctx.doc, nestedItem).empty()) {
            // A row just picked: bring its fields into sight under the table.
            if (!clicked.empty()) ImGui::SetScrollHereY(0.15f);
            ImGui::Indent();
            drawProperties(ctx, nestedItem);
            ImGui::Unindent();
        }
    }
    ImGui::PopID();
}

}  // namespace

void drawListDetail(const EditorContext& ctx, const ListSpec& spec, std::string& selectedId) {
    ImGui::PushID(spec.id.c_str());
    if (!spec.title.empty()) Heading(spec.title);
    if (!spec.intro.empty()) HintTextWrapped(spec.intro);
    const ListInfo info = readList(ctx.doc, spec.parent, spec.listKey, spec.columns);
    toolbar(ctx, spec.parent, spec.listKey, info, selectedId, "Add " + info.kind);
    if (info.model.rows.empty()) {
        ImGui::Spacing();
        CellTextWrapped(spec.emptyText);
        const std::string why = edit::whyCannotAdd(ctx.doc, spec.parent, spec.listKey);
        if (!why.empty()) HintTextWrapped("To add one, " + why + ".");
        ImGui::PopID();
        drawRemoveConfirmation(ctx);
        return;
    }
    const float width = ImGui::GetContentRegionAvail().x;
    const float listWidth = width * 0.42f;
    if (ImGui::BeginChild("##list", ImVec2(listWidth, 0.0f), false)) {
        const std::string clicked = drawEntityTable("table", info.model, selectedId, 0.0f);
        if (!clicked.empty()) selectedId = clicked;
    }
    ImGui::EndChild();
    ImGui::SameLine();
    if (ImGui::BeginChild("##detail", ImVec2(0.0f, 0.0f), false)) {
        const edit::Address item = edit::child(spec.parent, spec.listKey, selectedId);
        const std::string what = selectedId.empty() ? std::string() : edit::describeAddress(ctx.doc, item);
        if (what.empty()) {
            HintTextWrapped("Select a " + info.kind + " on the left to see and edit it.");
        } else {
            // The item's own fields, then one tab per list it holds (steps, touchpoints…), so
            // neither scrolls the other out of sight.
            if (spec.nested.empty() || !ImGui::BeginTabBar("##tabs")) {
                drawProperties(ctx, item, spec.detail);
            } else {
                const bool details = ImGui::BeginTabItem("Details");
                test_hooks::noteText("Details");  // tabs do not report their labels themselves
                if (details) {
                    drawProperties(ctx, item, spec.detail);
                    ImGui::EndTabItem();
                }
                for (const auto& nested : spec.nested) {
                    if (!nestedApplies(ctx.doc, item, nested.when)) continue;
                    const bool open = ImGui::BeginTabItem(nested.tab.c_str());
                    test_hooks::noteText(nested.tab.c_str());
                    if (open) {
                        drawNested(ctx, item, nested);
                        ImGui::EndTabItem();
                    }
                }
                ImGui::EndTabBar();
            }
        }
    }
    ImGui::EndChild();
    ImGui::PopID();
    drawRemoveConfirmation(ctx);
}

void drawRemoveConfirmation(const EditorContext& ctx) {
    PendingRemoval& p = pending();
    const char* title = "Remove with what refers to it?";
    if (p.openRequested) {
        ImGui::OpenPopup(title);
        p.openRequested = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 34.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(title, nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    CellTextWrapped("Other parts of the scorecard refer to " + p.what + ". " +
                    edit::referencesSummary(p.refs));
    const float lines = static_cast<float>(std::min<std::size_t>(p.refs.size(), 12));
    const float height =
        std::min(viewport->Size.y * 0.45f, (lines + 0.5f) * ImGui::GetTextLineHeightWithSpacing() * 1.6f);
    if (ImGui::BeginChild("##refs", ImVec2(0.0f, height), true)) {
        for (const auto& r : p.refs)
            CellTextWrapped("• " + r.description + (r.removed ? " — removed too" : " — the link is cleared"));
    }
    ImGui::EndChild();
    ImGui::Spacing();
    if (ImGui::Button("Remove all of these")) {
        const edit::Address a = p.address;
        ctx.commands.push(edit::removeItemLabel(ctx.doc, a),
                          [a](const sc::Document& doc) { return edit::removeItem(doc, a, true); });
        ImGui::CloseCurrentPopup();
    }
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)))
        ImGui::CloseCurrentPopup();
    ImGui::EndPopup();
}

}  // namespace sc::web
