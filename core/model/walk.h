// Walking the whole document through its descriptions: every described object (an entity of
// a list, a table row, a nested object like a segment's customer model) is handed to a
// callback with the path that leads to it. Validation, reference queries and edits use this
// instead of one hand-written loop per list, so a list added to describe.h is covered at once.
// Paths are kept as frames and turned into text only when a message needs one (a clean table
// has a million rows).
#pragma once

#include <cstddef>
#include <string>
#include <type_traits>
#include <vector>

#include "model/describe.h"

namespace sc {

template <class T, class = void>
struct IsDescribed : std::false_type {};
template <class T>
struct IsDescribed<T, std::void_t<decltype(std::declval<T&>().extra)>> : std::true_type {};

template <class T>
struct ListElement {
    using type = void;
};
template <class T>
struct ListElement<std::vector<T>> {
    using type = T;
};
template <class T>
struct ListElement<SharedTable<T>> {
    using type = T;
};
// A list (std::vector or a big SharedTable) of described objects (promises, touchpoints, table
// rows), not of text.
template <class T>
inline constexpr bool kIsEntityList = IsDescribed<typename ListElement<T>::type>::value;

// One step from the document to an object: the key of the list or object that holds it, and
// for list items their position, id and display name (pointers into the document).
struct WalkFrame {
    std::string_view key;
    std::size_t index = static_cast<std::size_t>(-1);  // -1: a nested object, not a list item
    bool tableRow = false;
    std::string_view kind;  // EntityWords<T>::singular
    const std::string* id = nullptr;
    const std::string* name = nullptr;
    const void* object = nullptr;  // the object itself (identity only)
    bool isListItem() const { return index != static_cast<std::size_t>(-1); }
};
using WalkPath = std::vector<WalkFrame>;

template <class T>
const std::string* idMemberOf(const T& x) {
    if constexpr (std::is_base_of_v<Entity, T>) return &x.id;
    else if constexpr (std::is_same_v<T, DimensionLevel> || std::is_same_v<T, ChecklistItem>) return &x.id;
    else return nullptr;
}
template <class T>
const std::string* nameMemberOf(const T& x) {
    if constexpr (std::is_base_of_v<Entity, T> || std::is_same_v<T, DimensionLevel> ||
                  std::is_same_v<T, Contact>)
        return &x.name;
    else if constexpr (std::is_same_v<T, ChecklistItem>) return &x.label;
    else if constexpr (std::is_same_v<T, MaterialVersion>) return &x.version;
    else return nullptr;
}

namespace detail {

// kReadOnly: the walk was asked for on a const root, so the big tables are read as they are
// (shared rows are not copied); otherwise they are made the document's own first, since `fn`
// may change their rows.
template <class F, bool kReadOnly>
class Walker {
  public:
    Walker(F& fn, WalkPath& path) : m_fn(fn), m_path(path) {}

    template <class M>
    void field(const char* key, M& member, const FieldInfo&) {
        if constexpr (kIsEntityList<M>) {
            visitList(key, member, false);
        } else if constexpr (IsDescribed<M>::value && !std::is_same_v<M, LevelValue>) {
            WalkFrame frame;
            frame.key = key;
            frame.kind = EntityWords<M>::singular;
            frame.object = &member;
            m_path.push_back(frame);
            m_fn(member, m_path);
            describe(*this, member);
            m_path.pop_back();
        }
    }
    template <class T>
    void table(const char* key, SharedTable<T>& rows, const FieldInfo&) {
        if constexpr (kReadOnly) visitList(key, const_cast<std::vector<T>&>(rows.get()), true);
        else visitList(key, rows.mut(), true);
    }

  private:
    template <class T>
    void visitList(const char* key, std::vector<T>& items, bool tableRows) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            WalkFrame frame;
            frame.key = key;
            frame.index = i;
            frame.tableRow = tableRows;
            frame.kind = EntityWords<T>::singular;
            frame.id = idMemberOf(items[i]);
            frame.name = nameMemberOf(items[i]);
            frame.object = &items[i];
            m_path.push_back(frame);
            m_fn(items[i], m_path);
            if (!tableRows) describe(*this, items[i]);  // table rows hold no nested objects
            m_path.pop_back();
        }
    }

    F& m_fn;
    WalkPath& m_path;
};

}  // namespace detail

// Calls fn(object, path) for every described object below `root` (not root itself), parents
// before their children. `fn` is generic: [](auto& object, const WalkPath& path) {...}; it may
// change the object's fields but not the lists being walked.
template <class Root, class F>
void walkObjects(Root& root, F&& fn) {
    WalkPath path;
    detail::Walker<std::remove_reference_t<F>, false> walker(fn, path);
    describe(walker, root);
}
// The same over a root that is only read: `fn` must not change what it is handed (objects
// arrive non-const only because describe() is written once for both). Shared table rows stay
// shared.
template <class Root, class F>
void walkObjects(const Root& root, F&& fn) {
    WalkPath path;
    detail::Walker<std::remove_reference_t<F>, true> walker(fn, path);
    describe(walker, const_cast<Root&>(root));
}

namespace detail {
template <class F>
struct FieldCaller {
    F& fn;
    template <class M>
    void field(const char* key, M& member, const FieldInfo& info) {
        fn(key, member, info);
    }
    template <class R>
    void table(const char* key, SharedTable<R>& rows, const FieldInfo& info) {
        fn(key, rows, info);
    }
};
}  // namespace detail

// Calls fn(key, member, info) for each field of one object (its own, not its children's).
template <class T, class F>
void forEachField(T& object, F&& fn) {
    detail::FieldCaller<std::remove_reference_t<F>> visitor{fn};
    describe(visitor, object);
}

// "/promises/2/touchpoints/0": the JSON Pointer of the object at the end of `path` (table rows:
// "/deals/rows/5").
std::string pointerOf(const WalkPath& path);
// How messages name the object at the end of `path`: "touchpoint 'Landing page' of promise
// 'Try it now'", falling back to the id, then to the position ("deal in row 6").
std::string describePath(const WalkPath& path);

// The singular word for the items of the list stored under `listKey` anywhere in the document
// ("pairs" -> "product-channel pair", "steps" -> "channel step"); empty for an unknown key.
std::string_view entityKindOfList(std::string_view listKey);

}  // namespace sc
