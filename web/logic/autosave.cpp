// Autosave records and decisions (see autosave.h).
#include "logic/autosave.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

namespace sc::web {

namespace {

constexpr const char* kFormat = "alignment-scorecard-autosave";
constexpr int kVersion = 1;

std::string plural(long long n, const char* unit) {
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s") + " ago";
}

// "1 deal", "100,000 deals".
std::string counted(std::size_t n, const char* unit) {
    std::string digits = std::to_string(n);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3)
        digits.insert(static_cast<std::size_t>(i), ",");
    return digits + " " + unit + (n == 1 ? "" : "s");
}

}  // namespace

std::string encodeAutosaveRecord(const AutosaveRecord& record) {
    sc::Json j = sc::Json::object();
    j["format"] = kFormat;
    j["version"] = kVersion;
    j["file_name"] = record.fileName;
    j["saved_at_ms"] = static_cast<long long>(std::llround(record.savedAtMs));
    j["unsaved"] = record.unsaved;
    j["text"] = record.text;
    // Invalid UTF-8 in a name is replaced rather than throwing: the text itself is canonical.
    return j.dump(-1, ' ', false, sc::Json::error_handler_t::replace);
}

std::optional<AutosaveRecord> decodeAutosaveRecord(std::string_view stored, std::string& problem) {
    const sc::Json j = sc::Json::parse(stored.begin(), stored.end(), nullptr, false);
    if (j.is_discarded()) {
        problem = "it is not JSON";
        return std::nullopt;
    }
    if (!j.is_object() || j.value("format", "") != kFormat) {
        problem = "it is not an Alignment Scorecard autosave record";
        return std::nullopt;
    }
    const auto version = j.find("version");
    if (version == j.end() || !version->is_number_integer() || version->get<long long>() != kVersion) {
        problem = "it was written by another version of the app (record version " +
                  (version == j.end() ? std::string("missing") : version->dump()) + ")";
        return std::nullopt;
    }
    const auto field = [&](const char* key, bool (sc::Json::*is)() const noexcept) {
        const auto it = j.find(key);
        if (it == j.end() || !((*it).*is)()) {
            problem = std::string("its \"") + key + "\" field is missing or has the wrong type";
            return false;
        }
        return true;
    };
    if (!field("file_name", &sc::Json::is_string) || !field("saved_at_ms", &sc::Json::is_number) ||
        !field("unsaved", &sc::Json::is_boolean) || !field("text", &sc::Json::is_string))
        return std::nullopt;
    AutosaveRecord record;
    record.fileName = j["file_name"].get<std::string>();
    record.savedAtMs = j["saved_at_ms"].get<double>();
    record.unsaved = j["unsaved"].get<bool>();
    record.text = j["text"].get<std::string>();
    return record;
}

std::string describeAge(double thenMs, double nowMs) {
    const long long seconds = static_cast<long long>(std::floor((nowMs - thenMs) / 1000.0));
    if (seconds < 60) return "just now";  // also a clock that went backwards
    if (seconds < 3600) return plural(seconds / 60, "minute");
    if (seconds < 86400) return plural(seconds / 3600, "hour");
    return plural(seconds / 86400, "day");
}

std::string describeSavedAt(double savedAtMs, double nowMs) {
    const std::time_t t = static_cast<std::time_t>(std::floor(savedAtMs / 1000.0));
    std::tm local{};
    char clock[32] = "";
    // localtime_r: in the browser emscripten answers with the page's time zone.
    if (localtime_r(&t, &local)) std::strftime(clock, sizeof clock, "%Y-%m-%d %H:%M", &local);
    return std::string(clock) + " (" + describeAge(savedAtMs, nowMs) + ")";
}

std::string autosaveSlotKey(const std::string& slotId) { return kAutosaveSlotPrefix + slotId; }

