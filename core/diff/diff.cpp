#include "diff/diff.h"

#include <limits>
#include <type_traits>
#include <unordered_map>

#include "diff/field_pairs.h"
#include "diff/field_words.h"
#include "format/json_codec.h"
#include "merge/entity_kinds.h"
#include "model/walk.h"

namespace sc {

const char* diffKindName(DiffKind kind) {
    switch (kind) {
        case DiffKind::Added:
            return "added";
        case DiffKind::Removed:
            return "removed";
        case DiffKind::Changed:
            return "changed";
    }
    return "changed";
}

std::size_t DocumentDiff::count(DiffKind kind) const {
    std::size_t n = 0;
    for (const auto& c : changes) n += c.kind == kind;
    return n;
}

namespace {

constexpr std::size_t kNone = std::numeric_limits<std::size_t>::max();
constexpr const char* kDocumentGroup = "Scorecard";  // as describe() labels "info"

std::string pointerToken(std::string_view key) {
    std::string out;
    for (char c : key) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
    return out;
}

// One step from the document to the value being compared: an object key (a nested object or
// the field prefix of one), or a list item matched on both sides.
struct Frame {
    std::string_view key;    // the list's or object's key in the file
    std::string_view label;  // the list's or field's label ("Promises", "Customer model")
    std::string_view kind;   // an entity's kind; empty for a field prefix (a customer model)
    bool item = false, tableRow = false;
    std::size_t inA = kNone, inB = kNone;  // a list item's position on each side
    const std::string* id = nullptr;       // the entity's id, else naturalId
    std::string naturalId;
    const std::string* name = nullptr;
    bool isEntity() const { return !kind.empty(); }
    std::string idText() const { return id && !id->empty() ? *id : naturalId; }
};

class Differ {
  public:
    Differ(const Document& a, const Document& b, DocumentDiff& out) : m_wordsA(a), m_wordsB(b), m_out(out) {}

    template <class T>
    void compareObject(const T& x, const T& y) {
        diff::forEachFieldPair(
            x, y,
            [this](const char* key, const auto& mx, const auto& my, const FieldInfo& info,
                   std::size_t position, bool table) { compareMember(key, mx, my, info, position, table); });
        if constexpr (IsDescribed<T>::value) compareUnknown(x.extra, y.extra);
    }

    void compareLeftovers(const Document& a, const Document& b) {
        // Unreadable parts of a table (rows that are not lists, a newer version's keys): kept
        // whole by the format, compared whole here.
        auto words = [](const TableLeftovers* t) -> std::string {
            if (!t || (t->keys.empty() && t->rows.empty())) return diff::kNotSet;
            return std::to_string(t->rows.size()) + " unreadable rows, " + std::to_string(t->keys.size()) +
                   " other keys";
        };
        auto same = [](const TableLeftovers* x, const TableLeftovers* y) {
            const bool xe = !x || (x->keys.empty() && x->rows.empty()),
                       ye = !y || (y->keys.empty() && y->rows.empty());
            if (xe || ye) return xe == ye;
            return x->keys == y->keys && x->rows == y->rows;
        };
        auto find = [](const Document& d, const std::string& table) -> const TableLeftovers* {
            auto it = d.tableLeftovers.find(table);
            return it == d.tableLeftovers.end() ? nullptr : &it->second;
        };
        std::vector<std::string> tables;
        for (const auto& [table, _] : b.tableLeftovers) tables.push_back(table);
        for (const auto& [table, _] : a.tableLeftovers)
            if (!b.tableLeftovers.count(table)) tables.push_back(table);
        for (const auto& table : tables) {
            const TableLeftovers *x = find(a, table), *y = find(b, table);
            if (same(x, y)) continue;
            reportChanged(table, table + " (unreadable part)", words(x), words(y), "/" + pointerToken(table));
        }
    }

  private:
    template <class M>
    void compareMember(const char* key, const M& x, const M& y, const FieldInfo& info, std::size_t position,
                       bool table) {
        if constexpr (kIsEntityList<M>) {
            compareList(key, rowsOf(x), rowsOf(y), info, table);
        } else if constexpr (IsDescribed<M>::value && !std::is_same_v<M, LevelValue>) {
            // At the top (info, readiness, rules of engagement) a nested object is an entity of
            // its own; inside an entity (a segment's customer model), a prefix of its fields.
            Frame f;
            f.key = key;
            f.label = info.label;
            if (!insideEntity()) f.kind = EntityWords<M>::singular;
            m_path.push_back(std::move(f));
            compareObject(x, y);
            m_path.pop_back();
        } else if constexpr (std::is_same_v<M, LevelMap>) {
            compareLevels(key, x, y, info);
        } else {
            if (x == y || info.kind == FieldKind::Id) return;
            // A table row's cell is named by its column, whose position is the field's.
            const bool cell = !m_path.empty() && m_path.back().tableRow;
            reportChanged(key, std::string(info.label), m_wordsA.of(x, info), m_wordsB.of(y, info),
                          fieldPointer(cell ? std::to_string(position) : pointerToken(key)));
        }
    }

