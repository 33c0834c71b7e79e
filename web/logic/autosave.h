// Autosave of the open document into browser storage, and what to do with it at start.
// Plain C++ over a KeyValueStore (no browser, no ImGui) so every decision is tested natively:
// when to write (at most once per interval, only after a change), whether a stored record is
// worth restoring (readable, and different from the start sample), and what happens to one
// that cannot be read (kept under a backup key, never deleted silently).
//
// Every tab writes its own slot ("<kAutosaveSlotPrefix><slot id>"), so two tabs never overwrite
// each other. The page keeps the tab's slot id for the tab's life (sessionStorage: a reload keeps
// it) and says which slots other live tabs hold (Web Locks). At start a tab restores its own
// slot (a reload), or else the newest slot no live tab holds (its tab was closed or crashed),
// which it adopts: the record is copied into the tab's own slot and only then removed from the
// old one, so a restored document leaves no second copy behind. The record an older version
// wrote under kAutosaveKey is read as one more slot of a closed tab (migration).
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "format/document_io.h"
#include "logic/key_value_store.h"

namespace sc::web {

inline constexpr const char* kAutosaveKey = "alignment-scorecard/autosave/v1";
// A record Discard set aside (one slot: the latest discarded one).
inline constexpr const char* kDiscardedAutosaveKey = "alignment-scorecard/autosave/v1/discarded";
// One record per tab: "<prefix><slot id>".
inline constexpr const char* kAutosaveSlotPrefix = "alignment-scorecard/autosave/v1/slot/";
// Records of closed tabs the user discarded without opening them: "<prefix><slot id>".
inline constexpr const char* kDiscardedOthersPrefix = "alignment-scorecard/autosave/v1/discarded/";
// Unreadable records are moved to "<kAutosaveKey>/unreadable/<ms since 1970>".
inline constexpr const char* kUnreadableAutosavePrefix = "alignment-scorecard/autosave/v1/unreadable/";
// An edit is stored at most this long after it is made (the guarantee a killed browser keeps).
inline constexpr double kAutosaveIntervalMs = 1000.0;
// A record at least this large blocks a frame for long when written (a 100,000-deal document:
// ~1 s, BENCHMARKS.md): after its first write, such a document is written once the edits pause
// for the interval, or at the latest kAutosaveLargeMaxWaitMs after the first change not yet
// stored, instead of once per interval while the user keeps editing. (Writing without blocking
// — slices or a worker — is the performance issue's.)
inline constexpr std::size_t kLargeAutosaveBytes = 2 * 1024 * 1024;
inline constexpr double kAutosaveLargeMaxWaitMs = 10000.0;
// After failed writes the wait doubles (a full storage is not retried with a large document
// every 2 s), up to this.
inline constexpr double kAutosaveMaxRetryMs = 60000.0;

struct AutosaveRecord {
    std::string fileName;  // the open file's name ("" = none)
    std::string text;      // the document's canonical text (sc::saveDocument)
    double savedAtMs = 0;  // wall clock, milliseconds since 1970 (JavaScript Date.now())
    bool unsaved = false;  // the document had changes not saved to any file
};

// The stored value: a small JSON object {"format", "version", "file_name", "saved_at_ms",
// "unsaved", "text"}.
std::string encodeAutosaveRecord(const AutosaveRecord& record);
// Nothing (and `problem` says why) unless `stored` is a version-1 record with every field.
std::optional<AutosaveRecord> decodeAutosaveRecord(std::string_view stored, std::string& problem);

std::string autosaveSlotKey(const std::string& slotId);

// "850 bytes", "12 KB", "3.4 MB" (1 KB = 1024 bytes).
std::string describeBytes(std::size_t bytes);
// What a record holds, for the restore message: "“Q3 plan”, 12 KB: 5 promises, 3 channels,
// 100,000 deals".
std::string describeContents(const sc::Document& doc, std::size_t textBytes);
// The restore message: when it was taken, the file name, and what it holds.
std::string describeRestore(const AutosaveRecord& record, const sc::Document& doc, double nowMs);

// After a restore message, when records of other closed tabs wait: " 2 more autosaved
// scorecards from closed tabs are waiting: “Open next” restores the newest in a new tab." ("" for 0).
std::string describeWaiting(std::size_t more);

// "just now", "5 minutes ago", "1 hour ago", "3 days ago".
std::string describeAge(double thenMs, double nowMs);
// Local date and time and the age: "2026-11-24 14:32 (5 minutes ago)".
std::string describeSavedAt(double savedAtMs, double nowMs);

// What the app does at start with what autosave left.
struct StartupCheck {
    enum class Kind {
        Nothing,     // no record, or the start document itself: open the start sample quietly
        Restore,     // open `loaded.document` as `record.fileName` and show `message`
        Unreadable,  // open the start sample and show `message` (where the record went)
    };
    Kind kind = Kind::Nothing;
    AutosaveRecord record;
    sc::LoadResult loaded;
    std::string message;
    std::string unreadable;  // Unreadable: the stored value as it was (to offer as a download)
    std::size_t more = 0;    // records of other closed tabs still waiting (Autosaver::others())
};

class Autosaver {
  public:
    using Snapshot = std::shared_ptr<const sc::Document>;

