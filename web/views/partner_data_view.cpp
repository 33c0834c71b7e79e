// Partner data screen (see partner_data_view.h).
#include "views/partner_data_view.h"

#include "imgui.h"
#include "logic/table_model.h"
#include "model/walk.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"
#include "widgets/row_table.h"

namespace sc::web {

namespace {

// The described columns of a row table, read from its field descriptions.
template <class T>
std::vector<std::string> headersOf() {
    std::vector<std::string> out;
    T probe;
    forEachField(probe, [&](const char*, auto& member, const sc::FieldInfo& info) {
        using M = std::decay_t<decltype(member)>;
        if constexpr (std::is_constructible_v<edit::FieldValue, std::in_place_type_t<M>, M>)
            out.push_back(std::string(info.label));
    });
    return out;
}

template <class T>
std::vector<TableCell> cellsOf(const sc::Document& doc, const T& row) {
    std::vector<TableCell> out;
    forEachField(const_cast<T&>(row), [&](const char*, auto& member, const sc::FieldInfo& info) {
        using M = std::decay_t<decltype(member)>;
        if constexpr (std::is_constructible_v<edit::FieldValue, std::in_place_type_t<M>, M>)
            out.push_back(cellOf(doc, edit::FieldValue(std::in_place_type<M>, member), info));
    });
    return out;
}

template <class T>
void tableTab(const char* label, const sc::Document& doc, const std::vector<T>& rows, const char* empty) {
    const bool open = ImGui::BeginTabItem(label);
    test_hooks::noteText(label);
    if (!open) return;
    if (rows.empty()) {
        HintTextWrapped(empty);
    } else {
        static const std::vector<std::string> headers = headersOf<T>();
        drawRowTable(
            label, headers, rows.size(), [&doc, &rows](std::size_t r) { return cellsOf(doc, rows[r]); },
            rows.data());
    }
    ImGui::EndTabItem();
}

}  // namespace

void drawPartnerDataView(const sc::Document& doc, ViewState&) {
    Heading("Partner data");
    HintTextWrapped(
        "What partners' exports fill: File > Import CSV… adds a month's file (all or nothing, one Undo "
        "step). "
        "Only the rows on screen are drawn; filtering and sorting a large table runs in steps with its "
        "progress "
        "shown.");
    if (!ImGui::BeginTabBar("##data")) return;
    tableTab("Deals", doc, doc.deals.get(), "No deals yet: import a partner's deals CSV.");
    tableTab("Deal registrations", doc, doc.dealRegistrations.get(), "No deal registrations yet.");
    tableTab("Report submissions", doc, doc.reportSubmissions.get(), "No report submissions yet.");
    tableTab("KPI records", doc, doc.kpiRecords.get(), "No KPI records yet.");
    tableTab("Pulse answers", doc, doc.pulseAnswers.get(), "No pulse answers yet.");
    ImGui::EndTabBar();
}

}  // namespace sc::web
