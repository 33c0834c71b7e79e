#include "merge/tree_merge.h"

#include <algorithm>
#include <limits>
#include <unordered_map>

#include "format/json_codec.h"
#include "merge/entity_kinds.h"
#include "merge/table_form.h"
#include "merge/value_words.h"
#include "validation/finding.h"

namespace sc::merge {
namespace {

constexpr std::size_t kAbsent = std::numeric_limits<std::size_t>::max();

// One step of the path from the root to the value being merged: an object key (or a table
// cell: its column name and index), or a list item with its index in the merged list and in
// each side's list. `slot` is its index in the unresolved list, which keeps a place for every
// conflicting item, also one the preferred side deletes (merged then counts without it).
struct Frame {
    std::string key;             // object key or column name; empty for a list item
    std::size_t cell = kAbsent;  // a table cell's column index (the pointer's token)
    bool item = false;
    std::size_t merged = kAbsent, ours = kAbsent, theirs = kAbsent, slot = kAbsent;
    std::string kind, id, name;  // for a list item: what it is
};

Frame keyFrame(const std::string& key, std::size_t cell = kAbsent) {
    Frame f;
    f.key = key;
    f.cell = cell;
    return f;
}

// The columns of a table whose rows are merged in row form, cell by cell.
struct RowLayout {
    std::vector<std::string> columns;
    std::size_t idColumn = kAbsent, nameColumn = kAbsent;
};

using KeyIndex = std::unordered_map<std::string, std::size_t>;

bool same(const Json* a, const Json* b) {
    if (!a || !b) return a == b;
    return *a == *b;
}

const Json* member(const Json* object, const std::string& key) {
    if (!object || !object->is_object()) return nullptr;
    auto it = object->find(key);
    return it == object->end() ? nullptr : &*it;
}
Json* member(Json* object, const std::string& key) {
    return const_cast<Json*>(member(static_cast<const Json*>(object), key));
}

std::string nameIn(const Json* item, const RowLayout* rows) {
    // A row in row form has its name in a column; an entity (or a row in object form) in "name".
    const Json* name = nullptr;
    if (rows && item && item->is_array()) {
        if (rows->nameColumn < item->size()) name = &(*item)[rows->nameColumn];
    } else {
        name = member(item, "name");
    }
    return name && name->is_string() ? name->get<std::string>() : "";
}

// A whole entity in words: its name, or for a table row without one, "row <id>".
std::string entityInWords(const Json& item, const RowLayout* rows) {
    if (!rows || !item.is_array()) return valueInWords(&item);
    const std::string name = nameIn(&item, rows);
    if (!name.empty()) return "'" + name + "'";
    const Json* id = rows->idColumn < item.size() ? &item[rows->idColumn] : nullptr;
    return id && id->is_string() ? "row " + id->get<std::string>() : valueInWords(&item);
}

// A row-layout table whose sides all have the same columns: its rows merge cell by cell.
// (merge.cpp turns tables whose columns differ into object form first.)
bool sameColumns(const Json* b, const Json& o, const Json& t, RowLayout& layout) {
    const Json* oc = member(&o, "columns");
    if (!oc || !oc->is_array() || !same(oc, member(&t, "columns"))) return false;
    if (b && !same(oc, member(b, "columns"))) return false;
    for (const auto& c : *oc) {
        if (!c.is_string()) return false;
        layout.columns.push_back(c.get<std::string>());
    }
    auto find = [&](const char* name) {
        auto it = std::find(layout.columns.begin(), layout.columns.end(), name);
        return it == layout.columns.end() ? kAbsent : static_cast<std::size_t>(it - layout.columns.begin());
    };
    layout.idColumn = find("id");
    layout.nameColumn = find("name");
    return true;
}

class TreeMerger {
  public:
    TreeMerger(MergeSide prefer, std::vector<MergeConflict>& conflicts)
        : m_prefer(prefer), m_conflicts(conflicts) {}

