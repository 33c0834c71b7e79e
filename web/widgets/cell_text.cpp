// Table/heading widgets (see cell_text.h).
#include "widgets/cell_text.h"

#include "app/fonts.h"
#include "imgui.h"
#include "test_hooks/item_recorder.h"

namespace sc::web {

void CellText(const std::string& text) {
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    test_hooks::noteText(text.c_str());
}

void CellTextWrapped(const std::string& text) {
    ImGui::PushTextWrapPos(0.0f);
    ImGui::TextUnformatted(text.c_str(), text.c_str() + text.size());
    ImGui::PopTextWrapPos();
    test_hooks::noteText(text.c_str());
}

bool RowSelectable(const std::string& label, bool selected) {
    return ImGui::Selectable(label.c_str(), selected, ImGuiSelectableFlags_SpanAllColumns);
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

}  // namespace sc::web
