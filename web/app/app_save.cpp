// Saving (App, see app.h): the download, Save in place with its conflict check, Save As….
#include "app/app.h"
#include "views/disk_conflict_dialog.h"

namespace sc::web {

void App::markSaved() {
    m_history.markSaved();
    // The saved file carries the download's name from now on.
    m_view.fileName = downloadName();
    if (std::exchange(m_openAfterSave, false) && m_pendingOpen) openPendingDocument();
}

void App::setFileAccess(bool fileAccess, bool savesInPlace) {
    m_view.fileAccess = fileAccess;
    m_view.savesInPlace = savesInPlace;
}

void App::beginSave() {
    m_savingSnapshot = m_history.headSnapshot();
    m_savingGeneration = m_documentGeneration;
    m_saveInFlight = true;
}

void App::saveResult(int status, const std::string& name, const std::string& text) {
    const History::Snapshot written = std::exchange(m_savingSnapshot, nullptr);
    m_saveInFlight = false;
    // A Save asked for while this write was on its way runs now — after a successful write only
    // (a conflict or a failure is for the user to answer first).
    const bool again = std::exchange(m_saveAgain, false);
    if (!written) return;  // not the answer to a save this app started
    if (m_savingGeneration != m_documentGeneration) {
        // Another document was opened while the write was on its way: nothing here changes.
        if (status == 0)
            m_status = {"Saved " + name + " (the scorecard that was open when you saved).", false, false};
        return;
    }
    switch (status) {
        case 0:
            // Edits made while the write was on its way stay unsaved.
            m_history.markSaved(written);
            m_diskBase = written;
            m_view.fileName = name;
            m_status = {"Saved to " + name + ".", false, false};
            if (again) m_saveRequested = true;
            if (std::exchange(m_openAfterSave, false) && m_pendingOpen) openPendingDocument();
            break;
        case 1:
            m_openAfterSave = false;
            m_diskConflict = diskConflict(name, text);
            m_diskConflictPending = true;
            break;
        case 2:
            m_openAfterSave = false;
            m_pendingOpen.reset();
            m_status = {"Could not write " + name + ": " + text +
                            ". Your changes are still open here (and autosaved in this browser); File > Save "
                            "As\xE2\x80\xA6 writes them to another file.",
                        true, false};
            break;
        default:  // the user closed the save dialog
            m_openAfterSave = false;
            break;
    }
}

void App::drawDiskConflict() {
    if (!m_diskConflict) return;
    const DiskConflictChoice choice =
        drawDiskConflictDialog(*m_diskConflict, std::exchange(m_diskConflictPending, false));
    switch (choice) {
        case DiskConflictChoice::None:
            return;
        case DiskConflictChoice::Merge: {
            DiskMerge merged = mergeFromDisk(m_diskBase.get(), m_history.head(), *m_diskConflict);
            m_diskBase = std::make_shared<const sc::Document>(m_diskConflict->theirs.document);
            m_history.commit(std::move(merged.document),
                             "Merge changes saved to " + m_diskConflict->fileName);
            headChanged();
            m_acceptDisk = m_diskConflict->text;
            std::string conflicts;
            for (const auto& c : merged.conflicts) conflicts += " " + c + ".";
            m_status = {merged.summary + conflicts, !merged.conflicts.empty(), false};
            break;
        }
        case DiskConflictChoice::SaveCopy:
            m_saveAsRequested = true;
            break;
        case DiskConflictChoice::Reload:
            // Undoable: Edit > Undo brings your version back.
            m_history.commit(m_diskConflict->theirs.document,
                             "Reload " + m_diskConflict->fileName + " from disk");
            m_history.markSaved();
            m_diskBase = m_history.headSnapshot();
            headChanged();
            m_acceptDisk = m_diskConflict->text;
            m_status = {"Reloaded " + m_diskConflict->fileName +
                            " as saved on disk. Edit > Undo brings your version back.",
                        false, false};
            break;
        case DiskConflictChoice::Cancel:
            m_status = {"Nothing was written: " + m_diskConflict->fileName +
                            " changed on disk and your changes are still only here.",
                        true, false};
            break;
    }
    m_diskConflict.reset();
}

void App::saveFailed() {
    m_openAfterSave = false;
    m_pendingOpen.reset();
    m_status = {
        "Save failed: the browser did not accept the download. Your changes are still open here "
        "(and autosaved in this browser).",
        true, false};
}

}  // namespace sc::web
