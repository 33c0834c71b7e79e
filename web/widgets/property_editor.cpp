// The property editor (see property_editor.h).
#include "widgets/property_editor.h"

#include <algorithm>
#include <unordered_map>

#include "edit/edits.h"
#include "imgui.h"
#include "imgui_stdlib.h"
#include "logic/field_text.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"
#include "widgets/text_field.h"

namespace sc::web {

bool FieldFilter::wants(std::string_view key) const {
    if (std::find(skip.begin(), skip.end(), key) != skip.end()) return false;
    return only.empty() || std::find(only.begin(), only.end(), key) != only.end();
}

void pushSetField(const EditorContext& ctx, const edit::Address& a, const std::string& key,
                  edit::FieldValue value) {
    // An edit that changes nothing is no Undo step.
    const auto current = edit::fieldValue(ctx.doc, a, key);
    if (current && *current == value) return;
    const std::string now = ctx.clock.now;
    ctx.commands.push(edit::setFieldLabel(ctx.doc, a, key), [a, key, value, now](const sc::Document& doc) {
        return edit::setField(doc, a, key, value, now);
    });
}

namespace {

constexpr const char* kNotSet = "(not set)";

void labelCell(const sc::FieldInfo& info) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    ImGui::AlignTextToFramePadding();
    CellText(std::string(info.label));
    if (!info.help.empty() && ImGui::IsItemHovered())
        ImGui::SetTooltip("%.*s", static_cast<int>(info.help.size()), info.help.data());
    ImGui::TableNextColumn();
}

// A combo over (id, label) choices; pushes the set when another one is picked.
void choiceCombo(const EditorContext& ctx, const edit::Address& a, const std::string& key,
                 const std::string& current, const std::vector<std::pair<std::string, std::string>>& choices,
                 bool allowEmpty, const sc::FieldInfo& info) {
    std::string preview = current.empty() ? kNotSet : current;
    for (const auto& [id, label] : choices)
        if (id == current) preview = label;
    ImGui::SetNextItemWidth(-FLT_MIN);
    // Closed, the combo is recorded as "Label: current choice" for the browser tests; open,
    // its choices are (Selectables record themselves).
    if (!ImGui::BeginCombo(("##" + key).c_str(), preview.c_str())) {
        test_hooks::noteText((std::string(info.label) + ": " + preview).c_str());
        return;
    }
    if (allowEmpty && ImGui::Selectable(kNotSet, current.empty())) pushSetField(ctx, a, key, std::string());
    for (const auto& [id, label] : choices)
        if (ImGui::Selectable((label + "##" + id).c_str(), id == current)) pushSetField(ctx, a, key, id);
    ImGui::EndCombo();
}

std::vector<std::pair<std::string, std::string>> termChoices(const vocab::Vocabulary& v) {
    std::vector<std::pair<std::string, std::string>> out;
    for (const vocab::Term& t : v) out.emplace_back(std::string(t.id), std::string(t.label));
    return out;
}

// A text box whose typed text is read through parseEditText when it loses focus.
void typedField(const EditorContext& ctx, const edit::Address& a, const std::string& key,
                const edit::FieldValue& value, const sc::FieldInfo& info, bool multiline) {
    const std::string& currency = ctx.doc.info.currency;
    const std::string shown = editText(value, info, currency);
    std::string suffix;
    if (info.kind == FieldKind::Money) suffix = currency;
    else if (info.kind == FieldKind::BasisPoints) suffix = "%";
    else if (!info.unit.empty()) suffix = std::string(info.unit);
    const char* hint = info.kind == FieldKind::Date     ? "YYYY-MM-DD"
                       : info.kind == FieldKind::Period ? "YYYY-MM"
                                                        : "";
    const float suffixWidth =
        suffix.empty() ? 0.0f : ImGui::CalcTextSize(suffix.c_str()).x + ImGui::GetStyle().ItemSpacing.x;
    const TextFieldResult r = TextField(key, std::string(info.label), shown, multiline, hint, suffixWidth);
    if (!suffix.empty()) {
        ImGui::SameLine();
        HintText(suffix);
    }
    if (r.committed) {
        std::string error;
        const auto parsed = parseEditText(r.text, value, info, currency, error);
        if (parsed) pushSetField(ctx, a, key, *parsed);
        else TextFieldRefuse(key, r.text, error);
    }
    if (!r.error.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.75f, 0.1f, 0.1f, 1.0f));
        CellTextWrapped(r.error);
        ImGui::PopStyleColor();
    }
}

