#include "merge/entity_kinds.h"

#include "model/walk.h"

namespace sc::merge {

std::string entityKindOf(const std::string& listKey) {
    // The words come from the field descriptions (model/describe.h), like everyone else's.
    const std::string_view kind = entityKindOfList(listKey);
    return kind.empty() ? "item of '" + listKey + "'" : std::string(kind);
}

namespace {

const std::string* textAt(const Json& item, const char* key) {
    auto it = item.find(key);
    if (it == item.end() || !it->is_string() || it->get_ref<const std::string&>().empty()) return nullptr;
    return &it->get_ref<const std::string&>();
}

}  // namespace

ItemIdentity identityOf(const std::string& listKey, const Json& item, std::size_t idColumn) {
    if (item.is_array() && idColumn < item.size()) {
        const Json& id = item[idColumn];
        if (id.is_string() && !id.get_ref<const std::string&>().empty())
            return {"#" + id.get_ref<const std::string&>(), id.get<std::string>(), true};
    }
    // The separators cannot occur in a JSON dump's first character, so the three key spaces
    // (id, natural key, content) never collide.
    if (item.is_object()) {
        if (const std::string* id = textAt(item, "id")) return {"#" + *id, *id, true};
        // Lists whose items have no id but a natural one the format keeps unique.
        if (listKey == "contacts")
            if (const std::string* name = textAt(item, "name")) return {"@" + *name, *name, false};
        if (listKey == "versions")
            if (const std::string* version = textAt(item, "version"))
                return {"@" + *version, *version, false};
        if (listKey == "acknowledgements") {
            const std::string* partner = textAt(item, "partner_id");
            const std::string* version = textAt(item, "version");
            if (partner && version)
                return {"@" + *partner + "\x1f" + *version, *partner + " v" + *version, false};
        }
    }
    return {"=" + item.dump(), "", false};
}

}  // namespace sc::merge
