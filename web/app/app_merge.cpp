// File > Merge… (issue 10, docs/MERGE.md "In the app"): the App's part of the flow, kept out of
// app.cpp. The menu asks for the page's file chooser with m_nextFile = Merge, so openFileText()
// hands the chosen file here instead of opening it (it never becomes the file Save writes to);
// "Choose common ancestor…" asks again with MergeBase. Apply pushes one command (one Undo step).
#include "app/app.h"
#include "views/merge_window.h"

namespace sc::web {

void App::mergeWith(const std::string& name, std::string_view text) {
    sc::LoadResult chosen = sc::loadDocument(text);
    if (!chosen.ok) {
        m_errorTitle = "Could not merge files";
        m_error = "Could not merge " + name + ":\n" + chosen.error;
        m_errorPending = true;
        return;
    }
    // Ours is the open document as it is now, unsaved edits included.
    m_merge = startMerge(m_history.headSnapshot(), std::move(chosen.document), name);
    m_mergePending = true;
}

void App::mergeBaseFrom(const std::string& name, std::string_view text) {
    if (!m_merge) return;
    sc::LoadResult chosen = sc::loadDocument(text);
    // Said inside the Merge window: an error modal would close it.
    if (!chosen.ok) return refuseMergeBase(*m_merge, name, chosen.error);
    setMergeBase(*m_merge, std::move(chosen.document), name);
}

void App::drawMerge() {
    if (!m_merge) return;
    const MergeWindowRequests r = drawMergeWindow(*m_merge, std::exchange(m_mergePending, false));
    if (r.chooseBase) {
        m_nextFile = NextFile::MergeBase;
        m_openFileRequested = true;
    }
    if (r.apply) m_commands.push(mergeCommand(*m_merge));  // applied after drawing, through History
    if (r.apply || r.cancel) m_merge.reset();
}

}  // namespace sc::web
