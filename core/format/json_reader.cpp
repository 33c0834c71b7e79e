// Reading the JSON tree into a Document, driven by describe.h (json_codec.h): type errors and
// missing required keys become findings, offending values are kept in `extra`, and the tree is
// consumed as it is read. TablesReadAhead reads the large tables a chunk of rows at a time.
#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <set>
#include <string_view>
#include <type_traits>
#include <unordered_set>

#include "format/column_lister.h"
#include "format/json_codec.h"
#include "model/describe.h"

namespace sc {

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

// Collects the keys marked required.
struct RequiredLister {
    std::vector<std::string> names;
    template <class F>
    void field(const char* k, const F&, const FieldInfo& info) {
        if (info.required()) names.push_back(k);
    }
};

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
    // Tables already read a chunk at a time (LoadJob) are taken from `ahead`.
    void takeTablesFrom(TablesReadAhead* ahead) { m_ahead = ahead; }

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
    TablesReadAhead* m_ahead = nullptr;
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

// Reads one row-layout table: its columns first (begin), then its rows n at a time (step), each
// row consumed from the tree once read. ObjectReader::table reads a table in one go;
// TablesReadAhead a chunk of rows per step.
template <class T>
class TableRowsReader {
  public:
    TableRowsReader(Json& table, std::string pointer, ReadContext& ctx)
        : m_t(table), m_p(std::move(pointer)), m_ctx(ctx) {}

    // False, with the finding, when it is not a table or a column name is not text (the caller
    // keeps it as it is).
    bool begin() {
        Json& t = m_t;
        if (!t.is_object() || !t.contains("columns") || !t.contains("rows") || !t["columns"].is_array() ||
            !t["rows"].is_array()) {
            m_ctx.error(m_p,
                        std::string("expected a table {\"columns\": [...], \"rows\": [[...], ...]}, found ") +
                            jsonTypeName(t));
            return false;
        }
        // Keys beside "columns" and "rows" are a newer version's: kept, like unknown keys anywhere.
        for (auto k = t.begin(); k != t.end(); ++k)
            if (k.key() != "columns" && k.key() != "rows") m_leftovers.keys[k.key()] = k.value();
        for (std::size_t c = 0; c < t["columns"].size(); ++c) {
            const Json& name = t["columns"][c];
            if (!name.is_string()) {
                m_ctx.error(m_p + "/columns/" + std::to_string(c), "column names must be text");
                return false;
            }
            m_columns.push_back(name.get<std::string>());
        }
        ColumnLister lister;
        T probe;
        describe(lister, probe);
        // Row values of unknown columns are appended to the row's extra without a lookup (which
        // costs n² per row of n unknown columns) when the names are distinct, as loadDocument has
        // checked; a tree from elsewhere with a repeated name takes the slow, merging way.
        std::unordered_set<std::string_view> distinct(m_columns.begin(), m_columns.end());
        m_appendUnknown = distinct.size() == m_columns.size();
        m_columnOf.assign(lister.names.size(), -1);
        m_columnKnown.assign(m_columns.size(), false);
        for (std::size_t k = 0; k < lister.names.size(); ++k) {
            auto pos = std::find(m_columns.begin(), m_columns.end(), lister.names[k]);
            if (pos != m_columns.end()) {
                m_columnOf[k] = static_cast<int>(pos - m_columns.begin());
                m_columnKnown[m_columnOf[k]] = true;
            }
        }
        // Required columns are checked once per table, not once per row.
        T requiredProbe;
        RequiredLister req;
        describe(req, requiredProbe);
        for (const auto& name : req.names)
            if (std::find(m_columns.begin(), m_columns.end(), name) == m_columns.end())
                m_ctx.error(m_p + "/columns", "missing required column \"" + name + "\"");
        m_rows = &t["rows"];
        m_result.reserve(m_rows->size());
        return true;
    }

    std::size_t rowCount() const { return m_rows ? m_rows->size() : 0; }

    // Reads up to `n` more rows; returns how many it read.
    std::size_t step(std::size_t n) {
        Json& jrows = *m_rows;
        const std::size_t first = m_next;
        const std::size_t end = n >= jrows.size() - m_next ? jrows.size() : m_next + n;
        for (; m_next < end; ++m_next) readRow(jrows[m_next], m_next);
        return m_next - first;
    }

    void finish(SharedTable<T>& rows, TableLeftovers& leftovers) {
        rows = std::move(m_result);
        leftovers = std::move(m_leftovers);
    }

  private:
    void readRow(Json& row, std::size_t i) {
        if (!row.is_array()) {
            m_ctx.error(rowPointer(m_p, i), std::string("expected a row (a list of ") +
                                                std::to_string(m_columns.size()) + " values), found " +
                                                jsonTypeName(row) +
                                                "; it is kept in the file as is, but not used");
            m_leftovers.rows.emplace_back(i, std::move(row));
            return;
        }
        if (row.size() != m_columns.size())
            m_ctx.error(rowPointer(m_p, i), "row has " + std::to_string(row.size()) +
                                                " values but the table has " +
                                                std::to_string(m_columns.size()) + " columns");
        T x;
        RowReader rr(row, m_columnOf, m_p, i, m_ctx);
        describe(rr, x);
        rr.keepBad(x.extra);
        for (std::size_t c = 0; c < m_columns.size() && c < row.size(); ++c) {
            if (m_columnKnown[c]) continue;
            if (m_appendUnknown) appendNewKey(x.extra, m_columns[c], std::move(row[c]));
            else x.extra[m_columns[c]] = std::move(row[c]);
        }
        m_result.push_back(std::move(x));
        row = Json();  // read: free it now, so the tree and the document are not both whole
    }