    bool insideEntity() const {
        for (const Frame& f : m_path)
            if (f.isEntity()) return true;
        return false;
    }

    // The key that matches an item across the two lists: its id; else the merge's natural key
    // (merge/entity_kinds.h: contacts by name, versions by version, acknowledgements by
    // partner and version); else its position. `display` gets the natural key.
    template <class T>
    static std::string matchKey(const std::string& listKey, const T& item, std::size_t position,
                                std::string& display) {
        const std::string* id = idMemberOf(item);
        if (id && !id->empty()) return "#" + *id;
        Json probe = Json::object();  // the item's text fields: all a natural key is made of
        forEachField(const_cast<T&>(item), [&probe](const char* key, const auto& member, const FieldInfo&) {
            if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::string>)
                if (!member.empty()) probe[key] = member;
        });
        merge::ItemIdentity identity = merge::identityOf(listKey, probe);
        if (identity.key.empty() || identity.key[0] == '=') return "=" + std::to_string(position);
        display = identity.id;
        return identity.key;
    }

    // Keys of one list; a key repeated within it (an invalid file's duplicate id) gets its
    // occurrence number, so the n-th repeats pair up, as in the merge.
    template <class T>
    static std::vector<std::string> keysOf(const std::string& listKey, const std::vector<T>& items,
                                           std::vector<std::string>& display) {
        std::vector<std::string> keys(items.size());
        display.assign(items.size(), std::string());
        std::unordered_map<std::string_view, std::size_t> seen;  // views of first occurrences, never changed
        seen.reserve(items.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            keys[i] = matchKey(listKey, items[i], i, display[i]);
            const std::size_t n = seen[std::string_view(keys[i])]++;
            if (n > 0) keys[i] += "\x1e" + std::to_string(n);
        }
        return keys;
    }

    template <class T>
    void compareList(const char* key, const std::vector<T>& xs, const std::vector<T>& ys,
                     const FieldInfo& info, bool table) {
        if (xs.empty() && ys.empty()) return;
        const std::string listKey = key;
        std::vector<std::string> displayA, displayB;
        const std::vector<std::string> keysA = keysOf(listKey, xs, displayA);
        const std::vector<std::string> keysB = keysOf(listKey, ys, displayB);
        std::unordered_map<std::string_view, std::size_t> indexA;
        indexA.reserve(keysA.size());
        for (std::size_t i = 0; i < keysA.size(); ++i) indexA.emplace(keysA[i], i);
        std::vector<bool> matched(xs.size(), false);

        auto push = [&](std::size_t inA, std::size_t inB) {
            const T& item = inB != kNone ? ys[inB] : xs[inA];
            Frame f;
            f.key = key;
            f.label = info.label;
            f.kind = EntityWords<T>::singular;
            f.item = true;
            f.tableRow = table;
            f.inA = inA;
            f.inB = inB;
            f.id = idMemberOf(item);
            f.naturalId = inB != kNone ? displayB[inB] : displayA[inA];
            f.name = nameMemberOf(item);
            m_path.push_back(std::move(f));
        };
        // B's items in B's order: added, or compared with A's.
        for (std::size_t i = 0; i < ys.size(); ++i) {
            auto it = indexA.find(keysB[i]);
            push(it == indexA.end() ? kNone : it->second, i);
            if (it == indexA.end()) {
                reportEntity(DiffKind::Added);
            } else {
                matched[it->second] = true;
                compareObject(xs[it->second], ys[i]);
            }
            m_path.pop_back();
        }
        // Then A's items B does not have, in A's order.
        for (std::size_t i = 0; i < xs.size(); ++i) {
            if (matched[i]) continue;
            push(i, kNone);
            reportEntity(DiffKind::Removed);
            m_path.pop_back();
        }
    }

    void compareLevels(const char* key, const LevelMap& x, const LevelMap& y, const FieldInfo& info) {
        auto same = [](const LevelValue& p, const LevelValue& q) {
            return p.level == q.level && p.number == q.number;
        };
        auto one = [&](const std::string& dim, const LevelValue* p, const LevelValue* q) {
            if (p && q && same(*p, *q)) return;
            std::string name = m_wordsB.dimensionName(dim);
            if (name == dim) name = m_wordsA.dimensionName(dim);
            reportChanged(std::string(key) + "/" + dim, std::string(info.label) + ": " + name,
                          m_wordsA.level(dim, p), m_wordsB.level(dim, q),
                          fieldPointer(pointerToken(key) + "/" + pointerToken(dim)));
        };
        for (const auto& [dim, value] : y) {
            auto it = x.find(dim);
            one(dim, it == x.end() ? nullptr : &it->second, &value);
        }
        for (const auto& [dim, value] : x)
            if (!y.count(dim)) one(dim, &value, nullptr);
    }

