#include "edit/address.h"

namespace sc::edit {

Address child(Address parent, std::string key, std::string id) {
    parent.push_back({std::move(key), std::move(id)});
    return parent;
}

Address parentOf(Address a) {
    if (!a.empty()) a.pop_back();
    return a;
}

std::string describeAddress(const Document& doc, const Address& a) {
    // Rebuild the walk path along the address, so the words are the walk's own.
    WalkPath path;
    const Document& d = doc;  // only read: shared table rows stay shared
    std::string out;
    for (std::size_t depth = 1; depth <= a.size(); ++depth) {
        const Address prefix(a.begin(), a.begin() + static_cast<std::ptrdiff_t>(depth));
        WalkFrame frame;
        frame.key = a[depth - 1].key;
        const bool found = visitAt(d, prefix, [&](auto& object) {
            using T = std::decay_t<decltype(object)>;
            if constexpr (!std::is_same_v<T, Document>) {
                frame.kind = EntityWords<T>::singular;
                frame.id = idMemberOf(object);
                frame.name = nameMemberOf(object);
            }
        });
        if (!found) return {};
        if (!a[depth - 1].id.empty()) frame.index = 0;  // a list item; its position is not shown
        path.push_back(frame);
    }
    return describePath(path);
}

}  // namespace sc::edit
