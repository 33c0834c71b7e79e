// The start-up restore (App, see app.h): the autosaved work is read with sc::LoadJob, a slice a
// frame once it takes longer than the first frame's budget, so a large autosave never freezes
// the page before it has drawn anything. Autosaver decides what is restored (the own slot, then
// the newest closed tab's; a record that does not load is set aside and the next one read).
#include "app/app.h"
#include "logic/sliced_work.h"
#include "views/opening_dialog.h"

namespace sc::web {

namespace {
constexpr std::chrono::milliseconds kRestoreBudget{12};  // per frame, as for a file being opened
}

bool App::stepRestore(std::chrono::milliseconds budget) {
    if (!restoring()) return true;
    while (const AutosaveRecord* record = m_autosave->startupRecord()) {
        if (!m_restoreJob) m_restoreJob.emplace(record->text);
        if (!stepWithin(*m_restoreJob, budget)) return false;
        m_autosave->startupLoaded(m_restoreJob->take());
        m_restoreJob.reset();
    }
    finishRestore();
    return true;
}

void App::finishRestore() {
    StartupCheck check = m_autosave->finishStartup();
    if (check.kind == StartupCheck::Kind::Restore) {
        replaceDocument(check.record.fileName, std::move(check.loaded));
        if (check.record.unsaved) m_history.markUnsaved();
        m_status = {check.message + describeWaiting(check.more), false, true};
        m_status.offerOthers = check.more > 0;
    } else if (check.kind == StartupCheck::Kind::Unreadable) {
        m_unreadableAutosave = std::move(check.unreadable);
        m_status = {check.message + " \"Download it\" saves it as a file.", true, false, true};
    }
    m_autosave->accept(m_history.headSnapshot(), m_view.fileName, m_history.isDirty());
}

// Drawn instead of the whole window while the restore runs: nothing else can be used yet (the
// document it replaces is only the start sample).
void App::drawRestoring() {
    const AutosaveRecord* record = m_autosave->startupRecord();
    const std::string what =
        record == nullptr
            ? std::string("your work")
            : (record->fileName.empty() ? std::string("an untitled scorecard") : record->fileName) +
                  ", autosaved " + describeSavedAt(record->savedAtMs, m_nowMs);
    const double progress = m_restoreJob ? m_restoreJob->progress() : 0.0;
    const std::string activity = m_restoreJob ? m_restoreJob->activity() : std::string("Reading");
    const bool wasShown = std::exchange(m_restoreDialogShown, true);
    const bool done = stepRestore(kRestoreBudget);
    drawRestoringDialog(what, done ? 1.0 : progress, activity, !wasShown, done);
}

}  // namespace sc::web
