// Share links in the app (issue 10, docs/SHARE_LINK.md): File > Copy share link… and opening a
// page whose address holds "#scorecard=v1.…". The decisions are in logic/share_link (tested
// natively); here they meet the App's open path, clipboard and dialogs.
#include "app/app.h"
#include "imgui.h"
#include "views/share_link_dialog.h"

namespace sc::web {

bool App::openShareLink(const std::string& pageUrl) {
    SharedOpen shared = readShareLink(pageUrl);
    switch (shared.kind) {
        case SharedOpen::Kind::None:
            return false;
        case SharedOpen::Kind::Refused:
            m_errorTitle = kShareLinkErrorTitle;
            m_error = "Could not open the scorecard in this link:\n" + shared.error;
            m_errorPending = true;
            return true;
        case SharedOpen::Kind::Open:
            break;
    }
    if (m_history.isDirty()) {
        // Unsaved (or restored) work is never replaced without asking, as for a file.
        m_pendingOpen = PendingOpen{"the scorecard from the share link", std::move(shared.loaded), 0, true};
        m_replacePending = true;
        return true;
    }
    replaceDocument("", std::move(shared.loaded));
    markSharedCopy();
    return true;
}

void App::openPendingDocument() {
    PendingOpen pending = std::move(*m_pendingOpen);
    m_pendingOpen.reset();
    // A share link's copy is bound to no file: Save asks for (or downloads) a new one.
    replaceDocument(pending.sharedCopy ? std::string() : pending.name, std::move(pending.result),
                    pending.fileToken);
    if (pending.sharedCopy) markSharedCopy();
}

// A new unsaved copy: nothing on disk holds it yet, and the status line says where it came from.
void App::markSharedCopy() {
    m_history.markUnsaved();
    m_status = {kOpenedFromShareLink, false, false};
}

void App::copyShareLink() {
    m_shareLink = shareLinkOffer(documentText(), m_pageUrl);
    // Through ImGui's clipboard hook: the page writes the system clipboard (scorecardApp.setClipboard).
    if (!m_shareLink->tooLong) ImGui::SetClipboardText(m_shareLink->link.c_str());
    m_shareLinkPending = true;
}

void App::drawShareLink() {
    if (!m_shareLink) return;
    const ShareLinkDialogResult r =
        drawShareLinkDialog(*m_shareLink, std::exchange(m_shareLinkPending, false));
    if (r.copyAgain) ImGui::SetClipboardText(m_shareLink->link.c_str());
    if (r.save) m_saveRequested = true;
    if (r.save || r.closed) m_shareLink.reset();
}

}  // namespace sc::web
