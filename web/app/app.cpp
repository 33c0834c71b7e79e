// The application frame (see app.h): menu bar, navigation on the left, the current view,
// the findings panel under it, then modal/floating windows; document changes last.
#include "app/app.h"

#include "app/samples.h"
#include "imgui.h"
#include "logic/dashboard_commands.h"
#include "logic/dashboard_text.h"
#include "logic/file_names.h"
#include "logic/theme_palette.h"
#include "report/html_report.h"
#include "logic/pane_layout.h"
#include "validation/validate.h"
#include "views/about_window.h"
#include "edit/new_document.h"
#include "views/channels_view.h"
#include "views/compare_view.h"
#include "views/dashboard_record_review.h"
#include "views/dashboard_view.h"
#include "views/dimensions_view.h"
#include "views/metrics_view.h"
#include "views/products_view.h"
#include "views/settings_view.h"
#include "views/findings_view.h"
#include "views/mismatches_view.h"
#include "views/copy_audit_view.h"
#include "views/csv_import_dialog.h"
#include "views/disk_conflict_dialog.h"
#include "views/navigation_view.h"
#include "views/partner_data_view.h"
#include "views/partner_review_view.h"
#include "views/partners_view.h"
#include "views/programme_view.h"
#include "views/rules_view.h"
#include "views/overview_view.h"
#include "views/promises_view.h"
#include "views/segments_view.h"
#include "views/unsaved_changes_modal.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

constexpr ImGuiWindowFlags kPaneFlags =
    ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize | ImGuiWindowFlags_NoMove |
    ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus;

// A fixed pane of the layout at (x, y) with size (w, h).
bool beginPane(const char* name, float x, float y, float w, float h) {
    ImGui::SetNextWindowPos(ImVec2(x, y));
    ImGui::SetNextWindowSize(ImVec2(w, h));
    return ImGui::Begin(name, nullptr, kPaneFlags);
}

}  // namespace

App::App(Clock clock) : m_samples(sampleNames()), m_clock(std::move(clock)) {
    if (!m_samples.empty()) openSample(0);
}

void App::openSample(std::size_t index) {
    open(index < m_samples.size() ? m_samples[index] : "sample", loadSample(index));
}

sc::LoadResult App::blankScorecard() const {
    sc::LoadResult blank;
    blank.ok = true;
    blank.document = edit::newScorecard(m_clock.now);
    blank.findings = sc::validateDocument(blank.document);
    blank.sourceVersion = sc::kSchemaVersion;
    return blank;
}

// A new document has no file yet (""): Save names the download after its title.
void App::newDocument(sc::LoadResult result) { open("", std::move(result)); }

void App::openFileText(const std::string& name, std::string_view text, int fileToken) {
    switch (std::exchange(m_nextFile, NextFile::Open)) {
        case NextFile::Compare:
            return compareWith(name, text);
        case NextFile::Merge:
            return mergeWith(name, text);
        case NextFile::MergeBase:
            return mergeBaseFrom(name, text);
        case NextFile::Open:
            break;
    }
    // A spreadsheet export is imported into the open scorecard, not opened in its place.
    if (isCsvFileName(name)) return startCsvImport(name, text);
    // Read from the next frame on, a slice per frame (a file opened meanwhile replaces this one).
    m_opening.emplace(name, fileToken, std::string(text));
}

void App::startCsvImport(const std::string& name, std::string_view text) {
    m_csvImport = sc::web::startCsvImport(name, std::string(text), m_displayStore);
    if (m_csvImport->readError.empty()) startDryImport(*m_csvImport, m_history.headSnapshot(), m_clock.now);
    m_csvImportPending = true;
}

void App::drawCsvImport() {
    if (!m_csvImport) return;
    // The scorecard changed under the dialog (Ctrl+Z, a dropped file): check the file again
    // against what is open now, so Import adds what the dialog shows.
    if (m_csvImport->base && m_csvImport->readError.empty() && m_csvImport->base != m_history.headSnapshot())
        startDryImport(*m_csvImport, m_history.headSnapshot(), m_clock.now);
    // A long file is read a slice a frame, so the page keeps drawing and shows how far it got.
    stepDryImport(*m_csvImport, std::chrono::milliseconds(12));
    const CsvImportRequests r = drawCsvImportDialog(*m_csvImport, std::exchange(m_csvImportPending, false),
                                                    m_history.head().info.currency);
    if (r.changed) startDryImport(*m_csvImport, m_history.headSnapshot(), m_clock.now);
    if (r.import) {
        rememberMapping(*m_csvImport, m_displayStore);
        m_status = {csv::importSummary(m_csvImport->dryRun, m_csvImport->table, m_csvImport->fileName) +
                        ". Edit > Undo removes the import in one step.",
                    false, false};
        m_commands.push(importCommand(*m_csvImport, m_clock.now));
    }
    if (r.import || r.cancel) m_csvImport.reset();
}