void levelsEditor(const EditorContext& ctx, const edit::Address& a, const std::string& key,
                  const sc::LevelMap& levels) {
    if (ctx.doc.dimensions.empty()) {
        HintTextWrapped("No dimensions yet: add them under Dimensions to place this on them.");
        return;
    }
    for (const auto& dim : ctx.doc.dimensions) {
        ImGui::PushID(dim.id.c_str());
        const auto found = levels.find(dim.id);
        CellText(dim.name.empty() ? dim.id : dim.name);
        ImGui::SameLine(ImGui::GetContentRegionAvail().x * 0.45f);
        ImGui::SetNextItemWidth(-FLT_MIN);
        if (dim.kind == "numeric") {
            const std::string shown =
                found != levels.end() && found->second.number
                    ? editText(edit::FieldValue(*found->second.number), sc::FieldInfo{}, "")
                    : std::string();
            const TextFieldResult r = TextField("n", dim.name, shown, false, dim.unit.c_str(), 0.0f);
            if (r.committed) {
                sc::LevelMap next = levels;
                std::string error;
                sc::FieldInfo info = sc::field::decimal(dim.name);
                const auto parsed =
                    parseEditText(r.text, edit::FieldValue(std::optional<double>()), info, "", error);
                if (!parsed) {
                    TextFieldRefuse("n", r.text, error);
                } else {
                    const auto number = std::get<std::optional<double>>(*parsed);
                    if (number) next[dim.id] = sc::LevelValue{std::string(), number};
                    else next.erase(dim.id);
                    pushSetField(ctx, a, key, next);
                }
            }
            if (!r.error.empty()) HintTextWrapped(r.error);
        } else {
            const std::string current = found != levels.end() ? found->second.level : std::string();
            std::string preview = current.empty() ? kNotSet : current;
            for (const auto& l : dim.levels)
                if (l.id == current) preview = l.name;
            if (!ImGui::BeginCombo("##level", preview.c_str())) {
                test_hooks::noteText((dim.name + ": " + preview).c_str());
            } else {
                if (ImGui::Selectable(kNotSet, current.empty())) {
                    sc::LevelMap next = levels;
                    next.erase(dim.id);
                    pushSetField(ctx, a, key, next);
                }
                for (const auto& l : dim.levels) {
                    if (ImGui::Selectable((l.name + "##" + l.id).c_str(), l.id == current)) {
                        sc::LevelMap next = levels;
                        next[dim.id] = sc::LevelValue{l.id, std::nullopt};
                        pushSetField(ctx, a, key, next);
                    }
                }
                ImGui::EndCombo();
            }
        }
        ImGui::PopID();
    }
}

void referenceList(const EditorContext& ctx, const edit::Address& a, const std::string& key,
                   const std::vector<std::string>& ids, const sc::FieldInfo& info) {
    const auto choices = referenceChoices(ctx.doc, info.target);
    if (choices.empty()) {
        HintTextWrapped("None to choose from yet.");
        return;
    }
    for (const auto& [id, label] : choices) {
        bool on = std::find(ids.begin(), ids.end(), id) != ids.end();
        ImGui::PushID(id.c_str());
        if (ImGui::Checkbox(label.c_str(), &on)) {
            std::vector<std::string> next;
            for (const auto& [cid, unused] : choices) {
                (void)unused;
                const bool was = std::find(ids.begin(), ids.end(), cid) != ids.end();
                if (cid == id ? on : was) next.push_back(cid);
            }
            pushSetField(ctx, a, key, next);
        }
        ImGui::PopID();
    }
}

