#include "format/migration.h"

#include <cmath>

#include "model/document.h"

namespace sc {

VersionCheck detectSchemaVersion(const Json& tree) {
    VersionCheck out;
    if (!tree.is_object()) {
        out.error = std::string("not a scorecard file: the top level is ") +
                    (tree.is_array() ? "a list" : "a single value") + ", expected an object with \"schema_version\"";
        return out;
    }
    auto it = tree.find("schema_version");
    if (it != tree.end()) {
        if (!it->is_number_integer() || it->get<std::int64_t>() < 1) {
            out.error = "not a scorecard file: \"schema_version\" at /schema_version must be a whole number >= 1, found " +
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
    out.error = "not a scorecard file: no \"schema_version\" at the top level (a scorecard starts with "
                "{\"schema_version\": " + std::to_string(kSchemaVersion) + ", ...})";
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

std::int64_t toMinor(const Json& money) {
    return money.is_number() ? static_cast<std::int64_t>(std::llround(money.get<double>() * 100.0)) : 0;
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

Json migrateV0ToV1(Json v0) {
    Json v1 = Json::object();
    v1["schema_version"] = 1;
    Json info = Json::object();
    info["title"] = v0.value("title", std::string("Untitled scorecard"));
    if (v0.contains("currency")) info["currency"] = v0["currency"];
    v1["info"] = info;
    for (const char* key : {"segments", "promises", "channels", "products", "pairs", "partners"}) {
        if (!v0.contains(key)) continue;
        Json list = v0[key];
        renameTitles(list);
        v1[key] = list;
    }
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
                step["id"] = c.value("id", std::string("channel")) + "-step-" + std::to_string(n++);
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
            p["revenue_minor"] = toMinor(p["revenue"]);
            p.erase("revenue");
        }
    }
    if (v0.contains("deals") && v0["deals"].is_array()) {
        Json rows = Json::array();
        for (const auto& d : v0["deals"]) {
            if (!d.is_object()) continue;
            rows.push_back(Json::array({d.value("id", std::string()), d.value("partner", std::string()),
                                        d.value("account", std::string()), d.value("sku", std::string()),
                                        toMinor(d.value("list_price", Json(0))), toMinor(d.value("quoted_price", Json(0))),
                                        static_cast<std::int64_t>(std::llround(d.value("discount_pct", 0.0) * 100.0)),
                                        d.value("outcome", std::string("open"))}));
        }
        Json table = Json::object();
        table["columns"] = Json::array({"id", "partner_id", "account", "sku", "list_price_minor",
                                        "quoted_price_minor", "discount_bp", "outcome"});
        table["rows"] = rows;
        v1["deals"] = table;
    }
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
