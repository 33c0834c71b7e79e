// Writing a Document as its canonical JSON tree, driven by describe.h (json_codec.h); reading
// the tree back is json_reader.cpp.
#include "format/json_codec.h"
#include "format/canonical_json.h"
#include "format/column_lister.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string_view>
#include <type_traits>

#include "model/describe.h"

namespace sc {

std::string pointerToken(const std::string& key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

namespace {

// ---------------------------------------------------------------- writing

Json writeValue(const std::string& s) { return s; }
Json writeValue(std::int64_t n) { return n; }
Json writeValue(bool b) { return b; }
Json writeValue(double d) {
    // Integral values are written as integers so hand-written "30" stays "30".
    if (std::isfinite(d) && std::floor(d) == d && std::fabs(d) < 9007199254740992.0)
        return static_cast<std::int64_t>(d);
    return d;
}
Json writeValue(const std::optional<double>& d) { return d ? writeValue(*d) : Json(nullptr); }
// Not set: null, which the object writer omits; 0 is a value and is written.
Json writeValue(const std::optional<std::int64_t>& n) { return n ? Json(*n) : Json(nullptr); }
Json writeValue(const LevelMap& levels) {
    Json out = Json::object();
    for (const auto& [dim, value] : levels)
        out[dim] = value.number ? writeValue(*value.number) : Json(value.level);
    return out;
}
Json writeValue(const std::vector<std::string>& items) {
    Json out = Json::array();
    for (const auto& s : items) out.push_back(s);
    return out;
}
template <class T>
Json writeObject(const T& x);
template <class T>
Json writeValue(const std::vector<T>& items) {
    Json out = Json::array();
    for (const auto& item : items) out.push_back(writeObject(item));
    return out;
}
template <class T, class = decltype(std::declval<T>().extra)>
Json writeValue(const T& x) {
    return writeObject(x);
}

bool isEmptyValue(const Json& j) {
    return (j.is_string() && j.get_ref<const std::string&>().empty()) || (j.is_array() && j.empty()) ||
           (j.is_object() && j.empty()) || j.is_null();
}

void appendExtra(Json& out, const Json& extra) {
    std::vector<std::string> keys;
    for (auto it = extra.begin(); it != extra.end(); ++it) keys.push_back(it.key());
    std::sort(keys.begin(), keys.end());
    for (const auto& k : keys) out[k] = extra.at(k);  // overrides a known key's default
}

class RowWriter;

class ObjectWriter {
  public:
    ObjectWriter(Json& out, const Json& extra,
                 const std::map<std::string, TableLeftovers>* leftovers = nullptr)
        : m_out(out), m_extra(extra), m_leftovers(leftovers) {}
    // Tables of more than `minRows` rows get an empty "rows" list; their rows go to `deferred`.
    void deferRowsTo(std::vector<DeferredRows>& deferred, std::size_t minRows) {
        m_deferred = &deferred;
        m_deferMinRows = minRows;
    }
    template <class T>
    void field(const char* key, const T& member, const FieldInfo& info) {
        // A value of the wrong type was kept in extra: write it back where the key belongs,
        // so a file that fails validation keeps its key order too.
        auto kept = m_extra.find(key);
        if (kept != m_extra.end()) {
            m_out[key] = *kept;
            return;
        }
        Json value = writeValue(member);
        if (info.required() || !isEmptyValue(value)) m_out[key] = std::move(value);
    }
    template <class T>
    void table(const char* key, const SharedTable<T>& rows, const FieldInfo&);

  private:
    Json& m_out;
    const Json& m_extra;
    const std::map<std::string, TableLeftovers>* m_leftovers;  // the document's, when writing it
    std::vector<DeferredRows>* m_deferred = nullptr;
    std::size_t m_deferMinRows = 0;
};

class RowWriter {
  public:
    explicit RowWriter(Json& row) : m_row(row) {}
    template <class T>
    void field(const char*, const T& member, const FieldInfo&) {
        m_row.push_back(writeValue(member));
    }

  private:
    Json& m_row;
};

template <class T>
Json writeObject(const T& x) {
    Json out = Json::object();
    ObjectWriter w(out, x.extra);
    describe(w, const_cast<T&>(x));
    appendExtra(out, x.extra);
    return out;
}

// One row of a table as a list in `columns` order: the known columns (describe order), a value of
// the wrong type kept in extra in its column's place, then the unknown columns (null where the
// row has none).
template <class T>
Json tableRow(const T& r, const std::vector<std::string>& names, const Json& columns) {
    Json row = Json::array();
    RowWriter rw(row);
    describe(rw, const_cast<T&>(r));
    for (std::size_t c = 0; c < names.size(); ++c) {
        auto it = r.extra.find(names[c]);
        if (it != r.extra.end()) row[c] = *it;
    }
    for (std::size_t c = names.size(); c < columns.size(); ++c) {
        auto it = r.extra.find(columns[c].template get<std::string>());
        row.push_back(it != r.extra.end() ? *it : Json(nullptr));
    }
    return row;
}

template <class T>
void ObjectWriter::table(const char* key, const SharedTable<T>& rows, const FieldInfo&) {
    // A table that could not be read at all was kept whole: write it back in its place.
    auto kept = m_extra.find(key);
    if (kept != m_extra.end()) {
        m_out[key] = *kept;
        return;
    }
    const TableLeftovers* leftovers = nullptr;
    if (m_leftovers) {
        auto found = m_leftovers->find(key);
        if (found != m_leftovers->end()) leftovers = &found->second;
    }
    if (rows.empty() && !leftovers) return;
    ColumnLister lister;
    T probe;
    describe(lister, probe);
    // Unknown columns seen on any row, kept after the known ones, sorted.
    std::set<std::string> extraColumns;
    for (const auto& r : rows)
        for (auto it = r.extra.begin(); it != r.extra.end(); ++it) extraColumns.insert(it.key());
    Json columns = Json::array();
    for (const auto& n : lister.names) columns.push_back(n);
    for (const auto& n : extraColumns)
        if (std::find(lister.names.begin(), lister.names.end(), n) == lister.names.end())
            columns.push_back(n);
    Json out = Json::object();
    out["columns"] = columns;
    Json& outRows = out["rows"] = Json::array();
    const bool keptRows = leftovers && !leftovers->rows.empty();
    if (m_deferred && rows.size() > m_deferMinRows && !keptRows) {
        // The rows are written later, a chunk at a time, by the same tableRow as below.
        m_deferred->push_back(DeferredRows{key, rows.size(),
                                           [table = &rows.get(), names = lister.names, columns](
                                               std::size_t from, std::size_t to, std::string& text) {
                                               for (std::size_t i = from; i < to && i < table->size(); ++i) {
                                                   if (i > 0) text += ",\n";
                                                   appendCanonicalTableRow(
                                                       tableRow((*table)[i], names, columns), text);
                                               }
                                           }});
    } else {
        for (const auto& r : rows) outRows.push_back(tableRow(r, lister.names, columns));
    }
    if (leftovers) {
        // Rows that were not lists go back where they were (rows deleted since: at the end).
        for (const auto& [index, value] : leftovers->rows) {
            const auto at = std::min(index, outRows.size());
            outRows.insert(outRows.begin() + static_cast<std::ptrdiff_t>(at), value);
        }
        for (auto it = leftovers->keys.begin(); it != leftovers->keys.end(); ++it) out[it.key()] = it.value();
    }
    m_out[key] = std::move(out);
}

// Collects, for each table of the document, its column names.
struct TableColumnCollector {
    std::map<std::string, std::vector<std::string>> tables;
    template <class T>
    void field(const char*, T&, const FieldInfo&) {}
    template <class T>
    void table(const char* key, SharedTable<T>&, const FieldInfo&) {
        ColumnLister lister;
        T probe;
        describe(lister, probe);
        tables[key] = lister.names;
    }
};

}  // namespace

const std::vector<std::string>& tableColumns(const std::string& table) {
    static const std::map<std::string, std::vector<std::string>> all = [] {
        TableColumnCollector c;
        Document probe;
        describe(c, probe);
        return c.tables;
    }();
    static const std::vector<std::string> none;
    auto it = all.find(table);
    return it == all.end() ? none : it->second;
}

namespace {

Json writeDocument(const Document& doc, std::vector<DeferredRows>* deferred, std::size_t minRows) {
    Json out = Json::object();
    out["schema_version"] = kSchemaVersion;
    ObjectWriter w(out, doc.extra, &doc.tableLeftovers);
    if (deferred) w.deferRowsTo(*deferred, minRows);
    describe(w, const_cast<Document&>(doc));
    appendExtra(out, doc.extra);
    return out;
}

}  // namespace

Json documentToJson(const Document& doc) { return writeDocument(doc, nullptr, 0); }

Json documentToJsonDeferringRows(const Document& doc, std::size_t minRows,
                                 std::vector<DeferredRows>& deferred) {
    return writeDocument(doc, &deferred, minRows);
}

}  // namespace sc