    Json& m_t;
    std::string m_p;
    ReadContext& m_ctx;
    TableLeftovers m_leftovers;
    std::vector<std::string> m_columns;
    bool m_appendUnknown = true;
    std::vector<int> m_columnOf;
    std::vector<bool> m_columnKnown;
    Json* m_rows = nullptr;
    std::size_t m_next = 0;
    std::vector<T> m_result;
};

template <class T>
void ObjectReader::table(const char* key, SharedTable<T>& rows, const FieldInfo&) {
    m_seen.insert(key);
    // Read ahead a chunk at a time (LoadJob): its rows and findings go where this read puts them.
    if (m_ahead && m_ahead->takeTable(key, &rows, m_ctx.findings, m_leftovers)) return;
    auto it = m_obj.find(key);
    if (it == m_obj.end()) return;
    TableRowsReader<T> reader(*it, m_pointer + "/" + key, m_ctx);
    if (!reader.begin()) {
        m_bad[key] = *it;
        return;
    }
    reader.step(reader.rowCount());
    TableLeftovers leftovers;
    reader.finish(rows, leftovers);
    if (m_leftovers && (!leftovers.keys.empty() || !leftovers.rows.empty()))
        (*m_leftovers)[key] = std::move(leftovers);
}

// TablesReadAhead's state for one table of row type T.
template <class T>
struct AheadTableState {
    AheadTableState(Json& table, std::string pointer) : reader(table, std::move(pointer), ctx) {}
    std::vector<Finding> findings;
    ReadContext ctx{findings};
    TableRowsReader<T> reader;
};

// Finds the tables of the document in the tree and starts a reader for each that is a table.
struct AheadCollector {
    Json& tree;
    std::vector<std::unique_ptr<TablesReadAhead::Table>>& tables;
    template <class T>
    void field(const char*, T&, const FieldInfo&) {}
    template <class T>
    void table(const char* key, SharedTable<T>&, const FieldInfo&) {
        auto it = tree.find(key);
        if (it == tree.end()) return;
        auto state = std::make_shared<AheadTableState<T>>(*it, std::string("/") + key);
        // Not a table: documentFromJson reads (and reports) it itself.
        if (!state->reader.begin()) return;
        auto t = std::make_unique<TablesReadAhead::Table>();
        t->key = key;
        t->total = state->reader.rowCount();
        t->step = [state](std::size_t n) { return state->reader.step(n); };
        // `rows` is the SharedTable<T> of the same key in documentFromJson's document.
        t->finish = [state](void* rows, std::vector<Finding>& findings, TableLeftovers& leftovers) {
            state->reader.step(state->reader.rowCount());  // the rest of its rows
            findings.insert(findings.end(), std::make_move_iterator(state->findings.begin()),
                            std::make_move_iterator(state->findings.end()));
            state->reader.finish(*static_cast<SharedTable<T>*>(rows), leftovers);
        };
        tables.push_back(std::move(t));
    }
};

}  // namespace

void documentFromJson(Json& tree, Document& doc, std::vector<Finding>& findings, TablesReadAhead* ahead) {
    ReadContext ctx{findings};
    doc = Document{};
    ObjectReader r(tree, "", ctx);
    r.keepTableLeftoversIn(doc.tableLeftovers);
    r.takeTablesFrom(ahead);
    std::int64_t version = 0;
    r.field("schema_version", version, field::integer("Schema version").need());
    describe(r, doc);
    r.finish(doc.extra);
    doc.extra.erase("schema_version");
}

TablesReadAhead::TablesReadAhead(Json& tree) {
    if (!tree.is_object()) return;
    Document probe;
    AheadCollector collect{tree, m_tables};
    describe(collect, probe);
    for (const auto& t : m_tables) m_rowsTotal += t->total;
}

TablesReadAhead::~TablesReadAhead() = default;

bool TablesReadAhead::step(std::size_t rows) {
    std::size_t budget = std::max<std::size_t>(rows, 1);
    while (m_current < m_tables.size() && budget > 0) {
        Table& t = *m_tables[m_current];
        const std::size_t n = t.step(budget);
        t.read += n;
        m_rowsRead += n;
        budget -= n;
        if (t.read >= t.total) ++m_current;
    }
    return m_current >= m_tables.size();
}

bool TablesReadAhead::takeTable(const std::string& key, void* rows, std::vector<Finding>& findings,
                                std::map<std::string, TableLeftovers>* leftovers) {
    for (auto& t : m_tables) {
        if (t->key != key || t->taken) continue;
        TableLeftovers kept;
        t->finish(rows, findings, kept);
        t->taken = true;
        if (leftovers && (!kept.keys.empty() || !kept.rows.empty())) (*leftovers)[key] = std::move(kept);
        return true;
    }
    return false;
}

}  // namespace sc
