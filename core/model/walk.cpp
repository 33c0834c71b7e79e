#include "model/walk.h"

#include <map>

namespace sc {

std::string pointerOf(const WalkPath& path) {
    std::string out;
    for (const WalkFrame& f : path) {
        out += '/';
        out += f.key;  // describe() keys never need JSON Pointer escaping
        if (f.tableRow) out += "/rows";
        if (f.isListItem()) out += "/" + std::to_string(f.index);
    }
    return out;
}

namespace {

std::string frameName(const WalkFrame& f) {
    const std::string kind(f.kind);
    if (f.name && !f.name->empty()) return kind + " '" + *f.name + "'";
    if (f.id && !f.id->empty()) return kind + " '" + *f.id + "'";
    if (!f.isListItem()) return kind;
    return kind + (f.tableRow ? " in row " : " #") + std::to_string(f.index + 1);
}

}  // namespace

std::string describePath(const WalkPath& path) {
    std::string out;
    // The innermost list item first, then the list items that hold it; nested objects (a
    // customer model) are named only when they are the object itself.
    for (std::size_t i = path.size(); i-- > 0;) {
        const WalkFrame& f = path[i];
        if (!f.isListItem() && i + 1 != path.size()) continue;
        if (!out.empty()) out += " of ";
        out += frameName(f);
    }
    return out;
}

namespace {

// Walks the descriptions of the types (on default-constructed probes), not a document.
struct ListKindCollector {
    std::map<std::string_view, std::string_view> kinds;
    template <class M>
    void field(const char* key, M&, const FieldInfo&) {
        if constexpr (kIsEntityList<M>) {
            using T = typename ListElement<M>::type;
            kinds.emplace(key, EntityWords<T>::singular);
            T probe;
            describe(*this, probe);
        } else if constexpr (IsDescribed<M>::value && !std::is_same_v<M, LevelValue>) {
            M probe;
            describe(*this, probe);
        }
    }
    template <class T>
    void table(const char* key, SharedTable<T>&, const FieldInfo&) {
        kinds.emplace(key, EntityWords<T>::singular);
    }
};

}  // namespace

std::string_view entityKindOfList(std::string_view listKey) {
    static const std::map<std::string_view, std::string_view> kinds = [] {
        ListKindCollector c;
        Document probe;
        describe(c, probe);
        return c.kinds;
    }();
    auto it = kinds.find(listKey);
    return it == kinds.end() ? std::string_view() : it->second;
}

}  // namespace sc
