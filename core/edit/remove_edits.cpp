// removeItem and referencesTo: removing an item and, on request, what refers to it. Which
// fields refer to what, and whether a referrer goes with its target or only loses the link,
// comes from the field descriptions (FieldInfo::target, onRemove); levels on a removed
// dimension (or a removed level of one) are cleared from every promise and channel.
#include <algorithm>
#include <map>
#include <set>
#include <string_view>
#include <utility>

#include "edit/edit_support.h"
#include "edit/edits.h"

namespace sc::edit {

namespace {

using KindId = std::pair<std::string, std::string>;

struct Plan {
    std::set<KindId> gone;                                     // (kind, id) of every removed object
    std::set<std::pair<std::string, std::string>> goneLevels;  // (dimension id, level id)
    std::set<const void*> marked;                              // objects to erase
    std::vector<Reference> refs;
    std::vector<const void*> refObjects;                     // refs[i] is held by this object
    std::set<std::pair<const void*, std::string>> recorded;  // (object, field) already listed
};

bool goneRef(const Plan& plan, std::string_view kind, const std::string& id) {
    return !id.empty() && plan.gone.count({std::string(kind), id});
}

// Marks `object` (at `path`) for removal, with everything it holds.
template <class T>
void mark(Plan& plan, T& object, const WalkPath& path) {
    plan.marked.insert(&object);
    const WalkFrame& f = path.back();
    if (f.id && !f.id->empty()) plan.gone.insert({std::string(f.kind), *f.id});
    if constexpr (std::is_same_v<T, Dimension>)
        for (const auto& l : object.levels) plan.goneLevels.insert({object.id, l.id});
    walkObjects(object, [&](auto&, const WalkPath& innerPath) {
        const WalkFrame& g = innerPath.back();
        if (g.id && !g.id->empty()) plan.gone.insert({std::string(g.kind), *g.id});
    });
}

bool insideMarked(const Plan& plan, const WalkPath& path) {
    for (const WalkFrame& f : path)
        if (plan.marked.count(f.object)) return true;
    return false;
}

void record(Plan& plan, const WalkPath& path, const void* object, const char* key, const std::string& what,
            bool removed) {
    if (!plan.recorded.insert({object, key}).second) return;
    plan.refs.push_back(
        {pointerOf(path), describePath(path) + ", by its " + what, removed, std::string(path.back().kind)});
    plan.refObjects.push_back(object);
}

// Ids are unique only within their own list (two promises may each have a touchpoint "lp"):
// an id still held by an object that stays is not gone, and links to it stay.
void pruneNamesakes(const Document& doc, Plan& plan) {
    walkObjects(doc, [&](auto&, const WalkPath& path) {
        const WalkFrame& f = path.back();
        if (f.id && !f.id->empty() && !insideMarked(plan, path))
            plan.gone.erase({std::string(f.kind), *f.id});
    });
}

// One pass over the document: marks what must go with what is already gone and records the
// links that will be cleared. True when it marked something new.
bool spread(const Document& doc, Plan& plan) {
    bool changed = false;
    walkObjects(doc, [&](auto& object, const WalkPath& path) {
        if (insideMarked(plan, path)) return;
        bool goes = false;
        std::string why;
        forEachField(object, [&](const char* key, auto& member, const FieldInfo& info) {
            using M = std::decay_t<decltype(member)>;
            if (goes) return;
            const std::string what = labelInSentence(info.label);
            if constexpr (std::is_same_v<M, std::string>) {
                if (info.kind != FieldKind::Reference || !goneRef(plan, info.target, member)) return;
                if (info.onRemove == OnRemove::Remove) {
                    goes = true;
                    why = what;
                } else {
                    record(plan, path, &object, key, what, false);
                }
            } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
                if (info.kind != FieldKind::ReferenceList) return;
                for (const auto& id : member)
                    if (goneRef(plan, info.target, id)) record(plan, path, &object, key, what, false);
            } else if constexpr (std::is_same_v<M, LevelMap>) {
                for (const auto& [dimension, value] : member)
                    if (goneRef(plan, "dimension", dimension) ||
                        plan.goneLevels.count({dimension, value.level}))
                        record(plan, path, &object, key, "level on dimension '" + dimension + "'", false);
            }
        });
        if (goes) {
            record(plan, path, &object, "", why, true);
            mark(plan, object, path);
            changed = true;
        }
    });
    return changed;
}

// Calls fn(key, table) for each big table of the document.
template <class F>
struct TableCaller {
    F& fn;
    template <class M>
    void field(const char*, M&, const FieldInfo&) {}
    template <class T>
    void table(const char* key, SharedTable<T>& rows, const FieldInfo&) {
        fn(std::string_view(key), rows);
    }
};
template <class F>
void forEachTable(Document& doc, F&& fn) {
    TableCaller<std::remove_reference_t<F>> caller{fn};
    describe(caller, doc);
}

// Whether clearLinks() changes a field of `object`.
template <class T>
bool hasLinkToClear(T& object, const Plan& plan) {
    bool found = false;
    forEachField(object, [&](const char*, auto& member, const FieldInfo& info) {
        using M = std::decay_t<decltype(member)>;
        if constexpr (std::is_same_v<M, std::string>) {
            found = found || (info.kind == FieldKind::Reference && goneRef(plan, info.target, member));
        } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
            if (info.kind == FieldKind::ReferenceList)
                for (const auto& id : member) found = found || goneRef(plan, info.target, id);
        } else if constexpr (std::is_same_v<M, LevelMap>) {
            for (const auto& [dimension, value] : member)
                found = found || goneRef(plan, "dimension", dimension) ||
                        plan.goneLevels.count({dimension, value.level}) > 0;
        }
    });
    return found;
}

