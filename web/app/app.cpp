// The application frame (see app.h): menu bar, navigation on the left, the current view,
// the findings panel under it, then modal/floating windows; document changes last.
#include "app/app.h"

#include "app/mismatch_text.h"
#include "app/samples.h"
#include "engine/triage.h"
#include "imgui.h"
#include "validation/validate.h"
#include "views/about_window.h"
#include "views/channels_view.h"
#include "views/findings_view.h"
#include "views/mismatches_view.h"
#include "views/navigation_view.h"
#include "views/overview_view.h"
#include "views/promises_view.h"
#include "views/segments_view.h"
#include "widgets/cell_text.h"

namespace sc::web {

namespace {

constexpr ImGuiWindowFlags kPaneFlags = ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoResize |
                                        ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoCollapse |
                                        ImGuiWindowFlags_NoSavedSettings |
                                        ImGuiWindowFlags_NoBringToFrontOnFocus;

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
    sc::LoadResult result = loadSample(index);
    if (!result.ok) {
        const std::string name = index < m_samples.size() ? m_samples[index] : "sample";
        m_errorTitle = "Could not open file";
        m_error = "Could not open " + name + ":\n" + result.error;
        m_errorPending = true;
        return;
    }
    m_history.reset(std::move(result.document));
    m_findings = std::move(result.findings);
    m_view.fileName = m_samples[index];
    m_view.selectedId.clear();
}

void App::frame() {
    const MenuResult menu = drawMainMenu(m_history, m_samples, m_view);
    drawLayout(menu.height);
    drawAboutWindow(m_view);
    drawErrorModal();
    apply(menu.requests);
    apply(m_triage);
    m_triage = {};
}

void App::drawLayout(float top) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float x = viewport->Pos.x;
    const float y = viewport->Pos.y + top;
    const float width = viewport->Size.x;
    const float height = viewport->Size.y - top;
    const float navWidth = ImGui::GetFontSize() * 11.0f;
    const float findingsHeight = m_view.showFindings ? height * 0.28f : 0.0f;

    if (beginPane("Navigation", x, y, navWidth, height)) drawNavigationView(m_view);
    ImGui::End();
    if (beginPane("Main", x + navWidth, y, width - navWidth, height - findingsHeight)) drawCurrentView();
    ImGui::End();
    if (m_view.showFindings) {
        if (beginPane("Findings", x + navWidth, y + height - findingsHeight, width - navWidth, findingsHeight)) {
            // A rule along the top separates the panel from the view above it.
            const ImVec2 topLeft = ImGui::GetWindowPos();
            ImGui::GetWindowDrawList()->AddLine(topLeft, ImVec2(topLeft.x + ImGui::GetWindowWidth(), topLeft.y),
                                                ImGui::GetColorU32(ImGuiCol_Separator));
            drawFindingsView(m_findings);
        }
        ImGui::End();
    }
}

void App::drawCurrentView() {
    const sc::Document& doc = m_history.head();
    switch (m_view.current) {
        case ViewId::Overview: drawOverviewView(doc, m_findings, m_view); break;
        case ViewId::Segments: drawSegmentsView(doc, m_view); break;
        case ViewId::Promises: drawPromisesView(doc, m_view); break;
        case ViewId::Channels: drawChannelsView(doc, m_view); break;
        case ViewId::Mismatches:
            m_triage = drawMismatchesView(doc, m_reports.get(m_history.headSnapshot(), m_clock.today), m_view);
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

void App::apply(const MenuRequests& requests) {
    if (requests.openSample >= 0) openSample(static_cast<std::size_t>(requests.openSample));
    // After undo/redo the reading findings no longer apply; validation is recomputed.
    // The selected row may move to another group: keep it in sight.
    if (requests.undo && m_history.undo()) {
        m_findings = sc::validateDocument(m_history.head());
        m_view.revealSelection = true;
    }
    if (requests.redo && m_history.redo()) {
        m_findings = sc::validateDocument(m_history.head());
        m_view.revealSelection = true;
    }
}

void App::apply(const TriageRequests& requests) {
    if (!requests.dismissId.empty()) {
        const auto edit = engine::dismissMismatch(m_history.head(), requests.dismissId, requests.dismissReason, m_clock.now);
        const Mismatch* m = findById(edit.document.mismatches, requests.dismissId);
        commitEdit(edit, m ? dismissEditLabel(*m) : "");
    }
    if (!requests.reopenId.empty()) {
        const auto edit = engine::reopenMismatch(m_history.head(), requests.reopenId, m_clock.now);
        const Mismatch* m = findById(edit.document.mismatches, requests.reopenId);
        commitEdit(edit, m ? reopenEditLabel(*m) : "");
    }
}

void App::commitEdit(const sc::WorkflowEdit& edit, const std::string& label) {
    if (!edit.ok) {
        m_errorTitle = "Could not change the scorecard";
        m_error = edit.error;
        m_errorPending = true;
        return;
    }
    m_history.commit(edit.document, label);
    m_findings = sc::validateDocument(m_history.head());
    m_view.revealSelection = true;
}

}  // namespace sc::web