void App::openFileFailed(const std::string& name, const std::string& problem) { refuse(name, problem); }

void App::recentFileFailed(const std::string& name) {
    m_errorTitle = "Could not open file";
    m_error = recentFileFailedMessage(name);
    m_errorPending = true;
}

void App::open(const std::string& name, sc::LoadResult result, int fileToken) {
    if (!result.ok) return refuse(name, result.error);
    if (m_history.isDirty()) {
        // Unsaved work is never replaced without asking: the loaded file waits for an answer.
        m_pendingOpen = PendingOpen{name, std::move(result), fileToken};
        m_replacePending = true;
        return;
    }
    replaceDocument(name, std::move(result), fileToken);
}

void App::replaceDocument(const std::string& name, sc::LoadResult result, int fileToken) {
    m_fileLink = fileToken;
    m_diskConflict.reset();
    m_acceptDisk.reset();
    ++m_documentGeneration;
    const bool migrated = result.migrated();
    const int sourceVersion = result.sourceVersion;
    m_history.reset(std::move(result.document));
    m_diskBase = fileToken > 0 ? m_history.headSnapshot() : nullptr;
    m_findings = std::move(result.findings);
    m_view.fileName = name;
    m_view.selectedId.clear();
    m_status = {};  // a "restored" offer to discard no longer refers to the open document
    if (migrated)
        m_status = {"Opened " + name + ", written in schema version " + std::to_string(sourceVersion) +
                        "; File > Save writes it in version " + std::to_string(sc::kSchemaVersion) + ".",
                    false, false};
}

void App::refuse(const std::string& name, const std::string& problem) {
    m_errorTitle = "Could not open file";
    m_error = "Could not open " + name + ":\n" + problem;
    m_errorPending = true;
}

const std::string& App::documentText() { return m_text.textOf(m_history.headSnapshot()); }

std::string App::downloadName() const {
    return downloadFileName(m_view.fileName, m_history.head().info.title);
}

std::string App::pageTitle() const { return sc::web::pageTitle(m_view.fileName, m_history.isDirty()); }

void App::loadDisplay(KeyValueStore& store) {
    m_displayStore = &store;
    m_display = loadDisplayPrefs(store);
}

void App::setDisplay(const DisplayPrefs& display) {
    const bool remembered =
        display.theme != m_display.theme || display.textSizePercent != m_display.textSizePercent;
    m_display = display;
    // A refused write (storage full or blocked) still changes the display now.
    if (remembered && m_displayStore) saveDisplayPrefs(*m_displayStore, m_display);
}

void App::stepTextSize(int direction) {
    DisplayPrefs next = m_display;
    next.textSizePercent =
        direction == 0 ? kDefaultTextSize : sc::web::stepTextSize(next.textSizePercent, direction);
    setDisplay(next);
}

void App::frame() {
    if (restoring()) return drawRestoring();
    if (m_display.presenting) return drawPresenting();
    const MenuResult menu = drawMainMenu(m_history, m_samples, m_view, m_display, m_recent, m_nowMs);
    const StatusLineResult status = drawStatusLine(m_status, menu.height);
    drawLayout(menu.height + status.height);
    drawAboutWindow(m_view);
    drawErrorModal();
    drawDiskConflict();
    drawReplaceModal();
    drawCsvImport();
    drawOpening();
    drawCompareFiles();
    drawMerge();
    drawShareLink();
    if (drawRecordReviewModal(std::exchange(m_reviewPending, false), m_reviewNote, m_clock.today)) {
        m_commands.push(recordReviewCommand(std::exchange(m_reviewNote, std::string()), m_clock.today));
        m_view.current = ViewId::Dashboard;  // where "since the last review" is shown
    }
    // Commands first: they were pushed against the document this frame drew.
    applyCommands();
    apply(menu.requests, status);
}