    explicit Autosaver(KeyValueStore& store, double intervalMs = kAutosaveIntervalMs);
    ~Autosaver();
    Autosaver(const Autosaver&) = delete;
    Autosaver& operator=(const Autosaver&) = delete;

    // Which slot this tab writes (`slotId`) and which slots live tabs hold (never offered for
    // restore). Without this call the Autosaver writes kAutosaveKey alone (one tab, as before).
    void useSlot(const std::string& slotId, const std::vector<std::string>& liveSlotIds);

    // Reads the stored record. An unreadable one is copied to a backup key first and only then
    // removed; when even the copy fails it stays where it is and autosave turns itself off for
    // this session (enabled() == false) so nothing overwrites it.
    StartupCheck checkAtStart(const std::string& startCanonicalText, double nowMs);

    // checkAtStart with the loading done by the caller, so a large record can be read a slice a
    // frame (sc::LoadJob): beginStartup reads the stored records (setting unreadable ones aside);
    // while startupRecord() names a record, the caller loads its text and hands the result to
    // startupLoaded (a record that does not load is set aside and the next one named);
    // finishStartup then says what happened, as checkAtStart would have.
    void beginStartup(const std::string& startCanonicalText, double nowMs);
    bool startupRunning() const { return m_startup != nullptr; }
    // The record to load now (its text), null when nothing (more) is to be loaded.
    const AutosaveRecord* startupRecord() const;
    void startupLoaded(sc::LoadResult loaded);
    StartupCheck finishStartup();

    // Marks this state as already stored (the start document, a restored record).
    void accept(const Snapshot& doc, const std::string& fileName, bool unsaved);

    // Called every frame. Writes when the document, its name or its unsaved flag changed since
    // the last write and `intervalMs` passed since the last attempt (after n failures in a row:
    // intervalMs × 2^n, at most kAutosaveMaxRetryMs), or at once with `flush` (the page is being
    // hidden/closed). `text` is only called when a write is due; it may answer "not ready yet"
    // (nothing: a large document's text is being written a slice a frame, App::autosaveText),
    // and the write then waits for a later frame's update. Between beginStartup and
    // finishStartup nothing is written (the record being restored stays as it is).
    enum class Result { Idle, Written, Failed };
    Result update(const Snapshot& doc, const std::string& fileName, bool unsaved,
                  const std::function<std::optional<std::string>()>& text, double nowMs, bool flush = false);

    // A write set() accepted failed later (the page's store writes to disk asynchronously):
    // the warning shows, and the same state is written again after the back-off.
    void writeFailed(const std::string& problem);
    // A write the store queued reached the disk: the warning (if any) is resolved.
    void writeConfirmed();

    // Discard of restored work: the stored record is copied to kDiscardedAutosaveKey, then
    // removed. False (and nothing removed) when the copy fails.
    bool discardStored();

    // Records of other closed tabs not restored here, newest first (their store keys).
    const std::vector<std::string>& others() const { return m_others; }
    // The newest of them is being restored elsewhere (a new tab of the page): no longer offered.
    void forgetNextOther();
    // Discard of the others: each is copied to "<kDiscardedOthersPrefix><slot>" and then removed
    // (kept where it is when the copy fails). Returns how many were set aside.
    std::size_t discardOthers();

    bool enabled() const { return m_enabled; }
    // Non-empty while the last write failed: tell the user their work is not being kept.
    const std::string& warning() const { return m_warning; }

  private:
    struct Startup;
    void setAsideAtStartup(const std::string& key, const std::string& stored, const std::string& problem);

    KeyValueStore& m_store;
    double m_intervalMs;
    std::string m_key = kAutosaveKey;  // where this tab's record goes
    std::vector<std::string> m_live;   // slot ids live tabs hold
    std::vector<std::string> m_others;
    bool m_enabled = true;
    std::string m_warning;
    double m_lastAttemptMs = 0.0;
    bool m_attempted = false;
    int m_failures = 0;           // failed writes in a row
    std::size_t m_lastBytes = 0;  // the size of the last record written
    // The state seen in the last update(), when it last changed, and since when a change waits.
    Snapshot m_seenDoc;
    std::string m_seenName;
    bool m_seenUnsaved = false;
    double m_lastChangeMs = 0.0;
    double m_pendingSinceMs = 0.0;
    bool m_pending = false;
    // What the store holds now (as far as this session knows).
    Snapshot m_doc;
    std::string m_fileName;
    bool m_unsaved = false;
    std::unique_ptr<Startup> m_startup;  // between beginStartup and finishStartup
};

}  // namespace sc::web
