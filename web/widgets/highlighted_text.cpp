// Highlighted text (see highlighted_text.h).
#include "widgets/highlighted_text.h"

#include <algorithm>

#include "imgui.h"
#include "widgets/chart_common.h"

namespace sc::web {

namespace {

// The next token of text[pos, end): a word with the spaces after it, or one line break.
std::size_t tokenEnd(const std::string& text, std::size_t pos, std::size_t end) {
    if (text[pos] == '\n') return pos + 1;
    std::size_t i = pos;
    while (i < end && text[i] != ' ' && text[i] != '\n') ++i;
    while (i < end && text[i] == ' ') ++i;
    return std::max(i, pos + 1);
}

}  // namespace

void HighlightedText(const char* id, const std::string& text, const std::vector<CopyRun>& runs,
                     const std::vector<std::string>& reasons, const ChartPalette& palette) {
    ImGui::PushID(id);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float wrap = std::max(ImGui::GetContentRegionAvail().x, ImGui::GetFontSize() * 10.0f);
    const float lineHeight = ImGui::GetTextLineHeightWithSpacing();
    const ImU32 ink = ImGui::GetColorU32(ImGuiCol_Text);
    const Colour fill = palette.amber;
    const ImU32 markFill = toU32(fill);
    const Colour onFill = textOn(fill);
    const ImU32 markInk = toU32(onFill);
    float x = 0, y = 0;
    int mark = 0;
    for (const CopyRun& run : runs) {
        const bool flagged = !run.flags.empty();
        ImVec2 markMin(origin.x + x, origin.y + y), markMax = markMin;
        auto closeMark = [&] {
            if (!flagged || markMax.x <= markMin.x) return;
            std::string label = "Flagged: " + text.substr(run.begin, run.end - run.begin);
            const MarkState state = ChartMark("mark" + std::to_string(mark++), label, markMin, markMax);
            if (state.hovered) {
                std::vector<std::string> lines = {"\u201C" + text.substr(run.begin, run.end - run.begin) +
                                                  "\u201D"};
                for (std::size_t f : run.flags)
                    if (f < reasons.size()) lines.push_back(reasons[f]);
                TooltipLines(lines);
            }
        };
        for (std::size_t pos = run.begin; pos < run.end;) {
            const std::size_t end = tokenEnd(text, pos, run.end);
            if (text[pos] == '\n') {
                closeMark();
                x = 0;
                y += lineHeight;
                markMin = markMax = ImVec2(origin.x, origin.y + y);
                pos = end;
                continue;
            }
            std::size_t wordEnd = end;
            while (wordEnd > pos && text[wordEnd - 1] == ' ') --wordEnd;
            const char* b = text.c_str() + pos;
            const float wordWidth = ImGui::CalcTextSize(b, text.c_str() + wordEnd).x;
            const float width = ImGui::CalcTextSize(b, text.c_str() + end).x;
            if (x > 0 && x + wordWidth > wrap) {
                closeMark();
                x = 0;
                y += lineHeight;
                markMin = markMax = ImVec2(origin.x, origin.y + y);
            }
            const ImVec2 at(origin.x + x, origin.y + y);
            if (flagged) {
                const float markEnd = at.x + (end < run.end ? width : wordWidth);
                draw->AddRectFilled(at, ImVec2(markEnd, at.y + ImGui::GetTextLineHeight()), markFill, 2.0f);
                markMax = ImVec2(markEnd, at.y + ImGui::GetTextLineHeight());
            }
            draw->AddText(at, flagged ? markInk : ink, b, text.c_str() + end);
            x += width;
            pos = end;
        }
        closeMark();
    }
    ImGui::Dummy(ImVec2(wrap, y + lineHeight));
    ImGui::PopID();
}

}  // namespace sc::web
