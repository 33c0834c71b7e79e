// Autosave records and decisions (see autosave.h).
#include "logic/autosave.h"

#include <algorithm>
#include <cmath>
#include <ctime>

namespace sc::web {

namespace {

constexpr const char* kFormat = "alignment-scorecard-autosave";
constexpr int kVersion = 1;

std::string plural(long long n, const char* unit) {
    return std::to_string(n) + " " + unit + (n == 1 ? "" : "s") + " ago";
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

StartupCheck Autosaver::checkAtStart(const std::string& startCanonicalText, double nowMs) {
    StartupCheck check;
    const std::optional<std::string> stored = m_store.get(kAutosaveKey);
    if (!stored) return check;

    std::string problem;
    std::optional<AutosaveRecord> record = decodeAutosaveRecord(*stored, problem);
    sc::LoadResult loaded;
    if (record) {
        loaded = sc::loadDocument(record->text);
        if (!loaded.ok) problem = "the scorecard in it could not be read: " + loaded.error;
    }
    if (record && loaded.ok) {
        if (!record->unsaved && sc::saveDocument(loaded.document) == startCanonicalText) return check;
        check.kind = StartupCheck::Kind::Restore;
        const std::string when = describeSavedAt(record->savedAtMs, nowMs);
        const std::string name = record->fileName.empty() ? "an untitled scorecard" : record->fileName;
        check.message = record->unsaved ? "Restored your unsaved work from " + when + ": " + name + "."
                                        : "Restored " + name + " from your last session, " + when + ".";
        check.record = std::move(*record);
        check.loaded = std::move(loaded);
        return check;
    }

    check.kind = StartupCheck::Kind::Unreadable;
    check.unreadable = *stored;
    const std::string backupKey =
        kUnreadableAutosavePrefix + std::to_string(static_cast<long long>(std::llround(nowMs)));
    if (m_store.set(backupKey, *stored)) {
        m_store.remove(kAutosaveKey);
        check.message = "Your autosaved work could not be opened (" + problem +
                        "). It is kept in this browser's storage under \"" + backupKey +
                        "\"; the start sample is shown.";
    } else {
        m_enabled = false;
        check.message = "Your autosaved work could not be opened (" + problem +
                        ") and could not be copied aside, so it stays under \"" + std::string(kAutosaveKey) +
                        "\" and autosave is off for this session. Use File > Save to keep your work.";
    }
    return check;
}

void Autosaver::accept(const Snapshot& doc, const std::string& fileName, bool unsaved) {
    m_doc = doc;
    m_fileName = fileName;
    m_unsaved = unsaved;
}

Autosaver::Result Autosaver::update(const Snapshot& doc, const std::string& fileName, bool unsaved,
                                    const std::function<std::string()>& text, double nowMs, bool flush) {
    if (!m_enabled) return Result::Idle;
    if (doc == m_doc && fileName == m_fileName && unsaved == m_unsaved) return Result::Idle;
    double wait = m_intervalMs;
    for (int i = 0; i < m_failures && wait < kAutosaveMaxRetryMs; ++i) wait *= 2.0;
    wait = std::min(wait, std::max(m_intervalMs, kAutosaveMaxRetryMs));
    if (!flush && m_attempted && nowMs - m_lastAttemptMs < wait) return Result::Idle;
    m_attempted = true;
    m_lastAttemptMs = nowMs;

    AutosaveRecord record;
    record.fileName = fileName;
    record.text = text();
    record.savedAtMs = nowMs;
    record.unsaved = unsaved;
    if (!m_store.set(kAutosaveKey, encodeAutosaveRecord(record))) {
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

bool Autosaver::discardStored() {
    const std::optional<std::string> stored = m_store.get(kAutosaveKey);
    if (stored) {
        if (!m_store.set(kDiscardedAutosaveKey, *stored)) return false;
        m_store.remove(kAutosaveKey);
    }
    return true;
}

}  // namespace sc::web
