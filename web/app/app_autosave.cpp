// Autosave (App, see app.h): start and restore, the write after every frame (a large document's
// text a slice a frame), warnings, and the autosaves of other tabs.
#include "app/app.h"
#include "app/samples.h"
#include "logic/sliced_work.h"

namespace sc::web {

void App::startAutosave(KeyValueStore& store, double nowMs, const std::string& slotId,
                        const std::vector<std::string>& liveSlots) {
    m_autosave = std::make_unique<Autosaver>(store);
    if (!slotId.empty()) m_autosave->useSlot(slotId, liveSlots);
    m_autosave->beginStartup(documentText(), nowMs);
    // Before the first frame: a record read within this much shows restored at once; a larger
    // one goes on a slice a frame under a progress dialog (drawRestoring).
    constexpr std::chrono::milliseconds kBeforeFirstFrame{100};
    stepRestore(kBeforeFirstFrame);
}

void App::updateAutosave(double nowMs, bool flush) {
    if (!m_autosave) return;
    const std::string before = m_autosave->warning();
    const History::Snapshot head = m_history.headSnapshot();
    m_autosave->update(
        head, m_view.fileName, m_history.isDirty(), [&] { return autosaveText(head, flush); }, nowMs, flush);
    showAutosaveWarning(before);
}

std::optional<std::string> App::autosaveText(const History::Snapshot& head, bool flush) {
    // Rows per step: ~10 ms of a frame in the browser. A new head starts over.
    constexpr std::size_t kRowsPerStep = 500;
    constexpr std::chrono::milliseconds kBudget{8};
    if (!m_autosaveJob || m_autosaveJob->document() != head) m_autosaveJob.emplace(head, kRowsPerStep);
    if (!stepWithin(*m_autosaveJob, flush ? std::chrono::milliseconds::max() : kBudget)) return std::nullopt;
    std::string text = m_autosaveJob->take();
    m_autosaveJob.reset();
    m_text.keep(head, text);  // File > Save of this snapshot reuses it
    return text;
}

void App::autosaveWritten() {
    if (!m_autosave) return;
    const std::string before = m_autosave->warning();
    m_autosave->writeConfirmed();
    showAutosaveWarning(before);
}

void App::autosaveFailed(const std::string& problem) {
    if (!m_autosave) return;
    const std::string before = m_autosave->warning();
    m_autosave->writeFailed(problem);
    showAutosaveWarning(before);
}

// A new autosave warning stays in the status line, with "Download it" (the document as a
// file), until autosave works again.
void App::showAutosaveWarning(const std::string& before) {
    const std::string& now = m_autosave->warning();
    if (now == before) return;
    if (!now.empty()) {
        m_status = {now, true, false, true};
        m_offerSave = true;
    } else if (m_status.text == before) {
        m_status = {};
        m_offerSave = false;
    }
}

void App::discardRestored() {
    if (!m_autosave || !m_autosave->discardStored()) {
        m_status = {
            "Could not set the restored work aside (browser storage is full or blocked), so it "
            "stays open. Use File > Save to keep it, or open another file.",
            true, false};
        return;
    }
    // Discarding is the user's explicit choice: no "replace unsaved changes?" question.
    if (!m_samples.empty()) replaceDocument(m_samples[0], loadSample(0));
    m_status = {std::string("Discarded the restored work (a copy stays in this browser's storage under \"") +
                    kDiscardedAutosaveKey + "\")." + describeWaiting(m_autosave->others().size()),
                false, false};
    m_status.offerOthers = !m_autosave->others().empty();
    m_autosave->accept(m_history.headSnapshot(), m_view.fileName, m_history.isDirty());
}

std::string App::documentIdentity() const {
    return sc::web::documentIdentity(m_view.fileName, m_history.head().info.title);
}

// The warning shows when another tab gets the same document and goes when none has it; a
// message shown meanwhile (a save, a restore) is left alone.
void App::setTabsWithSameDocument(int otherTabs) {
    switch (m_openElsewhere.update(otherTabs)) {
        case OpenElsewhere::Change::Show:
            m_status = {kOpenElsewhereWarning, true, false};
            break;
        case OpenElsewhere::Change::Hide:
            if (m_status.text == kOpenElsewhereWarning) m_status = {};
            break;
        case OpenElsewhere::Change::None:
            break;
    }
}

// Autosaves of other closed tabs (autosave.h): the next is restored in a new tab of the page,
// which adopts it, so each keeps its own slot and this tab's document stays as it is.
void App::openNextAutosave() {
    if (!m_autosave || m_autosave->others().empty()) return;
    m_autosave->forgetNextOther();
    m_newTabRequested = true;
    const std::size_t more = m_autosave->others().size();
    m_status = {"Opening the next autosaved scorecard in a new tab." + describeWaiting(more), false, false};
    m_status.offerOthers = more > 0;
}

void App::discardOtherAutosaves() {
    if (!m_autosave) return;
    const std::size_t setAside = m_autosave->discardOthers();
    const std::size_t kept = m_autosave->others().size();
    m_status = {
        "Set aside " + std::to_string(setAside) + " autosaved " +
            (setAside == 1 ? "scorecard" : "scorecards") +
            " of closed tabs (copies stay in this browser's storage under \"" + kDiscardedOthersPrefix +
            "\")." +
            (kept ? " " + std::to_string(kept) + " could not be set aside (storage full or blocked)." : ""),
        kept > 0, false};
    m_status.offerOthers = kept > 0;
}

}  // namespace sc::web