std::string describeBytes(std::size_t bytes) {
    if (bytes < 1024) return std::to_string(bytes) + " bytes";
    char text[32];
    if (bytes < 1024 * 1024) {
        std::snprintf(text, sizeof text, "%.0f KB", std::ceil(static_cast<double>(bytes) / 1024.0));
    } else {
        std::snprintf(text, sizeof text, "%.1f MB", static_cast<double>(bytes) / (1024.0 * 1024.0));
    }
    return text;
}

std::string describeContents(const sc::Document& doc, std::size_t textBytes) {
    const std::string title = doc.info.title.empty() ? "untitled" : "\u201c" + doc.info.title + "\u201d";
    return title + ", " + describeBytes(textBytes) + ": " + counted(doc.promises.size(), "promise") + ", " +
           counted(doc.channels.size(), "channel") + ", " + counted(doc.deals.size(), "deal");
}

std::string describeRestore(const AutosaveRecord& record, const sc::Document& doc, double nowMs) {
    const std::string when = describeSavedAt(record.savedAtMs, nowMs);
    const std::string name = record.fileName.empty() ? "an untitled scorecard" : record.fileName;
    const std::string contents = " (" + describeContents(doc, record.text.size()) + ").";
    return record.unsaved ? "Restored your unsaved work from " + when + ": " + name + contents
                          : "Restored " + name + " from your last session, " + when + contents;
}

std::string describeWaiting(std::size_t more) {
    if (more == 0) return "";
    return " " + std::to_string(more) + " more autosaved " + (more == 1 ? "scorecard" : "scorecards") +
           " from closed tabs " + (more == 1 ? "is" : "are") +
           " waiting: \u201cOpen next\u201d restores the newest in a new tab.";
}

void Autosaver::useSlot(const std::string& slotId, const std::vector<std::string>& liveSlotIds) {
    m_key = autosaveSlotKey(slotId);
    m_live = liveSlotIds;
}

// The start-up restore in progress (beginStartup .. finishStartup).
struct Autosaver::Startup {
    struct Candidate {
        std::string key;
        std::string stored;
        AutosaveRecord record;
    };
    double nowMs = 0.0;
    std::vector<Candidate> readable;  // the own slot first, then the newest
    std::size_t next = 0;             // the candidate startupRecord() names
    std::string unreadableNote;       // for a restore message: where unreadable records went
    int backups = 0;
    StartupCheck check;  // kind Restore once a record has loaded
};

Autosaver::Autosaver(KeyValueStore& store, double intervalMs) : m_store(store), m_intervalMs(intervalMs) {}
Autosaver::~Autosaver() = default;

// Sets an unreadable record aside under a backup key (never deleted); the first one is what
// the Unreadable message is about.
void Autosaver::setAsideAtStartup(const std::string& key, const std::string& stored,
                                  const std::string& problem) {
    Startup& s = *m_startup;
    std::string backupKey =
        kUnreadableAutosavePrefix + std::to_string(static_cast<long long>(std::llround(s.nowMs)));
    if (s.backups > 0) backupKey += "-" + std::to_string(s.backups);
    const bool moved = m_store.move(key, backupKey);
    if (moved) ++s.backups;
    // Only this tab's own slot would be overwritten by the next write: autosave stops then.
    if (!moved && key == m_key) m_enabled = false;
    if (!s.unreadableNote.empty()) return;
    s.unreadableNote = " An autosave that could not be read (" + problem + ") is kept under \"" +
                       (moved ? backupKey : key) + "\".";
    s.check.unreadable = stored;
    if (moved) {
        s.check.message = "Your autosaved work could not be opened (" + problem +
                          "). It is kept in this browser's storage under \"" + backupKey +
                          "\"; the start sample is shown.";
    } else {
        s.check.message = "Your autosaved work could not be opened (" + problem +
                          ") and could not be copied aside, so it stays under \"" + key + "\"" +
                          (key == m_key ? " and autosave is off for this session" : "") +
                          ". Use File > Save to keep your work.";
    }
}

