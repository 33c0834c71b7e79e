// Where autosave keeps its records: the browser's localStorage in the app (platform_web.cpp),
// a map in native tests. Any call may fail (storage full, blocked by policy): get returns
// nothing, set returns false; none of them throws.
#pragma once

#include <optional>
#include <string>

namespace sc::web {

class KeyValueStore {
  public:
    virtual ~KeyValueStore() = default;
    virtual std::optional<std::string> get(const std::string& key) = 0;
    // False when the value was not stored (quota exceeded, storage disabled).
    virtual bool set(const std::string& key, const std::string& value) = 0;
    virtual void remove(const std::string& key) = 0;
    // True when set() only queues the write (IndexedDB): success is confirmed later, and a
    // failure reported later, so a warning must not be cleared by set() returning true.
    virtual bool confirmsLater() const { return false; }
};

}  // namespace sc::web