    // Merges one value (nullptr: not set on that side) into `out`; false when the result is
    // not set. Ours' and theirs' values are moved from, never read again. `selfKey` is the key
    // the value is stored under (a table's name for its rows). `rows` with `rowList` says the
    // value is a table's list of rows in row form; `rows` alone, that it is one such row. A
    // conflict leaves a placeholder (null) where its choice goes (resolve.h) and returns true.
    bool mergeValue(const Json* b, Json* o, Json* t, bool haveBase, const std::string& selfKey, Json& out,
                    const RowLayout* rows = nullptr, bool rowList = false) {
        if (same(o, t)) return take(o, out);
        if (haveBase && same(b, o)) return take(t, out);
        if (haveBase && same(b, t)) return take(o, out);
        // "updated" says when, not what: both sides touching an entity is no conflict; the
        // later time is kept (ISO 8601 UTC strings order as text).
        if (selfKey == "updated" && o && t && o->is_string() && t->is_string())
            return take(o->get_ref<const std::string&>() < t->get_ref<const std::string&>() ? t : o, out);
        if (o && t && o->is_object() && t->is_object() && (!b || b->is_object())) {
            out = mergeObject(b, *o, *t, haveBase && b, selfKey);
            return true;
        }
        if (o && t && o->is_array() && t->is_array() && (!b || b->is_array())) {
            if (!rows || rowList) {
                out = mergeList(b, *o, *t, haveBase && b, selfKey, rows);
                return true;
            }
            const std::size_t width = rows->columns.size();
            if (o->size() == width && t->size() == width && (!b || b->size() == width)) {
                out = mergeRow(b, *o, *t, haveBase && b, *rows);
                return true;
            }
            // A row of another width than its table (an invalid file): compared whole.
        }
        report(haveBase ? ConflictKind::ChangedOnBothSides : ConflictKind::AddedOnBothSides,
               haveBase ? valueInWords(b) : "", valueInWords(o), valueInWords(t), o, t,
               /*wholeEntity=*/false);
        out = Json();
        return true;
    }

  private:
    static bool take(Json* value, Json& out) {
        if (!value) return false;
        out = std::move(*value);
        return true;
    }

    Json mergeObject(const Json* b, Json& o, Json& t, bool haveBase, const std::string& selfKey) {
        Json out = Json::object();
        RowLayout layout;
        const bool rowTable = !tableColumns(selfKey).empty() && sameColumns(b, o, t, layout);
        auto mergeKey = [&](const std::string& key) {
            // A table's rows are named after the table, not "rows" (in row and object form).
            const bool tableRows = key == "rows" && (rowTable || o.contains(kObjectRowsMarker));
            m_path.push_back(keyFrame(key));
            Json merged;
            const bool rowList = tableRows && rowTable;
            if (mergeValue(member(b, key), member(&o, key), member(&t, key), haveBase,
                           tableRows ? selfKey : key, merged, rowList ? &layout : nullptr, rowList))
                out[key] = std::move(merged);
            m_path.pop_back();
        };
        std::vector<std::string> keys;
        for (auto it = o.begin(); it != o.end(); ++it) keys.push_back(it.key());
        // Theirs' new keys after ours'; keys neither side has any more are gone.
        for (auto it = t.begin(); it != t.end(); ++it)
            if (!o.contains(it.key())) keys.push_back(it.key());
        for (const auto& key : keys) mergeKey(key);
        return out;
    }

    // One table row in row form: cell by cell, each cell a field named by its column.
    Json mergeRow(const Json* b, Json& o, Json& t, bool haveBase, const RowLayout& rows) {
        Json out = Json::array();
        for (std::size_t c = 0; c < rows.columns.size(); ++c) {
            m_path.push_back(keyFrame(rows.columns[c], c));
            Json merged;  // not set (both sides cleared a cell) is written as null, as the writer does
            mergeValue(b ? &(*b)[c] : nullptr, &o[c], &t[c], haveBase, rows.columns[c], merged);
            out.push_back(std::move(merged));
            m_path.pop_back();
        }
        return out;
    }

    // Item identities of one side's list; a key repeated within a list (an invalid file with a
    // duplicate id) gets its occurrence number, so the n-th repeats pair up.
    static std::vector<ItemIdentity> identities(const Json& list, const std::string& listKey,
                                                const RowLayout* rows, KeyIndex& index) {
        std::vector<ItemIdentity> ids;
        ids.reserve(list.size());
        index.reserve(list.size());
        std::unordered_map<std::string, std::size_t> repeats;
        for (std::size_t i = 0; i < list.size(); ++i) {
            ItemIdentity id = identityOf(listKey, list[i], rows ? rows->idColumn : kAbsent);
            if (!index.emplace(id.key, i).second) {
                id.key += "\x1e" + std::to_string(++repeats[id.key]);
                index.emplace(id.key, i);
            }
            ids.push_back(std::move(id));
        }
        return ids;
    }

