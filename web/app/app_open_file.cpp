// Opening a file a slice a frame (App::drawOpening, logic/opening_file.h).
#include "app/app.h"
#include "views/opening_dialog.h"

namespace sc::web {

namespace {
// Work per frame: the frame itself takes a few more milliseconds to draw.
constexpr std::chrono::milliseconds kOpenBudget{12};
}  // namespace

void App::drawOpening() {
    if (!m_opening) return;
    const bool done = stepOpening(*m_opening, kOpenBudget);
    const bool wasShown = std::exchange(m_opening->dialogShown, true);
    if (done) {
        // The dialog (if it was shown) closes in this frame; the file opens as any other.
        if (wasShown) drawOpeningDialog(m_opening->name, 1.0, m_opening->job.activity(), false, true);
        sc::LoadResult result = m_opening->job.take();
        const std::string name = m_opening->name;
        const int fileToken = m_opening->fileToken;
        m_opening.reset();
        open(name, std::move(result), fileToken);
        return;
    }
    if (drawOpeningDialog(m_opening->name, m_opening->job.progress(), m_opening->job.activity(), !wasShown,
                          false)) {
        m_status = {
            "Did not open " + m_opening->name + " (cancelled); the scorecard that was open is unchanged.",
            false, false};
        m_opening.reset();
    }
}

}  // namespace sc::web
