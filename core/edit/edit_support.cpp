#include "edit/edit_support.h"

#include <cctype>
#include <unordered_set>

namespace sc::edit {

bool blankText(const std::string& s) {
    for (char c : s)
        if (!std::isspace(static_cast<unsigned char>(c))) return false;
    return true;
}

std::string capitalised(std::string s) {
    if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
    return s;
}

namespace {

// Calls fn(id) for the id of every object of `kind`; stops when fn returns true.
template <class F>
void forEachIdOf(const Document& doc, std::string_view kind, F&& fn) {
    bool stop = false;
    walkObjects(doc, [&](auto&, const WalkPath& path) {
        const WalkFrame& f = path.back();
        if (!stop && f.kind == kind && f.id && !f.id->empty()) stop = fn(*f.id);
    });
}

}  // namespace

bool hasObject(const Document& doc, std::string_view kind, const std::string& id) {
    bool found = false;
    forEachIdOf(doc, kind, [&](const std::string& x) { return found = (x == id); });
    return found;
}

std::string firstIdOf(const Document& doc, std::string_view kind) {
    std::string out;
    forEachIdOf(doc, kind, [&](const std::string& x) {
        out = x;
        return true;
    });
    return out;
}

std::string freshIdAvoiding(const Document& doc, std::string_view kind, std::string_view prefix,
                            const std::set<std::string>& alsoTaken) {
    std::unordered_set<std::string> used(alsoTaken.begin(), alsoTaken.end());
    forEachIdOf(doc, kind, [&](const std::string& x) {
        used.insert(x);
        return false;
    });
    const std::string base = prefix.empty() ? std::string("item") : std::string(prefix);
    for (std::size_t n = 1;; ++n) {
        std::string id = base + "-" + std::to_string(n);
        if (!used.count(id)) return id;
    }
}

std::string freshId(const Document& doc, std::string_view kind, std::string_view prefix) {
    return freshIdAvoiding(doc, kind, prefix, {});
}

}  // namespace sc::edit