    static std::size_t indexOf(const KeyIndex& index, const std::string& key) {
        auto it = index.find(key);
        return it == index.end() ? kAbsent : it->second;
    }

    Json mergeList(const Json* b, Json& o, Json& t, bool haveBase, const std::string& listKey,
                   const RowLayout* rows) {
        KeyIndex baseIndex, oursIndex, theirsIndex;
        if (b && haveBase) identities(*b, listKey, rows, baseIndex);
        const auto oursIds = identities(o, listKey, rows, oursIndex);
        const auto theirsIds = identities(t, listKey, rows, theirsIndex);
        const std::string kind = entityKindOf(listKey);
        Json out = Json::array();
        std::size_t dropped = 0;  // placeholders in `out` for items the preferred side deletes
        // Ours in its order: kept, merged with theirs, or deleted by theirs.
        for (std::size_t i = 0; i < o.size(); ++i) {
            const ItemIdentity& id = oursIds[i];
            const std::size_t bi = haveBase ? indexOf(baseIndex, id.key) : kAbsent;
            const std::size_t ti = indexOf(theirsIndex, id.key);
            const Json* bItem = bi == kAbsent ? nullptr : &(*b)[bi];
            Json* tItem = ti == kAbsent ? nullptr : &t[ti];
            Json& oItem = o[i];
            // The common cases first, without building a path: most rows of a large table.
            if (!tItem && !bItem) {
                out.push_back(std::move(oItem));  // added by ours
                continue;
            }
            if (tItem && (oItem == *tItem || (bItem && *bItem == *tItem))) {
                out.push_back(std::move(oItem));
                continue;
            }
            if (tItem && bItem && *bItem == oItem) {
                out.push_back(std::move(*tItem));
                continue;
            }
            if (!tItem && *bItem == oItem) continue;  // deleted by theirs, unchanged by ours
            std::string name = nameIn(&oItem, rows);
            if (name.empty()) name = nameIn(tItem, rows);
            pushItemFrame(out.size() - dropped, out.size(), i, ti, kind, id.id, std::move(name));
            if (!tItem) keepChangedOrDelete(*bItem, oItem, MergeSide::Ours, rows, out, dropped);
            else if (bItem) pushMerged(bItem, oItem, *tItem, true, listKey, rows, out);
            else mergeAddedTwice(id, oItem, *tItem, listKey, rows, out);
            m_path.pop_back();
        }
        // Then theirs' items ours does not have, in theirs' order: added, or deleted by ours.
        for (std::size_t i = 0; i < t.size(); ++i) {
            const ItemIdentity& id = theirsIds[i];
            if (oursIndex.count(id.key)) continue;
            const std::size_t bi = haveBase ? indexOf(baseIndex, id.key) : kAbsent;
            if (bi == kAbsent) {
                out.push_back(std::move(t[i]));  // added by theirs
                continue;
            }
            if ((*b)[bi] == t[i]) continue;  // deleted by ours, unchanged by theirs
            pushItemFrame(out.size() - dropped, out.size(), kAbsent, i, kind, id.id, nameIn(&t[i], rows));
            keepChangedOrDelete((*b)[bi], t[i], MergeSide::Theirs, rows, out, dropped);
            m_path.pop_back();
        }
        return out;
    }

    void pushItemFrame(std::size_t merged, std::size_t slot, std::size_t ours, std::size_t theirs,
                       const std::string& kind, const std::string& id, std::string name) {
        Frame f;
        f.item = true;
        f.merged = merged;
        f.slot = slot;
        f.ours = ours;
        f.theirs = theirs;
        f.kind = kind;
        f.id = id;
        f.name = std::move(name);
        m_path.push_back(std::move(f));
    }

    void pushMerged(const Json* b, Json& o, Json& t, bool haveBase, const std::string& listKey,
                    const RowLayout* rows, Json& out) {
        Json merged;
        mergeValue(b, &o, &t, haveBase, listKey, merged, rows);
        out.push_back(std::move(merged));
    }