// Projector mode: the dashboard's headline figures and the action list fill the screen; no
// menu, navigation or findings. Esc leaves (the text size goes back with it).
void App::drawPresenting() {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    DashboardRequests requests;
    if (beginPane("Present", viewport->Pos.x, viewport->Pos.y, viewport->Size.x, viewport->Size.y)) {
        const auto& report = m_reports.get(m_history.headSnapshot(), m_clock.today);
        drawPresentView(m_dashboards.get(m_history.headSnapshot(), m_clock.today, report),
                        chartPalette(m_display.theme), m_view, requests);
    }
    ImGui::End();
    if (requests.leavePresent) {
        DisplayPrefs next = m_display;
        next.presenting = false;
        setDisplay(next);
    }
}

void App::drawDashboard() {
    const auto& report = m_reports.get(m_history.headSnapshot(), m_clock.today);
    DashboardRequests requests;
    drawDashboardView(m_dashboards.get(m_history.headSnapshot(), m_clock.today, report),
                      chartPalette(m_display.theme), m_view, requests);
    if (requests.downloadCsv)
        m_download =
            Download{actionListFileName(m_history.head().info.title), std::move(*requests.downloadCsv)};
}

void App::drawLayout(float top) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float x = viewport->Pos.x;
    const float y = viewport->Pos.y + top;
    const float width = viewport->Size.x;
    const float height = viewport->Size.y - top;
    const float navWidth = ImGui::GetFontSize() * 11.0f;
    const ImGuiStyle& style = ImGui::GetStyle();
    const float findingsHeight =
        m_view.showFindings
            ? findingsPaneHeight(height, ImGui::GetTextLineHeightWithSpacing() + style.CellPadding.y * 2.0f,
                                 style.WindowPadding.y, m_findings.size())
            : 0.0f;

    if (beginPane("Navigation", x, y, navWidth, height)) drawNavigationView(m_view);
    ImGui::End();
    if (beginPane("Main", x + navWidth, y, width - navWidth, height - findingsHeight)) drawCurrentView();
    ImGui::End();
    if (m_view.showFindings) {
        if (beginPane("Findings", x + navWidth, y + height - findingsHeight, width - navWidth,
                      findingsHeight)) {
            // A rule along the top separates the panel from the view above it.
            const ImVec2 topLeft = ImGui::GetWindowPos();
            ImGui::GetWindowDrawList()->AddLine(topLeft,
                                                ImVec2(topLeft.x + ImGui::GetWindowWidth(), topLeft.y),
                                                ImGui::GetColorU32(ImGuiCol_Separator));
            drawFindingsView(m_findings);
        }
        ImGui::End();
    }
}

// The partner report of the head document (the dashboard's, built once per snapshot and day).
const partners::PartnerKpiReport& App::partnerReport() {
    const auto& report = m_reports.get(m_history.headSnapshot(), m_clock.today);
    return m_dashboards.get(m_history.headSnapshot(), m_clock.today, report).partners;
}

void App::drawCurrentView() {
    const sc::Document& doc = m_history.head();
    const EditorContext ctx{doc, m_commands, m_clock};
    switch (m_view.current) {
        case ViewId::Dashboard:
            drawDashboard();
            break;
        case ViewId::Overview:
            drawOverviewView(doc, m_findings, m_view);
            break;
        case ViewId::Segments:
            drawSegmentsView(ctx, m_view);
            break;
        case ViewId::Promises:
            drawPromisesView(ctx, m_view);
            break;
        case ViewId::Channels:
            drawChannelsView(ctx, m_view);
            break;
        case ViewId::Dimensions:
            drawDimensionsView(ctx, m_view);
            break;
        case ViewId::Products:
            drawProductsView(ctx, m_view);
            break;
        case ViewId::Pairs:
            drawPairsView(ctx, m_view);
            break;
        case ViewId::Metrics:
            drawMetricsView(ctx, m_view);
            break;
        case ViewId::Compare:
            drawCompareView(ctx, m_view);
            break;
        case ViewId::Mismatches:
            drawMismatchesView(doc, m_reports.get(m_history.headSnapshot(), m_clock.today), m_clock, m_view,
                               m_commands);
            break;
        case ViewId::Partners:
            drawPartnersView(ctx, partnerReport(), chartPalette(m_display.theme), m_view);
            break;
        case ViewId::PartnerReview:
            drawPartnerReviewView(partnerReport(), m_view);
            break;
        case ViewId::CopyAudit:
            drawCopyAuditView(ctx, chartPalette(m_display.theme), m_view);
            break;
        case ViewId::Rules:
            drawRulesView(ctx, m_view);
            break;
        case ViewId::Programme:
            drawProgrammeView(ctx, m_view);
            break;
        case ViewId::PartnerData:
            drawPartnerDataView(doc, m_view);
            break;
        case ViewId::Settings:
            drawSettingsView(ctx, m_view);
            break;
    }
}

