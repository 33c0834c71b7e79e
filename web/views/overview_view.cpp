// Overview screen (see overview_view.h).
#include "views/overview_view.h"

#include <string>

#include "imgui.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

void countRow(const char* what, std::size_t count) {
    ImGui::TableNextRow();
    ImGui::TableNextColumn();
    CellText(what);
    ImGui::TableNextColumn();
    CellText(std::to_string(count));
}

}  // namespace

void drawOverviewView(const sc::Document& doc, const std::vector<sc::Finding>& findings, ViewState& view) {
    const auto& info = doc.info;
    Heading(info.title.empty() ? std::string("Untitled scorecard") : info.title);
    if (!info.organisation.empty()) CellText(info.organisation);
    CellText("File: " + (view.fileName.empty() ? std::string("(none)") : view.fileName) +
             "   Currency: " + info.currency);
    if (!info.notes.empty()) CellTextWrapped(info.notes);
    ImGui::Spacing();

    const ImGuiTableFlags flags =
        ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("counts", 2, flags)) return;
    ImGui::TableSetupColumn("What");
    ImGui::TableSetupColumn("Count");
    TableHeaders();
    countRow("Segments", doc.segments.size());
    countRow("Promises", doc.promises.size());
    countRow("Channels", doc.channels.size());
    countRow("Products", doc.products.size());
    countRow("Product-channel pairs", doc.pairs.size());
    countRow("Dimensions", doc.dimensions.size());
    countRow("Mismatches", doc.mismatches.size());
    countRow("Experiments", doc.experiments.size());
    countRow("Partners", doc.partners.size());
    countRow("Deals", doc.deals.size());
    countRow("Findings", findings.size());
    ImGui::EndTable();

    // Who the scorecard is about, so the first screen names the segments, not only counts.
    if (doc.segments.empty()) return;
    ImGui::Spacing();
    if (!ImGui::BeginTable("segments", 3, flags)) return;
    ImGui::TableSetupColumn("Segment");
    ImGui::TableSetupColumn("Promises");
    ImGui::TableSetupColumn("Customers");
    TableHeaders();
    for (const auto& segment : doc.segments) {
        std::size_t promises = 0;
        for (const auto& promise : doc.promises) promises += promise.segmentId == segment.id ? 1 : 0;
        ImGui::PushID(segment.id.c_str());
        ImGui::TableNextRow();
        ImGui::TableNextColumn();
        CellText(segment.name);
        ImGui::TableNextColumn();
        CellText(std::to_string(promises));
        ImGui::TableNextColumn();
        CellText(std::to_string(segment.customers));
        ImGui::PopID();
    }
    ImGui::EndTable();
}

}  // namespace sc::web