template <class M>
void drawField(const EditorContext& ctx, const edit::Address& a, const std::string& key, const M& member,
               const sc::FieldInfo& info) {
    labelCell(info);
    ImGui::PushID(key.c_str());
    if constexpr (std::is_same_v<M, std::string>) {
        if (info.kind == FieldKind::Enum && info.vocabulary) {
            choiceCombo(ctx, a, key, member, termChoices(*info.vocabulary), !info.required(), info);
        } else if (info.kind == FieldKind::Reference) {
            choiceCombo(ctx, a, key, member, referenceChoices(ctx.doc, info.target), !info.required(), info);
        } else {
            const bool multiline = info.kind == FieldKind::LongText;
            typedField(ctx, a, key, edit::FieldValue(member), info, multiline);
            if (info.vocabulary) {  // an open vocabulary: suggestions beside the box
                ImGui::SetNextItemWidth(-FLT_MIN);
                if (ImGui::BeginCombo("##suggest", "Suggestions…")) {
                    for (const vocab::Term& t : *info.vocabulary) {
                        const std::string label(t.label);
                        if (ImGui::Selectable((label + "##" + std::string(t.id)).c_str(), member == t.id))
                            pushSetField(ctx, a, key, std::string(t.id));
                    }
                    ImGui::EndCombo();
                }
            }
        }
    } else if constexpr (std::is_same_v<M, bool>) {
        bool on = member;
        if (ImGui::Checkbox(("##" + key).c_str(), &on)) pushSetField(ctx, a, key, on);
        test_hooks::noteText((std::string(info.label) + (member ? ": yes" : ": no")).c_str());
    } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
        if (info.kind == FieldKind::ReferenceList) referenceList(ctx, a, key, member, info);
        else typedField(ctx, a, key, edit::FieldValue(member), info, true);
    } else if constexpr (std::is_same_v<M, sc::LevelMap>) {
        levelsEditor(ctx, a, key, member);
    } else {
        typedField(ctx, a, key, edit::FieldValue(member), info, false);
    }
    ImGui::PopID();
}

template <class T>
void drawObjectFields(const EditorContext& ctx, const edit::Address& a, T& object, const FieldFilter& filter);

struct FieldDrawer {
    const EditorContext& ctx;
    const edit::Address& a;
    const FieldFilter& filter;
    template <class M>
    void operator()(const char* k, M& member, const sc::FieldInfo& info) const {
        const std::string key = k;
        if (!filter.wants(key)) return;
        if (info.kind == FieldKind::Id || info.kind == FieldKind::Timestamp) return;
        if (!info.whenKey.empty()) {  // e.g. a unit only for a numeric dimension
            const auto sibling = edit::fieldValue(ctx.doc, a, std::string(info.whenKey));
            const std::string* text = sibling ? std::get_if<std::string>(&*sibling) : nullptr;
            if (!text || *text != info.whenValue) return;
        }
        if constexpr (kIsEntityList<M>) {
            return;  // lists have their own editors (widgets/item_list.h)
        } else if constexpr (IsDescribed<M>::value && !std::is_same_v<M, sc::LevelValue>) {
            ImGui::TableNextRow();
            ImGui::TableNextColumn();
            Heading(std::string(info.label));
            drawObjectFields(ctx, edit::child(a, key), member, FieldFilter{});
        } else {
            drawField(ctx, a, key, member, info);
        }
    }
};

template <class T>
void drawObjectFields(const EditorContext& ctx, const edit::Address& a, T& object,
                      const FieldFilter& filter) {
    forEachField(object, FieldDrawer{ctx, a, filter});
}

}  // namespace

void drawProperties(const EditorContext& ctx, const edit::Address& a, const FieldFilter& filter) {
    const ImGuiTableFlags flags = ImGuiTableFlags_SizingStretchProp | ImGuiTableFlags_PadOuterX;
    if (!ImGui::BeginTable("##properties", 2, flags)) return;
    ImGui::TableSetupColumn("Field", ImGuiTableColumnFlags_WidthFixed, ImGui::GetFontSize() * 10.0f);
    ImGui::TableSetupColumn("Value", ImGuiTableColumnFlags_WidthStretch);
    const bool found =
        edit::visitAt(ctx.doc, a, [&](auto& object) { drawObjectFields(ctx, a, object, filter); });
    ImGui::EndTable();
    if (!found) HintText("This item no longer exists.");
}

}  // namespace sc::web
