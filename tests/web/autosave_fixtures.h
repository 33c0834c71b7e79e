// Test fixtures for autosave (web/logic/autosave): an in-memory store that can refuse writes
// like a full localStorage, small documents and their stored records.
#pragma once

#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "logic/autosave.h"

namespace sc::web::test {

// The storage key of a tab's autosave slot.
inline std::string slot(const std::string& id) { return sc::web::autosaveSlotKey(id); }

struct MapStore : sc::web::KeyValueStore {
    std::map<std::string, std::string> values;
    bool full = false;   // every set() fails, like QuotaExceededError
    bool async = false;  // set() only queues the write (IndexedDB)
    int writes = 0;
    bool confirmsLater() const override { return async; }
    std::optional<std::string> get(const std::string& key) override {
        const auto it = values.find(key);
        if (it == values.end()) return std::nullopt;
        return it->second;
    }
    bool set(const std::string& key, const std::string& value) override {
        if (full) return false;
        ++writes;
        values[key] = value;
        return true;
    }
    void remove(const std::string& key) override { values.erase(key); }
};

// A store that lists its keys (the slots of other tabs).
struct ListingStore : MapStore {
    std::vector<std::string> keys(const std::string& prefix) override {
        std::vector<std::string> out;
        for (const auto& [key, value] : values)
            if (key.rfind(prefix, 0) == 0) out.push_back(key);
        return out;
    }
};

inline sc::web::Autosaver::Snapshot doc(const std::string& title) {
    sc::Document d;
    d.info.title = title;
    return std::make_shared<const sc::Document>(std::move(d));
}

inline std::string canonical(const std::string& title) { return sc::saveDocument(*doc(title)); }

inline std::string record(const std::string& title, bool unsaved, double at = 1000.0) {
    sc::web::AutosaveRecord r;
    r.fileName = title + ".scorecard.json";
    r.text = canonical(title);
    r.savedAtMs = at;
    r.unsaved = unsaved;
    return sc::web::encodeAutosaveRecord(r);
}

inline std::function<std::string()> textOf(const sc::web::Autosaver::Snapshot& d) {
    return [d] { return sc::saveDocument(*d); };
}

}  // namespace sc::web::test