    // `keptBy` still has the item, changed; the other side deleted it: a conflict, settled by
    // the preferred side (reported where it lands; its placeholder is kept either way).
    void keepChangedOrDelete(const Json& b, Json& item, MergeSide keptBy, const RowLayout* rows, Json& out,
                             std::size_t& dropped) {
        if (m_prefer != keptBy) m_path.back().merged = kAbsent;
        const std::string changed = changesInWords(b, item, rows ? &rows->columns : nullptr);
        report(ConflictKind::DeletedAndChanged, entityInWords(b, rows),
               keptBy == MergeSide::Ours ? changed : "deleted",
               keptBy == MergeSide::Theirs ? changed : "deleted", keptBy == MergeSide::Ours ? &item : nullptr,
               keptBy == MergeSide::Theirs ? &item : nullptr,
               /*wholeEntity=*/true);
        out.push_back(Json());
        if (m_prefer != keptBy) ++dropped;
    }

    // The same identity added on both sides with different content: different things under
    // one id (different names) conflict whole; otherwise field by field with no base.
    void mergeAddedTwice(const ItemIdentity& id, Json& o, Json& t, const std::string& listKey,
                         const RowLayout* rows, Json& out) {
        if (id.byId && nameIn(&o, rows) != nameIn(&t, rows)) {
            report(ConflictKind::DuplicateId, "", entityInWords(o, rows), entityInWords(t, rows), &o, &t,
                   /*wholeEntity=*/true);
            out.push_back(Json());
            return;
        }
        pushMerged(nullptr, o, t, false, listKey, rows, out);
    }

    void report(ConflictKind kind, std::string base, std::string ours, std::string theirs,
                const Json* oursValue, const Json* theirsValue, bool wholeEntity) {
        MergeConflict c;
        c.kind = kind;
        c.base = std::move(base);
        c.ours = std::move(ours);
        c.theirs = std::move(theirs);
        c.kept = m_prefer;
        if (oursValue) c.oursValue = *oursValue;
        if (theirsValue) c.theirsValue = *theirsValue;
        for (const Frame& f : m_path) {
            c.slot += "/" + (f.item              ? std::to_string(f.slot)
                             : f.cell != kAbsent ? std::to_string(f.cell)
                                                 : pointerToken(f.key));
            if (!f.item) c.keyPath.push_back(f.key);
        }
        if (!m_path.empty())
            c.slotKind = m_path.back().item              ? MergeConflict::Slot::Item
                         : m_path.back().cell != kAbsent ? MergeConflict::Slot::Cell
                                                         : MergeConflict::Slot::Key;
        // The innermost list item is the entity; the keys after it are the field.
        std::size_t entityAt = kAbsent;
        for (std::size_t i = 0; i < m_path.size(); ++i)
            if (m_path[i].item) entityAt = i;
        if (entityAt == kAbsent) {
            c.entityKind = "document";
        } else {
            c.entityKind = m_path[entityAt].kind;
            c.entityId = m_path[entityAt].id;
            c.entityName = m_path[entityAt].name;
        }
        if (!wholeEntity)
            for (std::size_t i = entityAt == kAbsent ? 0 : entityAt + 1; i < m_path.size(); ++i)
                c.field += (c.field.empty() ? "" : "/") + m_path[i].key;
        c.pointerIn = "merged";
        for (const Frame& f : m_path)
            if (f.item && f.merged == kAbsent) c.pointerIn = f.ours != kAbsent ? "ours" : "theirs";
        for (const Frame& f : m_path) {
            if (f.item) {
                const std::size_t at = c.pointerIn == "merged" ? f.merged
                                       : c.pointerIn == "ours" ? f.ours
                                                               : f.theirs;
                c.pointer += "/" + std::to_string(at);
            } else {
                c.pointer += "/" + (f.cell != kAbsent ? std::to_string(f.cell) : pointerToken(f.key));
            }
        }
        m_conflicts.push_back(std::move(c));
    }

    MergeSide m_prefer;
    std::vector<MergeConflict>& m_conflicts;
    std::vector<Frame> m_path;
};

}  // namespace

Json mergeTrees(const Json* base, Json& ours, Json& theirs, MergeSide prefer,
                std::vector<MergeConflict>& conflicts) {
    TreeMerger merger(prefer, conflicts);
    Json out;
    if (!merger.mergeValue(base, &ours, &theirs, base != nullptr, "", out)) out = Json::object();
    return out;
}

}  // namespace sc::merge
