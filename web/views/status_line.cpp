// Status strip (see status_line.h).
#include "views/status_line.h"

#include <algorithm>

#include "imgui.h"
#include "widgets/cell_text.h"

namespace sc::web {

StatusLineResult drawStatusLine(const StatusMessage& message, float top) {
    StatusLineResult result;
    if (message.text.empty()) return result;
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const ImGuiStyle& style = ImGui::GetStyle();
    // One line of text or buttons plus padding; long messages wrap inside it.
    const char* action = message.offerDiscard ? "Discard" : message.offerDownload ? "Download it" : "";
    float buttons = ImGui::CalcTextSize(action).x + ImGui::CalcTextSize("Dismiss").x +
                    style.FramePadding.x * 4.0f + style.ItemSpacing.x * 3.0f;
    if (message.offerOthers)
        buttons += ImGui::CalcTextSize("Open next").x + ImGui::CalcTextSize("Discard the others").x +
                   style.FramePadding.x * 4.0f + style.ItemSpacing.x * 2.0f;
    const float textWidth = viewport->Size.x - buttons - style.WindowPadding.x * 2.0f;
    const float textHeight = ImGui::CalcTextSize(message.text.c_str(), nullptr, false, textWidth).y;
    const float height = std::max(textHeight, ImGui::GetFrameHeight()) + style.WindowPadding.y * 2.0f;

    ImGui::SetNextWindowPos(ImVec2(viewport->Pos.x, viewport->Pos.y + top));
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x, height));
    const ImVec4 background =
        message.warning ? ImVec4(1.0f, 0.93f, 0.80f, 1.0f) : ImVec4(0.88f, 0.93f, 1.0f, 1.0f);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, background);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;
    if (ImGui::Begin("Status", nullptr, flags)) {
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + textWidth);
        ImGui::AlignTextToFramePadding();
        CellText(message.text);
        ImGui::PopTextWrapPos();
        ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttons + style.ItemSpacing.x);
        if (message.offerDiscard && ImGui::Button("Discard")) result.discard = true;
        if (message.offerDownload && ImGui::Button("Download it")) result.download = true;
        if (message.offerOthers) {
            ImGui::SameLine();
            if (ImGui::Button("Open next")) result.openNext = true;
            ImGui::SameLine();
            if (ImGui::Button("Discard the others")) result.discardOthers = true;
        }
        ImGui::SameLine();
        if (ImGui::Button("Dismiss")) result.dismiss = true;
    }
    ImGui::End();
    ImGui::PopStyleColor();
    result.height = height;
    return result;
}

}  // namespace sc::web