void clearLinksIn(Document& doc, const Plan& plan);

// Empties the links to removed objects (and levels on removed dimensions or levels). A big
// table none of whose rows links to a removed object is set aside during the walk, so its rows
// stay shared with the document before the edit instead of being copied for nothing.
void clearLinks(Document& doc, const Plan& plan) {
    std::set<std::string_view> written;
    walkObjects(std::as_const(doc), [&](auto& object, const WalkPath& path) {
        if (path.size() == 1 && path[0].tableRow && !written.count(path[0].key) &&
            hasLinkToClear(object, plan))
            written.insert(path[0].key);
    });
    Document aside;
    const auto swapUnwritten = [&] {
        forEachTable(doc, [&](std::string_view key, auto& rows) {
            if (written.count(key)) return;
            forEachTable(aside, [&](std::string_view asideKey, auto& asideRows) {
                if constexpr (std::is_same_v<decltype(rows), decltype(asideRows)>)
                    if (asideKey == key) rows.swap(asideRows);
            });
        });
    };
    swapUnwritten();
    clearLinksIn(doc, plan);
    swapUnwritten();
}

void clearLinksIn(Document& doc, const Plan& plan) {
    walkObjects(doc, [&](auto& object, const WalkPath&) {
        forEachField(object, [&](const char*, auto& member, const FieldInfo& info) {
            using M = std::decay_t<decltype(member)>;
            if constexpr (std::is_same_v<M, std::string>) {
                if (info.kind == FieldKind::Reference && goneRef(plan, info.target, member)) member.clear();
            } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
                if (info.kind == FieldKind::ReferenceList)
                    member.erase(
                        std::remove_if(member.begin(), member.end(),
                                       [&](const std::string& id) { return goneRef(plan, info.target, id); }),
                        member.end());
            } else if constexpr (std::is_same_v<M, LevelMap>) {
                for (auto it = member.begin(); it != member.end();) {
                    if (goneRef(plan, "dimension", it->first) ||
                        plan.goneLevels.count({it->first, it->second.level}))
                        it = member.erase(it);
                    else ++it;
                }
            }
        });
    });
}

// Erases every marked object from its list, at every depth.
struct Eraser {
    const Plan& plan;
    template <class M>
    void field(const char*, M& member, const FieldInfo&) {
        if constexpr (kIsEntityList<M>) {
            eraseMarked(member);
            for (auto& item : member) describe(*this, item);
        } else if constexpr (IsDescribed<M>::value && !std::is_same_v<M, LevelValue>) {
            describe(*this, member);
        }
    }
    template <class T>
    void table(const char*, SharedTable<T>& rows, const FieldInfo&) {
        // The plan points into the rows as they are, which may be shared with the document
        // before the edit: the rows to erase are found there, and only a table that loses one
        // gets rows of its own (a copy, elsewhere in memory) to erase them from.
        const std::vector<T>& read = rows.get();
        std::vector<bool> erase(read.size(), false);
        bool any = false;
        for (std::size_t i = 0; i < read.size(); ++i) {
            erase[i] = plan.marked.count(&read[i]) > 0;
            any = any || erase[i];
        }
        if (!any) return;
        std::vector<T>& own = rows.mut();
        std::size_t kept = 0;
        for (std::size_t i = 0; i < own.size(); ++i)
            if (!erase[i]) {
                if (kept != i) own[kept] = std::move(own[i]);
                ++kept;
            }
        own.resize(kept);
    }
    template <class T>
    void eraseMarked(std::vector<T>& items) {
        items.erase(
            std::remove_if(items.begin(), items.end(), [&](const T& x) { return plan.marked.count(&x) > 0; }),
            items.end());
    }
};

