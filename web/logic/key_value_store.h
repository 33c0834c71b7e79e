// Where autosave keeps its records: the browser's localStorage in the app (platform_web.cpp),
// a map in native tests. Any call may fail (storage full, blocked by policy): get returns
// nothing, set returns false; none of them throws.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace sc::web {

class KeyValueStore {
  public:
    virtual ~KeyValueStore() = default;
    virtual std::optional<std::string> get(const std::string& key) = 0;
    // False when the value was not stored (quota exceeded, storage disabled).
    virtual bool set(const std::string& key, const std::string& value) = 0;
    virtual void remove(const std::string& key) = 0;
    // Every stored key that starts with `prefix` (autosave's per-tab slots); a store that cannot
    // list its keys has none to offer.
    virtual std::vector<std::string> keys(const std::string& /*prefix*/) { return {}; }
    // Moves the value under `from` to `to` (replacing what `to` held). False, with `from` kept,
    // when it could not be stored under `to`; true when there was nothing to move. The page's
    // store does both in one IndexedDB transaction, so a write failing later loses nothing.
    virtual bool move(const std::string& from, const std::string& to) {
        const std::optional<std::string> value = get(from);
        if (!value) return true;
        if (!set(to, *value)) return false;
        remove(from);
        return true;
    }
    // True when set() only queues the write (IndexedDB): success is confirmed later, and a
    // failure reported later, so a warning must not be cleared by set() returning true.
    virtual bool confirmsLater() const { return false; }
};

}  // namespace sc::web
