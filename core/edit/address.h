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
#include <utility>
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
// The same in a big table, read as it is (shared rows are not copied).
template <class T>
std::size_t indexOfItem(const SharedTable<T>& items, const std::string& id) {
    return indexOfItem(items.get(), id);
}

namespace detail {

// kReadOnly: the document is only read, so an item of a big table is reached without making
// the table's shared rows the document's own (which a write needs, and a read must not pay for).
template <bool kReadOnly, class T, class F>
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
            if (at == static_cast<std::size_t>(-1)) return;
            if constexpr (kReadOnly) {
                using Item = typename ListElement<M>::type;
                found = visitIn<kReadOnly>(const_cast<Item&>(std::as_const(member)[at]), a, i + 1, fn);
            } else {
                found = visitIn<kReadOnly>(member[at], a, i + 1, fn);
            }
        } else if constexpr (IsDescribed<M>::value && !std::is_same_v<M, LevelValue>) {
            if (a[i].id.empty()) found = visitIn<kReadOnly>(member, a, i + 1, fn);
        }
    });
    return found;
}

}  // namespace detail

// Calls fn(object) with the object at `a` (generic: [](auto& object) {...}); false when the
// address leads nowhere. An empty address is the document itself.
// On a const document `fn` must only read (the object arrives non-const only because the
// descriptions are written once for both).
template <class F>
bool visitAt(Document& doc, const Address& a, F&& fn) {
    return detail::visitIn<false>(doc, a, 0, fn);
}
template <class F>
bool visitAt(const Document& doc, const Address& a, F&& fn) {
    return detail::visitIn<true>(const_cast<Document&>(doc), a, 0, fn);
}

// Calls fn(list, info) with the list stored under `listKey` in the object at `parent`
// (generic over the element type: a std::vector or a big SharedTable); false when there is no
// such list. On a const document `fn` must only read the list.
template <class D, class F>
bool visitList(D& doc, const Address& parent, const std::string& listKey, F&& fn) {
    static_assert(std::is_same_v<std::remove_const_t<D>, Document>, "a document");
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
