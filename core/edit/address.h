// Where an object of the document is: the steps from the document down to it, each the key of
// a list (or nested object) and, for list items, the item's id. {"channels","ch-1"},
// {"steps","st-2"} is the second step of channel ch-1; {"priority_model",""} the weights;
// {"segments","smb"},{"customer_model",""} a segment's customer model. Items without an id
// (contacts) are addressed by position: "#3" is the fourth. Ids, not positions, so an address
// taken before an edit still finds the same item after others were added or moved.
#pragma once

#include <cstddef>
#include <string>
#include <type_traits>
#include <vector>

#include "model/walk.h"

namespace sc::edit {

struct Step {
    std::string key;
    std::string id;  // empty: a nested object, not a list item
};
using Address = std::vector<Step>;

// The address of the list item `id` under `key`, below `parent`.
Address child(Address parent, std::string key, std::string id = {});
// The address without its last step (the object that holds the list).
Address parentOf(Address a);

// The index of the item `id` in `items`: by its id, or by "#n"; npos when absent.
template <class T>
std::size_t indexOfItem(const std::vector<T>& items, const std::string& id) {
    if (id.size() > 1 && id[0] == '#') {
        std::size_t n = 0;
        for (std::size_t i = 1; i < id.size(); ++i) {
            if (id[i] < '0' || id[i] > '9') return static_cast<std::size_t>(-1);
            n = n * 10 + static_cast<std::size_t>(id[i] - '0');
        }
        return n < items.size() ? n : static_cast<std::size_t>(-1);
    }
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string* own = idMemberOf(items[i]);
        if (own && *own == id) return i;
    }
    return static_cast<std::size_t>(-1);
}

namespace detail {

template <class F>
bool visitAt(Document& doc, const Address& a, std::size_t i, F& fn);

template <class T, class F>
bool visitIn(T& object, const Address& a, std::size_t i, F& fn) {
    if (i == a.size()) {
        fn(object);
        return true;
    }
    bool found = false;
    forEachField(object, [&](const char* key, auto& member, const FieldInfo&) {
        using M = std::decay_t<decltype(member)>;
        if (found || a[i].key != key) return;
        if constexpr (kIsEntityList<M>) {
            const std::size_t at = indexOfItem(member, a[i].id);
            if (at != static_cast<std::size_t>(-1)) found = visitIn(member[at], a, i + 1, fn);
        } else if constexpr (IsDescribed<M>::value && !std::is_same_v<M, LevelValue>) {
            if (a[i].id.empty()) found = visitIn(member, a, i + 1, fn);
        }
    });
    return found;
}

}  // namespace detail

// Calls fn(object) with the object at `a` (generic: [](auto& object) {...}); false when the
// address leads nowhere. An empty address is the document itself.
template <class F>
bool visitAt(Document& doc, const Address& a, F&& fn) {
    return detail::visitIn(doc, a, 0, fn);
}
template <class F>
bool visitAt(const Document& doc, const Address& a, F&& fn) {
    return detail::visitIn(const_cast<Document&>(doc), a, 0, fn);
}

// Calls fn(list, info) with the list stored under `listKey` in the object at `parent`
// (generic over the element type); false when there is no such list.
template <class F>
bool visitList(Document& doc, const Address& parent, const std::string& listKey, F&& fn) {
    bool found = false;
    visitAt(doc, parent, [&](auto& object) {
        forEachField(object, [&](const char* key, auto& member, const FieldInfo& info) {
            using M = std::decay_t<decltype(member)>;
            if constexpr (kIsEntityList<M>) {
                if (!found && listKey == key) {
                    found = true;
                    fn(member, info);
                }
            }
        });
    });
    return found;
}

// "segment 'SMB'", "channel step 'Demo call' of channel 'Direct sales'": how the object at
// `a` is named in labels and messages; empty when the address leads nowhere.
std::string describeAddress(const Document& doc, const Address& a);

}  // namespace sc::edit
