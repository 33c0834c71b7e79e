// Import CSV dialog (see csv_import_dialog.h).
#include "views/csv_import_dialog.h"

#include <algorithm>

#include "imgui.h"
#include "import/column_mapping.h"
#include "import/csv_parser.h"
#include "test_hooks/item_recorder.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

constexpr const char* kImportTitle = "Import CSV";

std::string tableWords(std::string table) {
    std::replace(table.begin(), table.end(), '_', ' ');
    return table;
}

void tableChoice(CsvImportDraft& draft, CsvImportRequests& out) {
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 16.0f);
    if (ImGui::BeginCombo("Into", tableWords(draft.table).c_str())) {
        for (const csv::TableSpec& t : csv::importTables()) {
            const bool chosen = t.table == draft.table;
            if (ImGui::Selectable(tableWords(t.table).c_str(), chosen) && !chosen) {
                draft.table = t.table;
                draft.mapping.assign(draft.headers.size(), "");
                draft.rememberedMapping = false;
                out.changed = true;
            }
        }
        ImGui::EndCombo();
    }
    test_hooks::noteText(("Into: " + tableWords(draft.table)).c_str());
}

// One combo per CSV column: the importer's choice, a column of the table, or not imported.
void mappingRow(CsvImportDraft& draft, const std::vector<std::string>& effective, CsvImportRequests& out) {
    const csv::TableSpec* spec = csv::findImportTable(draft.table);
    ImGui::TableNextRow();
    for (std::size_t c = 0; c < draft.headers.size(); ++c) {
        ImGui::TableNextColumn();
        ImGui::PushID(static_cast<int>(c));
        const std::string& chosen = draft.mapping[c];
        const std::string shown = chosen == csv::kIgnoreColumn ? "(not imported)"
                                  : !chosen.empty()            ? chosen
                                  : effective[c].empty()       ? "(not imported)"
                                                               : effective[c];
        ImGui::SetNextItemWidth(-1.0f);
        if (ImGui::BeginCombo("##map", shown.c_str())) {
            auto pick = [&](const std::string& label, const std::string& value) {
                if (ImGui::Selectable(label.c_str(), value == chosen) && value != chosen) {
                    draft.mapping[c] = value;
                    out.changed = true;
                }
            };
            pick("(automatic)", "");
            pick("(not imported)", csv::kIgnoreColumn);
            if (spec)
                for (const csv::ColumnSpec& col : spec->columns) pick(col.column, col.column);
            ImGui::EndCombo();
        }
        test_hooks::noteText(("Map " + draft.headers[c] + ": " + shown).c_str());
        ImGui::PopID();
    }
}

void preview(CsvImportDraft& draft, CsvImportRequests& out) {
    const int columns = static_cast<int>(std::min<std::size_t>(draft.headers.size(), 64));
    if (columns == 0) return;
    const std::vector<std::string> effective = effectiveColumns(draft);
    const float height =
        ImGui::GetTextLineHeightWithSpacing() * static_cast<float>(draft.firstRows.size() + 4);
    const ImGuiTableFlags flags = ImGuiTableFlags_Borders | ImGuiTableFlags_RowBg | ImGuiTableFlags_ScrollX |
                                  ImGuiTableFlags_ScrollY | ImGuiTableFlags_SizingFixedFit;
    if (!ImGui::BeginTable("preview", columns, flags, ImVec2(0.0f, height))) return;
    const float width = ImGui::GetFontSize() * 9.0f;
    for (int c = 0; c < columns; ++c)
        ImGui::TableSetupColumn(draft.headers[static_cast<std::size_t>(c)].c_str(),
                                ImGuiTableColumnFlags_WidthFixed, width);
    ImGui::TableSetupScrollFreeze(0, 2);
    TableHeaders();
    mappingRow(draft, effective, out);
    for (const auto& row : draft.firstRows) {
        ImGui::TableNextRow();
        for (int c = 0; c < columns; ++c) {
            ImGui::TableNextColumn();
            if (static_cast<std::size_t>(c) < row.size()) CellText(row[static_cast<std::size_t>(c)]);
        }
    }
    ImGui::EndTable();
}

