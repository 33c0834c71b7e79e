// The application: owns the document history, the UI state and the findings of the open
// file, and draws one frame of every window. Knows nothing about the browser: platform_web.cpp
// creates it, calls frame() between ImGui::NewFrame() and ImGui::Render(), and carries file
// text, downloads and storage between it and the page through the plain functions below.
#pragma once

#include <chrono>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "format/document_io.h"
#include "format/save_job.h"
#include "logic/autosave.h"
#include "logic/clock.h"
#include "logic/compare_files.h"
#include "logic/csv_import.h"
#include "logic/commands.h"
#include "logic/dashboard_cache.h"
#include "logic/disk_conflict.h"
#include "logic/history.h"
#include "logic/key_value_store.h"
#include "logic/open_tabs.h"
#include "logic/opening_file.h"
#include "logic/recent_files.h"
#include "logic/merge_files.h"
#include "logic/report_cache.h"
#include "logic/share_link.h"
#include "logic/text_cache.h"
#include "logic/theme_prefs.h"
#include "logic/view_state.h"
#include "validation/finding.h"
#include "views/main_menu.h"
#include "views/status_line.h"

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
    // File > New: `result` (a blank scorecard or a sample's copy) opens as an untitled document.
    void newDocument(sc::LoadResult result);

    // ---- Files (the page reads/downloads them; the app only sees names and text) ----

    // Opens `text` as the file `name` through the core (sc::LoadJob: loadDocument's result, read
    // a slice a frame with a progress dialog and Cancel when it takes longer than a frame). A
    // refused file leaves the open document untouched and the error modal names the file and
    // the problem. While there are unsaved changes the user is asked first (the file waits).
    // `fileToken` > 0: the page keeps the file's handle under it (File System Access), so
    // Save can write back to the file if it becomes the open document.
    void openFileText(const std::string& name, std::string_view text, int fileToken = 0);
    // The user closed the file chooser without choosing: a Compare with… or Merge… no longer waits.
    void chooseCancelled() { m_nextFile = NextFile::Open; }
    // A file the page could not even read (too large, read error): the same error modal.
    void openFileFailed(const std::string& name, const std::string& problem);
    // Share links (app_share_link.cpp, docs/SHARE_LINK.md). `pageUrl` is location.href: at start
    // and on hashchange a "#scorecard=" in it opens as a new unsaved copy, through the same
    // "replace unsaved changes?" question as a file (a broken link: the error modal). True when
    // the address held a share link, which the page then removes from the address bar.
    bool openShareLink(const std::string& pageUrl);
    // The page's own address, the base of the links File > Copy share link makes.
    void setPageUrl(const std::string& pageUrl) { m_pageUrl = pageUrl.substr(0, pageUrl.find('#')); }
    // The canonical text File > Save writes (sc::saveDocument of the open document; the text
    // autosave wrote a slice a frame when it is of this very snapshot).
    const std::string& documentText();
    // "<file name or title>.scorecard.json", safe for any desktop file system.
    std::string downloadName() const;
    // The page handed documentText() to the browser as a download: the document is clean.
    void markSaved();
    // The page could not hand the download over: say so; nothing is marked saved or replaced.
    void saveFailed();
    bool isDirty() const { return m_history.isDirty(); }
    // The browser tab title ("• name — Alignment Scorecard" while dirty).
    std::string pageTitle() const;

    // Menu choices only the page can carry out; each returns true once per request.
    bool takeOpenFileRequest() { return std::exchange(m_openFileRequested, false); }
    // The next file the chooser hands over is for File > Compare with… or Merge… (or the merge's
    // common ancestor), not to be opened (so it must not become the file Save writes to).
    bool choosingFileToCompare() const { return m_nextFile != NextFile::Open; }
    bool takeSaveRequest() { return std::exchange(m_saveRequested, false); }
    // File > Open recent: the page's id of the file to open (0 = none), read with the click's
    // user activation, so the browser may ask for permission.
    int takeOpenRecentRequest() { return std::exchange(m_openRecentRequested, 0); }
    bool takeClearRecentRequest() { return std::exchange(m_clearRecentRequested, false); }
    // The files the page remembers (shell/index.html, IndexedDB), and the wall clock their
    // "opened … ago" is measured against.
    void setRecentFiles(std::vector<RecentFile> files) { m_recent = std::move(files); }
    void setNowMs(double nowMs) { m_nowMs = nowMs; }
    // A recent file that is gone or was refused: the error modal says so (the page forgot it).
    void recentFileFailed(const std::string& name);
    bool takeSaveAsRequest() { return std::exchange(m_saveAsRequested, false); }

    // ---- Save in place (File System Access; shell/index.html keeps the file handle) ----

    // What the page can do this frame: write files at all, and write the open document's file.
    void setFileAccess(bool fileAccess, bool savesInPlace);
    // The page starts writing documentText() to a file (in place or Save As…).
    void beginSave();
    // A file write is on its way: another Save waits for it (saveResult starts it then), so two
    // writes never race and a result always belongs to the save it reports.
    bool saveInFlight() const { return m_saveInFlight; }
    void saveAgainWhenDone() { m_saveAgain = true; }
    // How that write ended: 0 written to `name`, 1 the file changed on disk (`text` = its
    // content; nothing written), 2 failed (`text` = the reason), 3 the user cancelled.
    void saveResult(int status, const std::string& name, const std::string& text);
    // After a document is replaced: the token of the picked file the page should keep as the
    // document's file (> 0), or 0 to drop it (a sample, a new document, a dropped file);
    // nothing when the document was not replaced.
    std::optional<int> takeFileLinkChange() { return std::exchange(m_fileLink, std::nullopt); }
    // After a conflict was merged or reloaded: the disk's text is now the known state.
    std::optional<std::string> takeAcceptDisk() { return std::exchange(m_acceptDisk, std::nullopt); }
    struct Download {
        std::string name;
        std::string text;
    };
    // Any other file to hand the browser (the unreadable autosave, "Download it").
    std::optional<Download> takeDownloadRequest() { return std::exchange(m_download, std::nullopt); }

    // ---- Display (theme, text size, projector mode) ----

    // Once at start: the theme and text size this browser remembers; later choices are
    // written back to `store`.
    void loadDisplay(KeyValueStore& store);
    // What the platform builds fonts and style for (on top of the device pixel ratio).
    const DisplayPrefs& display() const { return m_display; }
    // Ctrl+= (+1) / Ctrl+- (-1) / Ctrl+0 (0: the normal size), from the page.
    void stepTextSize(int direction);

    // ---- Autosave ----

    // Once at start: restores what autosave kept (or sets an unreadable record aside), then
    // keeps `store` up to date from updateAutosave(). `slotId`: this tab's autosave slot, and
    // `liveSlots` the slots other live tabs hold ("" = the single record of one tab).
    void startAutosave(KeyValueStore& store, double nowMs, const std::string& slotId = "",
                       const std::vector<std::string>& liveSlots = {});
    // True while the autosaved work found at start is still being read (a large record is read
    // a slice a frame under a progress dialog): the page waits before opening a share link.
    bool restoring() const { return m_autosave && m_autosave->startupRunning(); }
    // Which document this tab has open, as other tabs compare it (logic/open_tabs.h), and how
    // many other live tabs have the same one now (the page asks them every frame): the status
    // line warns while there are any.
    std::string documentIdentity() const;
    void setTabsWithSameDocument(int otherTabs);
    // "Open next" (autosaves of closed tabs): the page opens a new tab, which restores it.
    bool takeNewTabRequest() { return std::exchange(m_newTabRequested, false); }
    // After every frame (nowMs = wall clock); `flush` when the page is being hidden or closed.
    void updateAutosave(double nowMs, bool flush = false);
    // The browser reported that an autosave write it had accepted failed (quota, private mode).
    void autosaveFailed(const std::string& problem);
    // ... or reached the disk (clears an autosave warning).
    void autosaveWritten();
    void showAutosaveWarning(const std::string& before);

  private:
    struct PendingOpen {
        std::string name;
        sc::LoadResult result;
        int fileToken = 0;  // the page's handle of the file it came from (0 = none)
        // From a share link: opens as an unsaved copy bound to no file, saying so.
        bool sharedCopy = false;
    };

    void open(const std::string& name, sc::LoadResult result, int fileToken = 0);
    void replaceDocument(const std::string& name, sc::LoadResult result, int fileToken = 0);
    void drawDiskConflict();
    sc::LoadResult blankScorecard() const;
    void refuse(const std::string& name, const std::string& problem);
    void drawLayout(float top);
    void drawCurrentView();
    const partners::PartnerKpiReport& partnerReport();
    void drawDashboard();
    void drawPresenting();
    void drawErrorModal();
    void drawReplaceModal();
    void drawCsvImport();
    // The file being read a slice a frame (app_open_file.cpp): steps it, draws its progress,
    // opens it once read.
    void drawOpening();
    // The start-up restore (app_restore.cpp): the autosaved record read a slice a frame.
    // stepRestore runs it for about `budget` and is true once it has finished (finishRestore:
    // the restored document opened, or the unreadable record announced).
    bool stepRestore(std::chrono::milliseconds budget);
    void finishRestore();
    void drawRestoring();
    // The text autosave stores for `head`: written a slice a frame (sc::SaveJob) so a large
    // document does not freeze the page; nothing until it is complete; at once with `flush`.
    std::optional<std::string> autosaveText(const History::Snapshot& head, bool flush);
    void startCsvImport(const std::string& name, std::string_view text);
    // File > Compare with… (app_compare_files.cpp): the chosen file against the open document.
    void compareWith(const std::string& name, std::string_view text);
    void drawCompareFiles();
    // File > Copy share link… (app_share_link.cpp).
    void copyShareLink();
    void drawShareLink();
    void openPendingDocument();  // m_pendingOpen replaces the open document
    void markSharedCopy();       // the open document came from a share link
    // File > Merge… (app_merge.cpp): the chosen file (and its common ancestor) merged into the open one.
    void mergeWith(const std::string& name, std::string_view text);
    void mergeBaseFrom(const std::string& name, std::string_view text);
    void drawMerge();
    void discardRestored();
    void apply(const MenuRequests& requests, const StatusLineResult& status);
    // The one edit path: runs this frame's commands through History (one Undo step each), shows
    // why a refused one was refused, and revalidates after any change.
    void applyCommands();
    // After any change of the head (command, undo, redo): findings of the new head; the score
    // report follows by itself (ReportCache is keyed on the head snapshot).
    void headChanged();

    void setDisplay(const DisplayPrefs& display);

    History m_history;
    ViewState m_view;
    DisplayPrefs m_display;
    KeyValueStore* m_displayStore = nullptr;  // where theme and text size are remembered
    std::vector<std::string> m_samples;
    std::vector<sc::Finding> m_findings;  // of the open file, from loading + validation
    Clock m_clock;
    ReportCache m_reports;                             // the score report of the head snapshot
    DashboardCache m_dashboards;                       // the dashboard of the head snapshot
    CommandQueue m_commands;                           // pushed by this frame's views, applied after drawing
    std::string m_errorTitle = "Could not open file";  // title of the error modal
    std::string m_error;                               // why the last open or edit was refused; "" = none
    bool m_errorPending = false;                       // open the error modal next frame
    std::optional<PendingOpen> m_pendingOpen;          // waits for "replace unsaved changes?"
    std::optional<CsvImportDraft> m_csvImport;         // the Import CSV dialog's file and choices
    bool m_csvImportPending = false;                   // open that dialog next frame
    std::optional<OpeningFile> m_opening;              // a file being read (File > Open, a drop)
    std::optional<sc::LoadJob> m_restoreJob;           // the autosaved record being read at start
    bool m_restoreDialogShown = false;
    std::optional<sc::SaveJob> m_autosaveJob;  // the autosave text being written
    CanonicalTextCache m_text;                 // the text last written (autosave, Save)
    // What the chooser's next file is for: opened, or handed to Compare with… / Merge… / the
    // merge's common ancestor.
    enum class NextFile { Open, Compare, Merge, MergeBase } m_nextFile = NextFile::Open;
    std::optional<MergeFiles> m_merge;                 // the Merge… window's merge and choices
    bool m_mergePending = false;                       // open that window next frame
    std::optional<CompareFilesWindow> m_compareFiles;  // the Compare with… window's comparison
    bool m_compareFilesPending = false;                // open that window next frame
    bool m_replacePending = false;                     // open that modal next frame
    bool m_openAfterSave = false;                      // "Save, then open": markSaved() opens m_pendingOpen
    bool m_reviewPending = false;                      // open the Record review dialog next frame
    std::string m_reviewNote;                          // being typed in it
    bool m_openFileRequested = false;
    int m_openRecentRequested = 0;
    bool m_clearRecentRequested = false;
    std::vector<RecentFile> m_recent;
    double m_nowMs = 0.0;
    bool m_saveRequested = false;
    bool m_saveAsRequested = false;
    History::Snapshot m_savingSnapshot;  // the document a file write started from
    bool m_saveInFlight = false;
    bool m_saveAgain = false;
    int m_documentGeneration = 0;  // counts replaced documents: a late save result may be for an earlier one
    int m_savingGeneration = 0;
    History::Snapshot m_diskBase;                // the file as this page last read or wrote it
    std::optional<DiskConflict> m_diskConflict;  // Save found the file changed on disk
    bool m_diskConflictPending = false;          // open that dialog next frame
    std::optional<int> m_fileLink;
    std::optional<std::string> m_acceptDisk;
    std::optional<Download> m_download;

    std::string m_pageUrl;                      // the page's address without its fragment
    std::optional<ShareLinkOffer> m_shareLink;  // the Copy share link dialog's link
    bool m_shareLinkPending = false;            // open that dialog next frame

    std::string m_unreadableAutosave;  // offered by the status line's "Download it"
    bool m_offerSave = false;          // "Download it" saves the open document (autosave failing)
    StatusMessage m_status;
    std::unique_ptr<Autosaver> m_autosave;  // null until startAutosave()
    OpenElsewhere m_openElsewhere;          // the same document is open in another tab
    bool m_newTabRequested = false;         // "Open next": a new tab restores the next closed tab's work
    void openNextAutosave();
    void discardOtherAutosaves();
};

}  // namespace sc::web