void App::drawErrorModal() {
    if (m_errorPending) {
        ImGui::OpenPopup(m_errorTitle.c_str());
        m_errorPending = false;
    }
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
    ImGui::SetNextWindowSize(ImVec2(ImGui::GetFontSize() * 30.0f, 0.0f), ImGuiCond_Appearing);
    if (!ImGui::BeginPopupModal(m_errorTitle.c_str(), nullptr, ImGuiWindowFlags_NoSavedSettings)) return;
    CellTextWrapped(m_error);
    CellText("The open scorecard was kept unchanged.");
    if (ImGui::Button("OK")) {
        m_error.clear();
        ImGui::CloseCurrentPopup();
    }
    ImGui::EndPopup();
}

void App::drawReplaceModal() {
    const std::string incoming = m_pendingOpen ? m_pendingOpen->name : std::string();
    const UnsavedChoice choice =
        drawUnsavedChangesModal(std::exchange(m_replacePending, false), m_view.fileName, incoming);
    if (!m_pendingOpen) return;
    switch (choice) {
        case UnsavedChoice::None:
            break;
        case UnsavedChoice::SaveThenOpen:
            // The page downloads the current document after this frame; markSaved() then opens.
            m_saveRequested = true;
            m_openAfterSave = true;
            break;
        case UnsavedChoice::OpenWithoutSaving:
            openPendingDocument();
            break;
        case UnsavedChoice::Cancel:
            m_pendingOpen.reset();
            break;
    }
}

void App::apply(const MenuRequests& requests, const StatusLineResult& status) {
    if (status.discard) discardRestored();
    if (status.openNext) openNextAutosave();
    if (status.discardOthers) discardOtherAutosaves();
    if (status.dismiss) m_status = {};
    if (status.download && m_offerSave) m_saveRequested = true;
    else if (status.download)
        m_download = Download{"alignment-scorecard-unreadable-autosave.txt", m_unreadableAutosave};
    if (requests.openFile || requests.importCsv || requests.openRecent)
        m_nextFile = NextFile::Open;  // the next file is theirs
    if (requests.openRecent) m_openRecentRequested = requests.openRecent;
    if (requests.clearRecent) m_clearRecentRequested = true;
    if (requests.compareWith) m_nextFile = NextFile::Compare;
    if (requests.mergeWith) m_nextFile = NextFile::Merge;
    if (requests.openFile || requests.importCsv || requests.compareWith || requests.mergeWith)
        m_openFileRequested = true;
    if (requests.save) m_saveRequested = true;
    if (requests.saveAs) m_saveAsRequested = true;
    if (requests.recordReview) m_reviewPending = true;
    if (requests.shareLink) copyShareLink();
    if (requests.exportReport)  // the same page as `scorecard report` (docs/REPORT.md)
        m_download = Download{
            sc::report::reportFileName(downloadName()),
            sc::report::htmlReport(m_history.head(), m_reports.get(m_history.headSnapshot(), m_clock.today),
                                   m_clock.today)};
    if (requests.openSample >= 0) openSample(static_cast<std::size_t>(requests.openSample));
    if (requests.newBlank) newDocument(blankScorecard());
    if (requests.newFromSample >= 0)
        newDocument(loadSample(static_cast<std::size_t>(requests.newFromSample)));
    if (requests.theme || requests.textSizeStep != 0 || requests.resetTextSize || requests.present) {
        DisplayPrefs next = m_display;
        if (requests.theme) next.theme = *requests.theme;
        if (requests.textSizeStep != 0)
            next.textSizePercent = sc::web::stepTextSize(next.textSizePercent, requests.textSizeStep);
        if (requests.resetTextSize) next.textSizePercent = kDefaultTextSize;
        if (requests.present) next.presenting = true;
        setDisplay(next);
    }
    if (requests.undo && m_history.undo()) headChanged();
    if (requests.redo && m_history.redo()) headChanged();
}

void App::applyCommands() {
    const ApplyResult result = sc::web::applyCommands(m_history, m_commands);
    if (result.refused) {
        m_errorTitle = "Could not change the scorecard";
        m_error = result.error;
        m_errorPending = true;
    }
    if (result.changed()) headChanged();
}

void App::headChanged() {
    // The reading findings no longer apply to an edited document: validation is recomputed.
    m_findings = sc::validateDocument(m_history.head());
    // The selected row may move to another group: keep it in sight.
    m_view.revealSelection = true;
}

}  // namespace sc::web
