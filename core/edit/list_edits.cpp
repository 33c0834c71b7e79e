// addItem, duplicateItem, moveItem and their queries: items of any described list.
#include <algorithm>
#include <set>

#include "edit/edit_support.h"
#include "edit/edits.h"

namespace sc::edit {

namespace {

// The required references of a new T that have no value yet: (key, target kind).
template <class T>
std::vector<std::pair<std::string, std::string_view>> requiredReferences(T& probe) {
    std::vector<std::pair<std::string, std::string_view>> out;
    forEachField(probe, [&](const char* key, auto&, const FieldInfo& info) {
        if (info.kind == FieldKind::Reference && info.required()) out.emplace_back(key, info.target);
    });
    return out;
}

template <class T>
std::string listWhat() {
    return std::string(EntityWords<T>::singular);
}

// Gives `object` and every object it holds a fresh id (a duplicate must not share ids).
template <class T>
void renewIds(const Document& doc, T& object, std::set<std::string>& taken) {
    const auto renew = [&](auto& o) {
        using O = std::decay_t<decltype(o)>;
        if constexpr (std::is_base_of_v<Entity, O> || std::is_same_v<O, DimensionLevel> ||
                      std::is_same_v<O, ChecklistItem>) {
            if (o.id.empty()) return;
            const std::string id =
                freshIdAvoiding(doc, EntityWords<O>::singular, EntityWords<O>::idPrefix, taken);
            taken.insert(id);
            o.id = id;
        }
    };
    renew(object);
    walkObjects(object, [&](auto& o, const WalkPath&) { renew(o); });
}

}  // namespace

std::string whyCannotAdd(const Document& doc, const Address& parent, const std::string& listKey) {
    std::string why;
    const bool found = visitList(doc, parent, listKey, [&](auto& list, const FieldInfo&) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        T probe;
        for (const auto& [key, target] : requiredReferences(probe)) {
            (void)key;
            if (firstIdOf(doc, target).empty()) {
                why = "add a " + std::string(target) + " first: every " + listWhat<T>() + " belongs to a " +
                      std::string(target);
                return;
            }
        }
    });
    if (!found) return "there is nothing to add to there";
    return why;
}

EditResult addItem(const Document& doc, const Address& parent, const std::string& listKey,
                   const std::vector<std::pair<std::string, FieldValue>>& initial, const std::string& now) {
    const std::string why = whyCannotAdd(doc, parent, listKey);
    if (!why.empty()) return refused(doc, capitalised(why));
    Document out = doc;
    std::string newId;
    std::size_t position = 0;
    visitList(out, parent, listKey, [&](auto& list, const FieldInfo&) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        T item;
        if (std::string* id = const_cast<std::string*>(idMemberOf(item))) {
            newId = freshId(doc, EntityWords<T>::singular, EntityWords<T>::idPrefix);
            *id = newId;
        }
        if (std::string* name = const_cast<std::string*>(nameMemberOf(item)))
            *name = "New " + std::string(EntityWords<T>::singular);
        if constexpr (std::is_base_of_v<Entity, T>) item.created = item.updated = now;
        for (const auto& [key, target] : requiredReferences(item)) {
            const std::string first = firstIdOf(doc, target);
            forEachField(item, [&, k = key](const char* fk, auto& member, const FieldInfo&) {
                if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::string>)
                    if (k == fk) member = first;
            });
        }
        position = list.size();
        list.push_back(std::move(item));
    });
    const std::string id = newId.empty() ? "#" + std::to_string(position) : newId;
    const Address at = child(parent, listKey, id);
    for (const auto& [key, value] : initial) {
        EditResult set = setField(out, at, key, value, now);
        if (!set.ok) return refused(doc, set.error);
        out = std::move(set.document);
    }
    return accepted(std::move(out), newId);
}

std::string addItemLabel(const Document& doc, const Address& parent, const std::string& listKey) {
    std::string what = listKey;
    visitList(doc, parent, listKey, [&](auto& list, const FieldInfo&) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        what = listWhat<T>();
    });
    const std::string where = describeAddress(doc, parent);
    return "Add " + what + (where.empty() ? "" : " to " + where);
}

EditResult duplicateItem(const Document& doc, const Address& a, const std::string& now) {
    if (a.empty()) return refused(doc, "the scorecard itself cannot be duplicated");
    Document out = doc;
    std::string newId;
    bool found = false;
    visitList(out, parentOf(a), a.back().key, [&](auto& list, const FieldInfo&) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        const std::size_t at = indexOfItem(list, a.back().id);
        if (at == static_cast<std::size_t>(-1)) return;
        found = true;
        T copy = list[at];
        std::set<std::string> taken;
        renewIds(doc, copy, taken);
        if (const std::string* id = idMemberOf(copy)) newId = *id;
        if (std::string* name = const_cast<std::string*>(nameMemberOf(copy)))
            if (!name->empty()) *name += " (copy)";
        if constexpr (std::is_base_of_v<Entity, T>) copy.created = copy.updated = now;
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(at + 1), std::move(copy));
    });
    if (!found) return refused(doc, "that item no longer exists (it was removed or undone)");
    return accepted(std::move(out), newId);
}

std::string duplicateItemLabel(const Document& doc, const Address& a) {
    return "Duplicate " + describeAddress(doc, a);
}

namespace {

// The item's index and the list's size; npos when the address is not a list item.
std::pair<std::size_t, std::size_t> placeOf(const Document& doc, const Address& a) {
    std::pair<std::size_t, std::size_t> out{static_cast<std::size_t>(-1), 0};
    if (a.empty()) return out;
    visitList(doc, parentOf(a), a.back().key, [&](auto& list, const FieldInfo&) {
        out = {indexOfItem(list, a.back().id), list.size()};
    });
    return out;
}

}  // namespace

bool canMove(const Document& doc, const Address& a, int delta) {
    const auto [at, size] = placeOf(doc, a);
    if (at == static_cast<std::size_t>(-1) || delta == 0) return false;
    const long long to = static_cast<long long>(at) + delta;
    return to >= 0 && to < static_cast<long long>(size);
}

EditResult moveItem(const Document& doc, const Address& a, int delta) {
    if (!canMove(doc, a, delta))
        return refused(doc, capitalised(describeAddress(doc, a)) + " cannot move " +
                                (delta < 0 ? "up" : "down") + " any further");
    Document out = doc;
    visitList(out, parentOf(a), a.back().key, [&](auto& list, const FieldInfo&) {
        const std::size_t at = indexOfItem(list, a.back().id);
        const std::size_t to = static_cast<std::size_t>(static_cast<long long>(at) + delta);
        auto item = std::move(list[at]);
        list.erase(list.begin() + static_cast<std::ptrdiff_t>(at));
        list.insert(list.begin() + static_cast<std::ptrdiff_t>(to), std::move(item));
    });
    return accepted(std::move(out), a.back().id);
}

std::string moveItemLabel(const Document& doc, const Address& a, int delta) {
    return std::string(delta < 0 ? "Move up " : "Move down ") + describeAddress(doc, a);
}

}  // namespace sc::edit
