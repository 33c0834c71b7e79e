// The application: owns the document history, the UI state and the findings of the open
// file, and draws one frame of every window. Knows nothing about the browser: platform_web.cpp
// creates it and calls frame() between ImGui::NewFrame() and ImGui::Render().
#pragma once

#include <string>
#include <vector>

#include "app/history.h"
#include "app/view_state.h"
#include "validation/finding.h"
#include "views/main_menu.h"

namespace sc::web {

class App {
public:
    // Opens the first embedded sample (an empty document when none is built in).
    App();

    void frame();

    // Loads sample `index`; on a refused file keeps the current document and shows the error.
    void openSample(std::size_t index);

private:
    void drawLayout(float top);
    void drawCurrentView();
    void drawErrorModal();
    void apply(const MenuRequests& requests);

    History m_history;
    ViewState m_view;
    std::vector<std::string> m_samples;
    std::vector<sc::Finding> m_findings;  // of the open file, from loading + validation
    std::string m_error;                  // why the last open was refused; "" = none
    bool m_errorPending = false;          // open the error modal next frame
};

}  // namespace sc::web
