// The application: owns the document history, the UI state and the findings of the open
// file, and draws one frame of every window. Knows nothing about the browser: platform_web.cpp
// creates it and calls frame() between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include <string>
#include <vector>

#include "app/clock.h"
#include "app/history.h"
#include "app/report_cache.h"
#include "app/view_state.h"
#include "validation/finding.h"
#include "views/main_menu.h"
#include "views/mismatches_view.h"
#include "workflow/decisions.h"

namespace sc::web {

class App {
public:
    // Opens the first embedded sample (an empty document when none is built in). `clock` is
    // the time edits are stamped with and the report's "today" until setClock().
    explicit App(Clock clock);

    // The platform passes the browser's clock before every frame.
    void setClock(Clock clock) { m_clock = std::move(clock); }

    void frame();

    // Loads sample `index`; on a refused file keeps the current document and shows the error.
    void openSample(std::size_t index);

private:
    void drawLayout(float top);
    void drawCurrentView();
    void drawErrorModal();
    void apply(const MenuRequests& requests);
    void apply(const TriageRequests& requests);
    // Commits a successful core edit under `label`; shows why a refused one was refused.
    void commitEdit(const sc::WorkflowEdit& edit, const std::string& label);

    History m_history;
    ViewState m_view;
    std::vector<std::string> m_samples;
    std::vector<sc::Finding> m_findings;  // of the open file, from loading + validation
    Clock m_clock;
    ReportCache m_reports;                // the score report of the head snapshot
    TriageRequests m_triage;              // from this frame's Mismatches view, applied after it
    std::string m_errorTitle = "Could not open file";  // title of the error modal
    std::string m_error;                  // why the last open or edit was refused; "" = none
    bool m_errorPending = false;          // open the error modal next frame
};

}  // namespace sc::web