void Autosaver::beginStartup(const std::string& startCanonicalText, double nowMs) {
    m_startup = std::make_unique<Startup>();
    m_startup->nowMs = nowMs;
    // This tab's own slot first (a reload), then the record an older version left under the
    // single key, then every slot no live tab holds.
    std::vector<std::string> keys{m_key};
    if (m_key != kAutosaveKey) keys.push_back(kAutosaveKey);
    const std::string prefix = kAutosaveSlotPrefix;
    for (const std::string& key : m_store.keys(prefix)) {
        if (key == m_key || key.rfind(prefix, 0) != 0) continue;
        if (std::find(m_live.begin(), m_live.end(), key.substr(prefix.size())) != m_live.end()) continue;
        keys.push_back(key);
    }

    auto& readable = m_startup->readable;
    for (const std::string& key : keys) {
        const std::optional<std::string> stored = m_store.get(key);
        if (!stored) continue;
        std::string problem;
        std::optional<AutosaveRecord> record = decodeAutosaveRecord(*stored, problem);
        if (!record) {
            setAsideAtStartup(key, *stored, problem);
            continue;
        }
        // The text is canonical (sc::saveDocument), so a clean copy of the start document is
        // recognised without loading it. A closed tab's is removed (the sample is built in), so
        // such records do not pile up.
        if (!record->unsaved && record->text == startCanonicalText) {
            if (key != m_key) m_store.remove(key);
            continue;
        }
        readable.push_back({key, *stored, std::move(*record)});
    }
    // The own slot first, then the newest.
    std::stable_sort(readable.begin(), readable.end(), [&](const auto& a, const auto& b) {
        if ((a.key == m_key) != (b.key == m_key)) return a.key == m_key;
        return a.record.savedAtMs > b.record.savedAtMs;
    });
}

const AutosaveRecord* Autosaver::startupRecord() const {
    if (!m_startup || m_startup->check.kind == StartupCheck::Kind::Restore ||
        m_startup->next >= m_startup->readable.size())
        return nullptr;
    return &m_startup->readable[m_startup->next].record;
}

// Only the one restored is loaded (a large document takes a while); one that cannot be read
// is set aside and the next is tried.
void Autosaver::startupLoaded(sc::LoadResult loaded) {
    if (!startupRecord()) return;
    Startup& s = *m_startup;
    Startup::Candidate& c = s.readable[s.next];
    if (!loaded.ok) {
        setAsideAtStartup(c.key, c.stored, "the scorecard in it could not be read: " + loaded.error);
        ++s.next;
        return;
    }
    // Adopting a closed tab's record: it moves into this tab's slot, which the tab keeps writing.
    if (c.key != m_key) m_store.move(c.key, m_key);
    for (std::size_t i = s.next + 1; i < s.readable.size(); ++i) m_others.push_back(s.readable[i].key);
    s.check.kind = StartupCheck::Kind::Restore;
    s.check.message = describeRestore(c.record, loaded.document, s.nowMs) + s.unreadableNote;
    s.check.more = m_others.size();
    s.check.unreadable.clear();
    s.check.record = std::move(c.record);
    s.check.loaded = std::move(loaded);
}

StartupCheck Autosaver::finishStartup() {
    if (!m_startup) return {};
    StartupCheck check = std::move(m_startup->check);
    const bool unreadable = !m_startup->unreadableNote.empty();
    m_startup.reset();
    if (check.kind != StartupCheck::Kind::Restore) {
        check.loaded = {};
        if (unreadable) check.kind = StartupCheck::Kind::Unreadable;
    }
    return check;
}

StartupCheck Autosaver::checkAtStart(const std::string& startCanonicalText, double nowMs) {
    beginStartup(startCanonicalText, nowMs);
    while (const AutosaveRecord* next = startupRecord()) startupLoaded(sc::loadDocument(next->text));
    return finishStartup();
}