// Plans the removal of the item at `a` in `doc` (which the plan's pointers then refer to).
// Only reads `doc`: a big table's rows stay shared (the plan points into them).
bool plan(const Document& doc, const Address& a, Plan& p) {
    if (a.empty()) return false;
    bool found = false;
    WalkPath targetPath;
    // The walk finds the item again to get its frame (kind, id) the way spread() sees it.
    const void* target = nullptr;
    visitAt(doc, a, [&](auto& object) { target = &object; });
    if (!target) return false;
    walkObjects(doc, [&](auto& object, const WalkPath& path) {
        if (&object != target) return;
        found = true;
        mark(p, object, path);
        using T = std::decay_t<decltype(object)>;
        if constexpr (std::is_same_v<T, DimensionLevel>) {
            // A level: the dimension holding it is the frame above it.
            const WalkFrame& dim = path[path.size() - 2];
            if (dim.id) p.goneLevels.insert({*dim.id, object.id});
        }
    });
    if (!found) return false;
    pruneNamesakes(doc, p);
    while (spread(doc, p)) pruneNamesakes(doc, p);
    // A link is not "cleared" when its holder is removed anyway.
    std::vector<Reference> kept;
    for (std::size_t i = 0; i < p.refs.size(); ++i)
        if (p.refs[i].removed || !p.marked.count(p.refObjects[i])) kept.push_back(p.refs[i]);
    p.refs = std::move(kept);
    return true;
}

}  // namespace

std::vector<Reference> referencesTo(const Document& doc, const Address& a) {
    Plan p;
    plan(doc, a, p);
    return p.refs;
}

std::string referencesText(const std::vector<Reference>& refs) {
    std::string out;
    for (const auto& r : refs)
        out += "- " + r.description + (r.removed ? " (removed too)" : " (the link is cleared)") + "\n";
    return out;
}

namespace {

std::string plural(const std::string& word, std::size_t n) {
    if (n == 1) return word;
    const auto ends = [&](const char* s) {
        const std::string e(s);
        return word.size() >= e.size() && word.compare(word.size() - e.size(), e.size(), e) == 0;
    };
    if (ends("ch") || ends("sh") || ends("s") || ends("x")) return word + "es";
    if (ends("y") && word.size() > 1 && std::string("aeiou").find(word[word.size() - 2]) == std::string::npos)
        return word.substr(0, word.size() - 1) + "ies";
    return word + "s";
}

}  // namespace

std::string referencesSummary(const std::vector<Reference>& refs) {
    if (refs.empty()) return {};
    std::vector<std::pair<std::string, std::size_t>> removed;  // kind, count, in first-seen order
    std::size_t cleared = 0;
    for (const auto& r : refs) {
        if (!r.removed) {
            ++cleared;
            continue;
        }
        auto it =
            std::find_if(removed.begin(), removed.end(), [&](const auto& k) { return k.first == r.kind; });
        if (it == removed.end()) removed.emplace_back(r.kind, 1);
        else ++it->second;
    }
    std::string out;
    for (std::size_t i = 0; i < removed.size(); ++i) {
        out += i == 0 ? "" : i + 1 == removed.size() ? " and " : ", ";
        out += std::to_string(removed[i].second) + " " + plural(removed[i].first, removed[i].second);
    }
    const std::string links = std::to_string(cleared) + " link" + (cleared == 1 ? "" : "s");
    if (out.empty()) return "Removing it clears " + links + ".";
    return "Removing it also removes " + out + (cleared ? ", and clears " + links : "") + ".";
}

EditResult removeItem(const Document& doc, const Address& a, bool withReferences) {
    if (a.empty()) return refused(doc, "the scorecard itself cannot be removed");
    if (a.back().id.empty()) return refused(doc, "only items of a list can be removed");
    Document out = doc;
    Plan p;
    if (!plan(out, a, p)) return refused(doc, "that item no longer exists (it was removed or undone)");
    if (!p.refs.empty() && !withReferences)
        return refused(doc, capitalised(describeAddress(doc, a)) + " is still used by:\n" +
                                referencesText(p.refs) + "Remove it together with these, or keep it.");
    // Erase first: the plan points into the rows as they are now, and clearing links may give
    // a big table rows of its own (elsewhere in memory).
    Eraser eraser{p};
    describe(eraser, out);
    clearLinks(out, p);
    return accepted(std::move(out), a.back().id);
}

std::string removeItemLabel(const Document& doc, const Address& a) {
    return "Remove " + describeAddress(doc, a);
}

}  // namespace sc::edit
