// Autosave of the open document into browser storage, and what to do with it at start.
// Plain C++ over a KeyValueStore (no browser, no ImGui) so every decision is tested natively:
// when to write (at most once per interval, only after a change), whether a stored record is
// worth restoring (readable, and different from the start sample), and what happens to one
// that cannot be read (kept under a backup key, never deleted silently).
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "format/document_io.h"
#include "logic/key_value_store.h"

namespace sc::web {

inline constexpr const char* kAutosaveKey = "alignment-scorecard/autosave/v1";
// A record Discard set aside (one slot: the latest discarded one).
inline constexpr const char* kDiscardedAutosaveKey = "alignment-scorecard/autosave/v1/discarded";
// Unreadable records are moved to "<kAutosaveKey>/unreadable/<ms since 1970>".
inline constexpr const char* kUnreadableAutosavePrefix = "alignment-scorecard/autosave/v1/unreadable/";
// An edit is stored at most this long after it is made (the guarantee a killed browser keeps).
inline constexpr double kAutosaveIntervalMs = 1000.0;
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
};

class Autosaver {
  public:
    using Snapshot = std::shared_ptr<const sc::Document>;

    explicit Autosaver(KeyValueStore& store, double intervalMs = kAutosaveIntervalMs)
        : m_store(store), m_intervalMs(intervalMs) {}

    // Reads the stored record. An unreadable one is copied to a backup key first and only then
    // removed; when even the copy fails it stays where it is and autosave turns itself off for
    // this session (enabled() == false) so nothing overwrites it.
    StartupCheck checkAtStart(const std::string& startCanonicalText, double nowMs);

    // Marks this state as already stored (the start document, a restored record).
    void accept(const Snapshot& doc, const std::string& fileName, bool unsaved);

    // Called every frame. Writes when the document, its name or its unsaved flag changed since
    // the last write and `intervalMs` passed since the last attempt (after n failures in a row:
    // intervalMs × 2^n, at most kAutosaveMaxRetryMs), or at once with `flush` (the page is being
    // hidden/closed). `text` is only called when a write happens.
    enum class Result { Idle, Written, Failed };
    Result update(const Snapshot& doc, const std::string& fileName, bool unsaved,
                  const std::function<std::string()>& text, double nowMs, bool flush = false);

    // A write set() accepted failed later (the page's store writes to disk asynchronously):
    // the warning shows, and the same state is written again after the back-off.
    void writeFailed(const std::string& problem);
    // A write the store queued reached the disk: the warning (if any) is resolved.
    void writeConfirmed();

    // Discard of restored work: the stored record is copied to kDiscardedAutosaveKey, then
    // removed. False (and nothing removed) when the copy fails.
    bool discardStored();

    bool enabled() const { return m_enabled; }
    // Non-empty while the last write failed: tell the user their work is not being kept.
    const std::string& warning() const { return m_warning; }

  private:
    KeyValueStore& m_store;
    double m_intervalMs;
    bool m_enabled = true;
    std::string m_warning;
    double m_lastAttemptMs = 0.0;
    bool m_attempted = false;
    int m_failures = 0;  // failed writes in a row
    // What the store holds now (as far as this session knows).
    Snapshot m_doc;
    std::string m_fileName;
    bool m_unsaved = false;
};

}  // namespace sc::web
