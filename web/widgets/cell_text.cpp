// Table/heading widgets (see cell_text.h).
#include "widgets/cell_text.h"

#include "imgui.h"
#include "logic/file_names.h"
#include "test_hooks/item_recorder.h"
#include "widgets/fonts.h"

namespace sc::web {

void CellText(const std::string& text) {
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    test_hooks::noteText(text.c_str());
}

std::string FitToWidth(const std::string& text, float width) {
    return ellipsize(text, width, [](const std::string& t) { return ImGui::CalcTextSize(t.c_str()).x; });
}

bool CellTextFitted(const std::string& text) {
    const std::string shown = FitToWidth(oneLineName(text), ImGui::GetContentRegionAvail().x);
    ImGui::TextUnformatted(shown.c_str(), shown.c_str() + shown.size());
    test_hooks::noteText(text.c_str());
    const bool cut = shown != text;
    if (cut && ImGui::IsItemHovered()) ImGui::SetTooltip("%s", text.c_str());
    return cut;
}

void HintText(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    CellText(text);
    ImGui::PopStyleColor();
}

void HintTextWrapped(const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::GetStyleColorVec4(ImGuiCol_TextDisabled));
    CellTextWrapped(text);
    ImGui::PopStyleColor();
}

void CellTextWrapped(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    test_hooks::noteText(text.c_str());
}

bool RowSelectable(const std::string& label, bool selected) {
    // A Selectable cannot wrap its label: draw an unlabelled one as tall as the wrapped text,
    // then the text over it (plain text, so no AllowItemOverlap: that flag ignores a click in
    // the first frame the mouse is over the row, as happens with scripted clicks). The recorder gets the
    // label with the selectable's id and rect.
    const ImVec2 text = ImGui::CalcTextSize(label.c_str(), nullptr, false, ImGui::GetContentRegionAvail().x);
    const ImVec2 start = ImGui::GetCursorPos();
    // The selectable is as tall as this cell only; the selection colours the whole row instead.
    if (selected) ImGui::TableSetBgColor(ImGuiTableBgTarget_RowBg1, ImGui::GetColorU32(ImGuiCol_Header));
    const bool clicked =
        ImGui::Selectable("##row", false, ImGuiSelectableFlags_SpanAllColumns, ImVec2(0.0f, text.y));
    test_hooks::noteText(label.c_str());
    ImGui::SetCursorPos(start);
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(label.c_str(), label.c_str() + label.size());
    ImGui::PopTextWrapPos();
    return clicked;
}

void TableHeaders() {
    ImGui::TableNextRow(ImGuiTableRowFlags_Headers);
    for (int column = 0; column < ImGui::TableGetColumnCount(); ++column) {
        if (!ImGui::TableSetColumnIndex(column)) continue;
        const char* name = ImGui::TableGetColumnName(column);
        ImGui::PushID(column);
        ImGui::TableHeader(name);
        test_hooks::noteText(name);
        ImGui::PopID();
    }
}

void Heading(const std::string& text) {
    ImFont* font = headingFont();
    if (font) ImGui::PushFont(font);
    CellText(text);
    if (font) ImGui::PopFont();
    ImGui::Spacing();
}

bool WrappedSelectable(const std::string& text) {
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const ImVec2 size = ImGui::CalcTextSize(text.c_str(), nullptr, false, width);
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.0f, 0.0f, 0.0f, 0.0f));  // drawn wrapped below
    const bool clicked = ImGui::Selectable(text.c_str(), false, 0, ImVec2(0.0f, size.y));
    ImGui::PopStyleColor();
    ImGui::GetWindowDrawList()->AddText(ImGui::GetFont(), ImGui::GetFontSize(), at,
                                        ImGui::GetColorU32(ImGuiCol_Text), text.c_str(), nullptr, width);
    return clicked;
}

}  // namespace sc::web