    void compareUnknown(const Json& x, const Json& y) {
        if (x == y) return;
        auto one = [&](const std::string& key, const Json* p, const Json* q) {
            if (p && q && *p == *q) return;
            reportChanged(key, key, m_wordsA.ofUnknown(p), m_wordsB.ofUnknown(q),
                          fieldPointer(pointerToken(key)));
        };
        auto member = [](const Json& object, const std::string& key) -> const Json* {
            if (!object.is_object()) return nullptr;
            auto it = object.find(key);
            return it == object.end() ? nullptr : &*it;
        };
        if (y.is_object())
            for (auto it = y.begin(); it != y.end(); ++it) one(it.key(), member(x, it.key()), &it.value());
        if (x.is_object())
            for (auto it = x.begin(); it != x.end(); ++it)
                if (!member(y, it.key())) one(it.key(), &it.value(), nullptr);
    }

    // ---- Reporting ----

    // The innermost entity on the path (kNone: the document itself).
    std::size_t entityAt() const {
        for (std::size_t i = m_path.size(); i-- > 0;)
            if (m_path[i].isEntity()) return i;
        return kNone;
    }

    std::string pointer(bool inA, std::size_t frames) const {
        std::string out;
        for (std::size_t i = 0; i < frames; ++i) {
            const Frame& f = m_path[i];
            out += "/" + std::string(f.key);
            if (f.tableRow) out += "/rows";
            if (f.item) out += "/" + std::to_string(inA ? f.inA : f.inB);
        }
        return out;
    }
    std::string fieldPointer(const std::string& token) const {
        return pointer(false, m_path.size()) + "/" + token;
    }

    DiffChange describedChange(DiffKind kind) const {
        DiffChange c;
        c.kind = kind;
        // Grouped under the outermost list, else the top-level object ("Scorecard").
        const Frame* list = nullptr;
        for (const Frame& f : m_path)
            if (f.item && !list) list = &f;
        if (list) c.group = std::string(list->label);
        else if (!m_path.empty()) c.group = std::string(m_path[0].label);
        else c.group = kDocumentGroup;  // the document's own unknown keys
        const std::size_t at = entityAt();
        if (at == kNone) {
            c.entity = std::string(EntityWords<Document>::singular);
            return c;
        }
        const Frame& e = m_path[at];
        c.entity = std::string(e.kind);
        c.id = e.idText();
        if (e.name) c.name = *e.name;
        for (std::size_t i = at; i-- > 0;) {
            const Frame& f = m_path[i];
            if (!f.item) continue;
            std::string holder(f.kind);
            const std::string id = f.idText();
            if (f.name && !f.name->empty())
                holder += " " + diff::inQuotes(*f.name) + (id.empty() ? "" : " (" + id + ")");
            else if (!id.empty()) holder += " " + id;
            c.owner += (c.owner.empty() ? "" : " of ") + holder;
        }
        return c;
    }

    void reportEntity(DiffKind kind) {
        DiffChange c = describedChange(kind);
        c.pointer = pointer(kind == DiffKind::Removed, m_path.size());
        m_out.changes.push_back(std::move(c));
    }

    void reportChanged(const std::string& key, const std::string& label, std::string from, std::string to,
                       std::string pointer) {
        DiffChange c = describedChange(DiffKind::Changed);
        // The keys and labels between the entity and the field: "customer_model/needs".
        const std::size_t at = entityAt();
        for (std::size_t i = at == kNone ? 0 : at + 1; i < m_path.size(); ++i) {
            c.field += std::string(m_path[i].key) + "/";
            c.label += std::string(m_path[i].label) + ": ";
        }
        c.field += key;
        c.label += label;
        c.from = std::move(from);
        c.to = std::move(to);
        c.pointer = std::move(pointer);
        m_out.changes.push_back(std::move(c));
    }

    diff::FieldWords m_wordsA, m_wordsB;
    DocumentDiff& m_out;
    std::vector<Frame> m_path;
};

}  // namespace

DocumentDiff diffDocuments(const Document& a, const Document& b) {
    DocumentDiff out;
    Differ differ(a, b, out);
    differ.compareObject(a, b);
    differ.compareLeftovers(a, b);
    return out;
}

}  // namespace sc