void Autosaver::accept(const Snapshot& doc, const std::string& fileName, bool unsaved) {
    m_doc = doc;
    m_fileName = fileName;
    m_unsaved = unsaved;
}

Autosaver::Result Autosaver::update(const Snapshot& doc, const std::string& fileName, bool unsaved,
                                    const std::function<std::optional<std::string>()>& text, double nowMs,
                                    bool flush) {
    // Nothing is written while the start-up restore runs: the record being read is this tab's.
    if (!m_enabled || m_startup) return Result::Idle;
    if (doc == m_doc && fileName == m_fileName && unsaved == m_unsaved) {
        m_pending = false;  // back to what is stored (e.g. undone)
        return Result::Idle;
    }
    if (!m_pending || doc != m_seenDoc || fileName != m_seenName || unsaved != m_seenUnsaved) {
        if (!m_pending) m_pendingSinceMs = nowMs;
        m_pending = true;
        m_lastChangeMs = nowMs;
        m_seenDoc = doc;
        m_seenName = fileName;
        m_seenUnsaved = unsaved;
    }
    double wait = m_intervalMs;
    for (int i = 0; i < m_failures && wait < kAutosaveMaxRetryMs; ++i) wait *= 2.0;
    wait = std::min(wait, std::max(m_intervalMs, kAutosaveMaxRetryMs));
    if (!flush && m_attempted && nowMs - m_lastAttemptMs < wait) return Result::Idle;
    // A large document waits for a pause in the edits (see kLargeAutosaveBytes).
    if (!flush && m_failures == 0 && m_lastBytes >= kLargeAutosaveBytes &&
        nowMs - m_lastChangeMs < m_intervalMs && nowMs - m_pendingSinceMs < kAutosaveLargeMaxWaitMs)
        return Result::Idle;
    std::optional<std::string> written = text();
    if (!written) return Result::Idle;  // still being written: a later frame stores it
    m_attempted = true;
    m_lastAttemptMs = nowMs;

    AutosaveRecord record;
    record.fileName = fileName;
    record.text = std::move(*written);
    m_lastBytes = record.text.size();
    m_pending = false;
    record.savedAtMs = nowMs;
    record.unsaved = unsaved;
    if (!m_store.set(m_key, encodeAutosaveRecord(record))) {
        writeFailed("");
        return Result::Failed;
    }
    // An asynchronous store clears the warning only once the write is confirmed (writeConfirmed),
    // so a failing store's warning stays on screen between retries.
    if (!m_store.confirmsLater()) writeConfirmed();
    accept(doc, fileName, unsaved);
    return Result::Written;
}

void Autosaver::writeConfirmed() {
    m_warning.clear();
    m_failures = 0;
}

void Autosaver::writeFailed(const std::string& problem) {
    ++m_failures;
    m_doc.reset();  // nothing known to be stored: the next update writes again
    m_warning = "Autosave failed: this browser's storage is full or blocked" +
                (problem.empty() ? std::string() : " (" + problem + ")") +
                ", so your latest changes are only in this page. Download them as a file to keep them.";
}

bool Autosaver::discardStored() { return m_store.move(m_key, kDiscardedAutosaveKey); }

void Autosaver::forgetNextOther() {
    if (!m_others.empty()) m_others.erase(m_others.begin());
}

std::size_t Autosaver::discardOthers() {
    std::size_t setAside = 0;
    std::vector<std::string> kept;
    const std::string prefix = kAutosaveSlotPrefix;
    for (const std::string& key : m_others) {
        const std::string slot = key.rfind(prefix, 0) == 0 ? key.substr(prefix.size()) : std::string("v1");
        if (m_store.move(key, kDiscardedOthersPrefix + slot)) ++setAside;
        else kept.push_back(key);
    }
    m_others = std::move(kept);
    return setAside;
}

}  // namespace sc::web
