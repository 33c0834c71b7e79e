#include "format/migration.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>
#include <utility>
#include <vector>

#include "format/json_codec.h"
#include "format/limits.h"

#include "model/document.h"

namespace sc {

VersionCheck detectSchemaVersion(const Json& tree) {
    VersionCheck out;
    if (!tree.is_object()) {
        out.error = std::string("not a scorecard file: the top level is ") +
                    (tree.is_array() ? "a list" : "a single value") +
                    ", expected an object with \"schema_version\"";
        return out;
    }
    auto it = tree.find("schema_version");
    if (it != tree.end()) {
        if (!it->is_number_integer() || it->get<std::int64_t>() < 1) {
            out.error =
                "not a scorecard file: \"schema_version\" at /schema_version must be a whole number >= 1, "
                "found " +
                it->dump();
            return out;
        }
        const auto v = it->get<std::int64_t>();
        out.version = v > 1000000 ? 1000000 : static_cast<int>(v);
        return out;
    }
    auto format = tree.find("format");
    auto version = tree.find("version");
    if (format != tree.end() && *format == "alignment-scorecard" && version != tree.end() && *version == 0) {
        out.version = 0;
        return out;
    }
    out.error =
        "not a scorecard file: no \"schema_version\" at the top level (a scorecard starts with "
        "{\"schema_version\": " +
        std::to_string(kSchemaVersion) + ", ...})";
    return out;
}

namespace {

void rename(Json& obj, const char* from, const char* to) {
    auto it = obj.find(from);
    if (it == obj.end()) return;
    Json value = *it;
    obj.erase(from);
    obj[to] = std::move(value);
}

// Decimal currency units (19.99) -> integer minor units (1999), rounded to the nearest cent.
// A value that is not a finite number in range is passed through unchanged, so the reader
// reports it at its new key instead of the migration inventing a number.
Json toMinor(const Json& money, double factor = 100.0) {
    if (!money.is_number()) return money;
    const double scaled = money.get<double>() * factor;
    if (!std::isfinite(scaled) || std::fabs(scaled) >= 9.2e18) return money;
    return static_cast<std::int64_t>(std::llround(scaled));
}

// A text member of a v0 object, or `fallback` when absent or not text (never throws).
std::string textOf(const Json& obj, const char* key, const std::string& fallback) {
    auto it = obj.find(key);
    return it != obj.end() && it->is_string() ? it->get<std::string>() : fallback;
}

void renameTitles(Json& list) {
    if (!list.is_array()) return;
    for (auto& e : list)
        if (e.is_object()) rename(e, "title", "name");
}

// The list under `key`, or an empty one; never creates the key.
Json& listIn(Json& obj, const char* key) {
    static Json empty = Json::array();
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_array()) {
        empty = Json::array();
        return empty;
    }
    return *it;
}

// v0 deals were one object each with decimal prices and a discount in percent; v1 writes
// them as a row table in describe() order with cents and basis points. Keys v0 deals had
// that v1 does not know become extra columns, so nothing is lost.
Json migrateDeals(const Json& deals) {
    static const std::vector<std::pair<const char*, const char*>> renamed = {
        {"title", "name"},
        {"partner", "partner_id"},
        {"territory", "territory_id"},
        {"list_price", "list_price_minor"},
        {"quoted_price", "quoted_price_minor"},
        {"discount_pct", "discount_bp"}};
    const auto& known = tableColumns("deals");
    std::vector<Json> objects;
    std::set<std::string> extraColumns;
    for (const auto& d : deals) {
        if (!d.is_object()) continue;
        Json o = d;
        for (const auto& [from, to] : renamed) rename(o, from, to);
        if (o.contains("list_price_minor")) o["list_price_minor"] = toMinor(o["list_price_minor"]);
        if (o.contains("quoted_price_minor")) o["quoted_price_minor"] = toMinor(o["quoted_price_minor"]);
        if (o.contains("discount_bp")) o["discount_bp"] = toMinor(o["discount_bp"]);
        for (auto it = o.begin(); it != o.end(); ++it)
            if (std::find(known.begin(), known.end(), it.key()) == known.end()) extraColumns.insert(it.key());
        objects.push_back(std::move(o));
    }
    Json columns = Json::array();
    for (const auto& c : known) columns.push_back(c);
    for (const auto& c : extraColumns) columns.push_back(c);
    Json rows = Json::array();
    // Every deal gets a cell for every deal's keys: with too many distinct keys that is rows x
    // columns cells, so leave the rows out; loadDocument refuses the table by its columns.
    if (extraColumns.size() > kMaxColumnsPerTable) objects.clear();
    std::unordered_map<std::string, std::size_t> columnIndex;
    for (std::size_t c = 0; c < columns.size(); ++c) columnIndex.emplace(columns[c].get<std::string>(), c);
    for (auto& o : objects) {
        Json row(columns.size(), Json(nullptr));  // null: the v1 default
        for (auto it = o.begin(); it != o.end(); ++it) row[columnIndex.at(it.key())] = std::move(it.value());
        rows.push_back(std::move(row));
    }
    Json table = Json::object();
    table["columns"] = columns;
    table["rows"] = rows;
    return table;
}

Json migrateV0ToV1(Json v0) {
    Json v1 = Json::object();
    v1["schema_version"] = 1;
    Json info = Json::object();
    info["title"] = v0.contains("title") ? v0["title"] : Json("Untitled scorecard");
    if (v0.contains("currency")) info["currency"] = v0["currency"];
    v1["info"] = info;
    for (const char* key :
         {"dimensions", "segments", "promises", "channels", "products", "pairs", "partners"}) {
        if (!v0.contains(key)) continue;
        Json list = v0[key];
        renameTitles(list);
        v1[key] = list;
    }
    for (auto& d : listIn(v1, "dimensions"))
        if (d.is_object() && d.contains("levels")) renameTitles(d["levels"]);
    for (auto& p : listIn(v1, "promises")) {
        if (!p.is_object()) continue;
        rename(p, "segment", "segment_id");
        rename(p, "promise", "text");
        rename(p, "action", "customer_action");
        rename(p, "dimensions", "levels");
    }
    for (auto& c : listIn(v1, "channels")) {
        if (!c.is_object()) continue;
        rename(c, "type", "kind");
        rename(c, "dimensions", "levels");
        // v0 steps were plain text; v1 steps are entities with ids.
        if (c.contains("steps") && c["steps"].is_array()) {
            Json steps = Json::array();
            int n = 1;
            for (const auto& s : c["steps"]) {
                Json step = Json::object();
                step["id"] = textOf(c, "id", "channel") + "-step-" + std::to_string(n++);
                step["name"] = s.is_string() ? s : Json(s.dump());
                steps.push_back(step);
            }
            c["steps"] = steps;
        }
    }
    for (auto& p : listIn(v1, "pairs")) {
        if (!p.is_object()) continue;
        rename(p, "product", "product_id");
        rename(p, "channel", "channel_id");
        if (p.contains("revenue")) {
            p["revenue_minor"] = toMinor(p["revenue"]);  // 12345.5 -> 1234550
            p.erase("revenue");
        }
    }
    if (v0.contains("deals") && v0["deals"].is_array()) v1["deals"] = migrateDeals(v0["deals"]);
    // Anything else v0 had is carried over untouched, so nothing is lost.
    for (auto it = v0.begin(); it != v0.end(); ++it) {
        const std::string& k = it.key();
        if (k == "format" || k == "version" || k == "title" || k == "currency" || v1.contains(k)) continue;
        v1[k] = it.value();
    }
    return v1;
}

}  // namespace

Json migrateToCurrent(Json tree, int from) {
    if (from <= 0) tree = migrateV0ToV1(std::move(tree));
    return tree;
}

}  // namespace sc
