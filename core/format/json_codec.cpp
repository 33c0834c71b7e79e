#include "format/json_codec.h"
#include "format/canonical_json.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <set>
#include <string_view>
#include <type_traits>
#include <unordered_set>

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

template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};

const char* jsonTypeName(const Json& j) {
    switch (j.type()) {
        case Json::value_t::null:
            return "null";
        case Json::value_t::object:
            return "an object";
        case Json::value_t::array:
            return "a list";
        case Json::value_t::string:
            return "text";
        case Json::value_t::boolean:
            return "true/false";
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
            return "a whole number";
        case Json::value_t::number_float:
            return "a decimal number";
        default:
            return "an unreadable value";
    }
}

// "found text 'abc'", "found the decimal number 1.5": what was there, briefly.
std::string foundText(const Json& j) {
    if (j.is_string()) {
        std::string s = j.get<std::string>();
        if (s.size() > 40) s = s.substr(0, 40) + "...";
        return "text '" + s + "'";
    }
    if (j.is_number_float()) return "the decimal number " + j.dump();
    if (j.is_number_unsigned() &&
        j.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        return "the number " + j.dump() +
               ", which is too large (the largest whole number is 9223372036854775807)";
    if (j.is_number()) return "the whole number " + j.dump();
    if (j.is_boolean()) return j.get<bool>() ? "true" : "false";
    return jsonTypeName(j);
}

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

// Collects the column names of a row-layout table.
class ColumnLister {
  public:
    std::vector<std::string> names;
    template <class T>
    void field(const char* key, const T&, const FieldInfo&) {
        names.push_back(key);
    }
};

// Collects the keys marked required.
struct RequiredLister {
    std::vector<std::string> names;
    template <class F>
    void field(const char* k, const F&, const FieldInfo& info) {
        if (info.required()) names.push_back(k);
    }
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

// ---------------------------------------------------------------- reading

// Adds a key the object does not hold yet, without ordered_map's search of every key before it.
void appendNewKey(Json& object, const std::string& key, Json&& value) {
    object.get_ref<Json::object_t&>().emplace_back(key, std::move(value));
}

struct ReadContext {
    std::vector<Finding>& findings;
    void error(const std::string& pointer, const std::string& message) {
        findings.push_back({Severity::Error, pointer, message});
    }
    void warning(const std::string& pointer, const std::string& message) {
        findings.push_back({Severity::Warning, pointer, message});
    }
};

// The tree is consumed while reading (documentFromJson): a string moves into the document
// instead of being copied, so a million-row file does not allocate every cell twice.
bool readValue(Json& j, std::string& out, const std::string&, ReadContext&) {
    if (!j.is_string()) return false;
    out = std::move(j.get_ref<std::string&>());
    return true;
}
bool readValue(Json& j, std::int64_t& out, const std::string&, ReadContext&) {
    if (j.is_number_integer()) {
        if (j.is_number_unsigned() &&
            j.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
            return false;
        out = j.get<std::int64_t>();
        return true;
    }
    return false;
}
bool readValue(Json& j, double& out, const std::string&, ReadContext&) {
    if (!j.is_number()) return false;
    out = j.get<double>();
    return std::isfinite(out);
}
bool readValue(Json& j, bool& out, const std::string&, ReadContext&) {
    if (!j.is_boolean()) return false;
    out = j.get<bool>();
    return true;
}
bool readValue(Json& j, std::optional<double>& out, const std::string& p, ReadContext& ctx) {
    if (j.is_null()) {
        out.reset();
        return true;
    }
    double d = 0;
    if (!readValue(j, d, p, ctx)) return false;
    out = d;
    return true;
}
// Absent and null both read as not set.
bool readValue(Json& j, std::optional<std::int64_t>& out, const std::string& p, ReadContext& ctx) {
    if (j.is_null()) {
        out.reset();
        return true;
    }
    std::int64_t n = 0;
    if (!readValue(j, n, p, ctx)) return false;
    out = n;
    return true;
}
bool readValue(Json& j, LevelMap& out, const std::string&, ReadContext&) {
    if (!j.is_object()) return false;
    LevelMap result;
    for (auto it = j.begin(); it != j.end(); ++it) {
        LevelValue v;
        if (it->is_string()) v.level = it->get<std::string>();
        else if (it->is_number() && std::isfinite(it->get<double>())) v.number = it->get<double>();
        else return false;
        result[it.key()] = v;
    }
    out = std::move(result);
    return true;
}
bool readValue(Json& j, std::vector<std::string>& out, const std::string&, ReadContext&) {
    if (!j.is_array()) return false;
    std::vector<std::string> result;
    for (const auto& e : j) {
        if (!e.is_string()) return false;
        result.push_back(e.get<std::string>());
    }
    out = std::move(result);
    return true;
}
template <class T>
void readObject(Json& j, T& x, const std::string& pointer, ReadContext& ctx);
template <class T>
bool readValue(Json& j, std::vector<T>& out, const std::string& pointer, ReadContext& ctx) {
    if (!j.is_array()) return false;
    for (const auto& e : j)
        if (!e.is_object()) return false;
    std::vector<T> result(j.size());
    for (std::size_t i = 0; i < j.size(); ++i)
        readObject(j[i], result[i], pointer + "/" + std::to_string(i), ctx);
    out = std::move(result);
    return true;
}
template <class T, class = decltype(std::declval<T>().extra)>
bool readValue(Json& j, T& out, const std::string& pointer, ReadContext& ctx) {
    if (!j.is_object()) return false;
    readObject(j, out, pointer, ctx);
    return true;
}

template <class T>
const char* expectedName() {
    if constexpr (std::is_same_v<T, std::string>) return "text";
    else if constexpr (std::is_same_v<T, std::int64_t>) return "a whole number";
    else if constexpr (std::is_same_v<T, std::optional<std::int64_t>>) return "a whole number or null";
    else if constexpr (std::is_same_v<T, double> || std::is_same_v<T, std::optional<double>>)
        return "a number";
    else if constexpr (std::is_same_v<T, bool>) return "true or false";
    else if constexpr (std::is_same_v<T, LevelMap>) return "an object of dimension levels (text or numbers)";
    else if constexpr (std::is_same_v<T, std::vector<std::string>>) return "a list of text";
    else if constexpr (IsVector<T>::value) return "a list of objects";
    else return "an object";
}

class ObjectReader {
  public:
    ObjectReader(Json& obj, std::string pointer, ReadContext& ctx)
        : m_obj(obj), m_pointer(std::move(pointer)), m_ctx(ctx) {}

    template <class T>
    void field(const char* key, T& member, const FieldInfo& info) {
        m_seen.insert(key);
        const std::string p = m_pointer + "/" + key;
        auto it = m_obj.find(key);
        if (it == m_obj.end()) {
            if (info.required()) m_ctx.error(p, std::string("missing required field \"") + key + "\"");
            return;
        }
        if (!readValue(*it, member, p, m_ctx)) {
            m_ctx.error(p, std::string("\"") + key + "\" should be " + expectedName<T>() + ", but is " +
                               foundText(*it));
            m_bad[key] = *it;  // kept verbatim so saving does not lose it
        }
    }
    template <class T>
    void table(const char* key, SharedTable<T>& rows, const FieldInfo&);

    // Tables are only read at the top level; their leftovers go to the document.
    void keepTableLeftoversIn(std::map<std::string, TableLeftovers>& leftovers) { m_leftovers = &leftovers; }

    void finish(Json& extra) {
        extra = Json::object();
        // Unknown keys are distinct (a parsed object) and never a known one: append them, since
        // ordered_map's insertion searches every key before it (n² for n unknown keys). The tree
        // is consumed (documentFromJson), so their values move instead of being copied.
        for (auto it = m_obj.begin(); it != m_obj.end(); ++it)
            if (!m_seen.count(it.key())) appendNewKey(extra, it.key(), std::move(it.value()));
        for (auto it = m_bad.begin(); it != m_bad.end(); ++it) extra[it.key()] = it.value();
    }

  private:
    Json& m_obj;
    std::string m_pointer;
    ReadContext& m_ctx;
    std::set<std::string> m_seen;
    Json m_bad = Json::object();
    std::map<std::string, TableLeftovers>* m_leftovers = nullptr;
};

template <class T>
void readObject(Json& j, T& x, const std::string& pointer, ReadContext& ctx) {
    ObjectReader r(j, pointer, ctx);
    describe(r, x);
    r.finish(x.extra);
}

// "/deals/rows/5": built only when a row has a finding (a clean table has a million rows).
std::string rowPointer(const std::string& table, std::size_t row) {
    return table + "/rows/" + std::to_string(row);
}

// Reads one row of a row-layout table through the column index built from "columns".
class RowReader {
  public:
    RowReader(Json& row, const std::vector<int>& columnOf, const std::string& table, std::size_t index,
              ReadContext& ctx)
        : m_row(row), m_columnOf(columnOf), m_table(table), m_rowIndex(index), m_ctx(ctx) {}
    template <class T>
    void field(const char* key, T& member, const FieldInfo&) {
        int col = m_columnOf[m_index++];
        if (col < 0 || col >= static_cast<int>(m_row.size())) return;
        Json& value = m_row[col];
        if (value.is_null() && !IsOptional<T>::value) return;
        const std::string noPointer;  // row values are scalars: readValue never uses it
        if (!readValue(value, member, noPointer, m_ctx)) {
            m_ctx.error(rowPointer(m_table, m_rowIndex) + "/" + std::to_string(col),
                        std::string("column \"") + key + "\" should be " + expectedName<T>() + ", but is " +
                            foundText(value));
            m_bad[key] = value;  // a null Json becomes an object here
        }
    }
    // The values of the wrong type, into the row's extra (left as is when there are none).
    void keepBad(Json& extra) {
        if (!m_bad.is_null()) extra = std::move(m_bad);
    }

  private:
    Json& m_row;
    const std::vector<int>& m_columnOf;
    const std::string& m_table;
    std::size_t m_rowIndex;
    ReadContext& m_ctx;
    std::size_t m_index = 0;
    Json m_bad;  // null until a value has the wrong type
};

template <class T>
void ObjectReader::table(const char* key, SharedTable<T>& rows, const FieldInfo&) {
    m_seen.insert(key);
    const std::string p = m_pointer + "/" + key;
    auto it = m_obj.find(key);
    if (it == m_obj.end()) return;
    Json& t = *it;
    if (!t.is_object() || !t.contains("columns") || !t.contains("rows") || !t["columns"].is_array() ||
        !t["rows"].is_array()) {
        m_ctx.error(p, std::string("expected a table {\"columns\": [...], \"rows\": [[...], ...]}, found ") +
                           jsonTypeName(t));
        m_bad[key] = t;
        return;
    }
    // Keys beside "columns" and "rows" are a newer version's: kept, like unknown keys anywhere.
    TableLeftovers leftovers;
    for (auto k = t.begin(); k != t.end(); ++k)
        if (k.key() != "columns" && k.key() != "rows") leftovers.keys[k.key()] = k.value();
    std::vector<std::string> columns;
    for (std::size_t c = 0; c < t["columns"].size(); ++c) {
        const Json& name = t["columns"][c];
        if (!name.is_string()) {
            m_ctx.error(p + "/columns/" + std::to_string(c), "column names must be text");
            m_bad[key] = t;
            return;
        }
        columns.push_back(name.get<std::string>());
    }
    ColumnLister lister;
    T probe;
    describe(lister, probe);
    // Row values of unknown columns are appended to the row's extra without a lookup (which
    // costs n² per row of n unknown columns) when the names are distinct, as loadDocument has
    // checked; a tree from elsewhere with a repeated name takes the slow, merging way.
    std::unordered_set<std::string_view> distinct(columns.begin(), columns.end());
    const bool appendUnknown = distinct.size() == columns.size();
    std::vector<int> columnOf(lister.names.size(), -1);
    std::vector<bool> columnKnown(columns.size(), false);
    for (std::size_t k = 0; k < lister.names.size(); ++k) {
        auto pos = std::find(columns.begin(), columns.end(), lister.names[k]);
        if (pos != columns.end()) {
            columnOf[k] = static_cast<int>(pos - columns.begin());
            columnKnown[columnOf[k]] = true;
        }
    }
    // Required columns are checked once per table, not once per row.
    T requiredProbe;
    RequiredLister req;
    describe(req, requiredProbe);
    for (const auto& name : req.names)
        if (std::find(columns.begin(), columns.end(), name) == columns.end())
            m_ctx.error(p + "/columns", "missing required column \"" + name + "\"");

    Json& jrows = t["rows"];
    std::vector<T> result;
    result.reserve(jrows.size());
    for (std::size_t i = 0; i < jrows.size(); ++i) {
        Json& row = jrows[i];
        if (!row.is_array()) {
            m_ctx.error(rowPointer(p, i), std::string("expected a row (a list of ") +
                                              std::to_string(columns.size()) + " values), found " +
                                              jsonTypeName(row) +
                                              "; it is kept in the file as is, but not used");
            leftovers.rows.emplace_back(i, std::move(row));
            continue;
        }
        if (row.size() != columns.size())
            m_ctx.error(rowPointer(p, i), "row has " + std::to_string(row.size()) +
                                              " values but the table has " + std::to_string(columns.size()) +
                                              " columns");
        T x;
        RowReader rr(row, columnOf, p, i, m_ctx);
        describe(rr, x);
        rr.keepBad(x.extra);
        for (std::size_t c = 0; c < columns.size() && c < row.size(); ++c) {
            if (columnKnown[c]) continue;
            if (appendUnknown) appendNewKey(x.extra, columns[c], std::move(row[c]));
            else x.extra[columns[c]] = std::move(row[c]);
        }
        result.push_back(std::move(x));
        row = Json();  // read: free it now, so the tree and the document are not both whole
    }
    rows = std::move(result);
    if (m_leftovers && (!leftovers.keys.empty() || !leftovers.rows.empty()))
        (*m_leftovers)[key] = std::move(leftovers);
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

void documentFromJson(Json& tree, Document& doc, std::vector<Finding>& findings) {
    ReadContext ctx{findings};
    doc = Document{};
    ObjectReader r(tree, "", ctx);
    r.keepTableLeftoversIn(doc.tableLeftovers);
    std::int64_t version = 0;
    r.field("schema_version", version, field::integer("Schema version").need());
    describe(r, doc);
    r.finish(doc.extra);
    doc.extra.erase("schema_version");
}

}  // namespace sc
