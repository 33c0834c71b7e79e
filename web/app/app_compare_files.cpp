// File > Compare with… (issue 10, docs/DIFF.md "In the app"): the App's part of the flow, kept
// out of app.cpp. The menu asks for the page's file chooser with m_compareRequested set, so
// openFileText() hands the chosen file here instead of opening it; the window lists what it
// changes compared with the open document. Read-only: no command, no Undo step, not dirty.
#include "app/app.h"
#include "views/compare_files_window.h"

namespace sc::web {

void App::compareWith(const std::string& name, std::string_view text) {
    sc::LoadResult chosen = sc::loadDocument(text);
    if (!chosen.ok) {
        m_errorTitle = "Could not compare files";
        m_error = "Could not compare with " + name + ":\n" + chosen.error;
        m_errorPending = true;
        return;
    }
    // The open document as it is now (unsaved edits included): what the user is looking at.
    m_compareFiles =
        CompareFilesWindow{compareFiles(m_history.head(), m_view.fileName, chosen.document, name),
                           std::string(), CompareFilter()};
    m_compareFilesPending = true;
}

void App::drawCompareFiles() {
    if (!m_compareFiles) return;
    if (drawCompareFilesWindow(*m_compareFiles, std::exchange(m_compareFilesPending, false)))
        m_compareFiles.reset();
}

}  // namespace sc::web