// A long file's dry run runs over many frames: how far it got.
void progress(const CsvImportDraft& draft) {
    const std::string activity = dryRunActivity(draft);
    const int percent = static_cast<int>(dryRunProgress(draft) * 100.0);
    ImGui::ProgressBar(static_cast<float>(dryRunProgress(draft)), ImVec2(-1.0f, 0.0f),
                       (activity + " (" + std::to_string(percent) + " %)").c_str());
    test_hooks::noteText(("Checking the file: " + activity).c_str());
    HintTextWrapped(
        "Every row is checked before anything is imported; Cancel stops and leaves the scorecard "
        "as it is.");
}

void verdict(const CsvImportDraft& draft, const std::string& currency) {
    if (!draft.dryRunDone) return progress(draft);
    const auto readings = moneyReadings(draft, currency);
    if (!readings.empty()) {
        CellText("How amounts will be read (first row):");
        for (const auto& line : readings) CellTextWrapped(line);
    }
    const csv::ImportResult& r = draft.dryRun;
    if (!r.ignoredHeaders.empty()) {
        std::string list;
        for (const auto& h : r.ignoredHeaders) list += (list.empty() ? "" : ", ") + h;
        HintTextWrapped("Not imported (no column of " + tableWords(draft.table) + " takes them): " + list +
                        ". Map them above if they hold something that belongs there.");
    }
    if (r.ok) {
        CellTextWrapped("Ready: " + std::to_string(r.added) + " added, " + std::to_string(r.updated) +
                        " updated, " + std::to_string(r.unchanged) + " unchanged." +
                        (r.findings.empty() ? std::string()
                                            : " " + std::to_string(r.findings.size()) +
                                                  " validation findings will be listed after the import."));
        return;
    }
    CellTextWrapped("Nothing can be imported until every problem below is fixed (" +
                    std::to_string(r.errorCount) + (r.errorCount == 1 ? " problem" : " problems") +
                    "); the scorecard stays as it is.");
    const auto lines = importErrorLines(draft);
    const float height = ImGui::GetTextLineHeightWithSpacing() *
                         static_cast<float>(std::min<std::size_t>(lines.size(), 8) + 1);
    if (ImGui::BeginChild("##problems", ImVec2(0.0f, height), true))
        for (const auto& line : lines) CellTextWrapped(line);
    ImGui::EndChild();
}

}  // namespace

CsvImportRequests drawCsvImportDialog(CsvImportDraft& draft, bool open, const std::string& currency) {
    CsvImportRequests out;
    if (open) ImGui::OpenPopup(kImportTitle);
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    // Height 0 every frame: the dialog grows with the verdict once the dry run has finished.
    ImGui::SetNextWindowSize(ImVec2(viewport->Size.x * 0.8f, 0.0f), ImGuiCond_Always);
    if (!ImGui::BeginPopupModal(kImportTitle, nullptr, ImGuiWindowFlags_NoSavedSettings)) return out;
    Heading(draft.fileName);
    if (!draft.readError.empty()) {
        CellTextWrapped("Cannot read " + draft.fileName + " as CSV: " + draft.readError);
        CellText("The open scorecard was kept unchanged.");
        if (ImGui::Button("Close")) {
            out.cancel = true;
            ImGui::CloseCurrentPopup();
        }
        ImGui::EndPopup();
        return out;
    }
    CellText((draft.dryRunDone ? std::to_string(draft.rowCount) + " rows" : std::string("Rows being read")) +
             ", columns separated by " + csv::delimiterName(draft.delimiter));
    tableChoice(draft, out);
    if (draft.rememberedMapping)
        HintText("Column mapping remembered from an earlier file with these headers.");
    preview(draft, out);
    verdict(draft, currency);
    ImGui::Spacing();
    ImGui::BeginDisabled(!draft.dryRunDone || !draft.dryRun.ok);
    if (ImGui::Button(importLabel(draft).c_str())) {
        out.import = true;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndDisabled();
    ImGui::SameLine();
    if (ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape))) {
        out.cancel = true;
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
    return out;
}

}  // namespace sc::web
