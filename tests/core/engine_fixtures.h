// Builders for the engine tests: the built-in dimensions and short constructors for promises,
// channels and pairs, so each seed 002 example reads as a few lines of data. Also the check of
// the documented `scorecard score --format json` shape (docs/SCORE.md), shared by the report
// and CLI tests.
#pragma once

#include <string>
#include <utility>
#include <vector>

#include "model/builtin_dimensions.h"
#include "model/document.h"

namespace fx {

using sc::Json;

inline sc::Dimension ordered(const std::string& id, const std::string& name,
                             std::vector<std::pair<std::string, std::string>> levels, double tolerance = 0,
                             std::int64_t weight = 100) {
    sc::Dimension d;
    d.id = id;
    d.name = name;
    d.kind = "ordered";
    for (auto& [lid, lname] : levels) d.levels.push_back({lid, lname, Json::object()});
    d.tolerance = tolerance;
    d.weight = weight;
    return d;
}

inline sc::Dimension numeric(const std::string& id, const std::string& name, const std::string& unit,
                             const std::string& comparison, double tolerance = 0) {
    sc::Dimension d;
    d.id = id;
    d.name = name;
    d.kind = "numeric";
    d.unit = unit;
    d.comparison = comparison;
    d.tolerance = tolerance;
    return d;
}

// The project's built-in vocabulary (core/model/builtin_dimensions.h) plus one numeric
// "channel_at_most" dimension that only the tests use.
inline std::vector<sc::Dimension> builtInDimensions() {
    auto dims = sc::builtInDimensions();
    dims.push_back(numeric("delivery_days", "Delivery time", "days", "channel_at_most"));
    return dims;
}

inline sc::LevelMap levels(std::vector<std::pair<std::string, std::string>> ls) {
    sc::LevelMap m;
    for (auto& [k, v] : ls) m[k] = sc::LevelValue{v, std::nullopt};
    return m;
}

inline sc::Promise promise(const std::string& id, const std::string& name, sc::LevelMap ls,
                           const std::string& segment = "seg") {
    sc::Promise p;
    p.id = id;
    p.name = name;
    p.segmentId = segment;
    p.levels = std::move(ls);
    return p;
}

inline sc::Channel channel(const std::string& id, const std::string& name, sc::LevelMap ls,
                           const std::string& kind = "") {
    sc::Channel c;
    c.id = id;
    c.name = name;
    c.kind = kind;
    c.levels = std::move(ls);
    return c;
}

inline sc::ProductChannelPair pair(const std::string& id, const std::string& channelId,
                                   std::vector<std::string> promiseIds, std::int64_t leads = 0,
                                   std::int64_t revenue = 0) {
    sc::ProductChannelPair p;
    p.id = id;
    p.name = id;
    p.productId = "prod";
    p.channelId = channelId;
    p.segmentId = "seg";
    p.promiseIds = std::move(promiseIds);
    p.leads = leads;
    p.revenueMinor = revenue;
    return p;
}

inline sc::FunnelStage stage(const std::string& id, const std::string& funnelStage, std::int64_t entered,
                             std::int64_t converted, std::int64_t benchmarkBp, const std::string& says = "",
                             const std::string& does = "") {
    sc::FunnelStage s;
    s.id = id;
    s.name = funnelStage;
    s.funnelStage = funnelStage;
    s.entered = entered;
    s.converted = converted;
    s.benchmarkBp = benchmarkBp;
    s.marketingSays = says;
    s.channelDoes = does;
    return s;
}

inline sc::Document document() {
    sc::Document d;
    d.info.title = "engine test";
    d.dimensions = builtInDimensions();
    sc::Segment s;
    s.id = "seg";
    s.name = "Small teams";
    s.customers = 120;
    d.segments.push_back(s);
    sc::Product p;
    p.id = "prod";
    p.name = "Product";
    d.products.push_back(p);
    return d;
}

// The metric dictionary's lead-to-customer benchmark (10% unless given): pairs without a funnel
// stage benchmark are judged against it; without it the engine says "not enough data to tell".
inline sc::Document withLeadToCustomer(sc::Document doc, std::int64_t benchmarkBp = 1000) {
    sc::MetricDefinition m;
    m.id = "lead_to_customer";
    m.name = "Lead to customer";
    m.definition = "Share of leads that become paying customers";
    m.unit = "bp";
    m.benchmark = benchmarkBp;
    m.green = benchmarkBp;
    m.amber = benchmarkBp * 8 / 10;
    m.cadence = "monthly";
    doc.metrics.push_back(m);
    return doc;
}

// One self-serve promise against one sales-led channel in one pair: two detected mismatches
// (buying motion, access) for the recompute and triage tests.
inline sc::Document gatedDocument() {
    auto doc = document();
    doc.promises.push_back(
        promise("p", "Try it now", levels({{"buying_motion", "self_serve"}, {"access", "instant"}})));
    doc.channels.push_back(
        channel("c", "Sales", levels({{"buying_motion", "sales_led"}, {"access", "demo_gated"}})));
    doc.pairs.push_back(pair("pr", "c", {"p"}));
    return doc;
}

// Problems with the documented score JSON shape; empty when it conforms (docs/SCORE.md).
inline std::vector<std::string> scoreJsonShapeProblems(const Json& j) {
    std::vector<std::string> problems;
    auto need = [&](const Json& obj, const std::string& where, const std::string& key, auto typeCheck,
                    const char* type) {
        if (!obj.is_object() || !obj.contains(key)) {
            problems.push_back(where + "." + key + " missing");
            return;
        }
        if (!typeCheck(obj.at(key))) problems.push_back(where + "." + key + " is not " + type);
    };
    auto isStr = [](const Json& v) { return v.is_string(); };
    auto isNum = [](const Json& v) { return v.is_number(); };
    auto isInt = [](const Json& v) { return v.is_number_integer(); };
    auto isArr = [](const Json& v) { return v.is_array(); };
    auto isObj = [](const Json& v) { return v.is_object(); };
    auto isStrOrNull = [](const Json& v) { return v.is_string() || v.is_null(); };
    auto isNumOrNull = [](const Json& v) { return v.is_number() || v.is_null(); };
    auto isStrArr = [](const Json& v) {
        if (!v.is_array()) return false;
        for (const auto& x : v)
            if (!x.is_string()) return false;
        return true;
    };
    need(j, "$", "report", isStr, "a string");
    need(j, "$", "report_version", isInt, "an integer");
    need(j, "$", "title", isStr, "a string");
    need(j, "$", "today", isStr, "a string");
    need(j, "$", "alignment_index", isObj, "an object");
    if (j.contains("alignment_index")) {
        const Json& a = j["alignment_index"];
        need(a, "$.alignment_index", "value", isNumOrNull, "a number or null");
        need(a, "$.alignment_index", "formula", isStr, "a string");
        need(a, "$.alignment_index", "computation", isStr, "a string");
        need(a, "$.alignment_index", "comparisons", isInt, "an integer");
        if (a.contains("value") && a["value"].is_number() &&
            (a["value"].get<double>() < 0 || a["value"].get<double>() > 100))
            problems.push_back("$.alignment_index.value outside 0..100");
    }
    need(j, "$", "readiness", isObj, "an object");
    if (j.contains("readiness") && j["readiness"].is_object())
        need(
            j["readiness"], "$.readiness", "ready",
            [](const Json& v) { return v.is_boolean() || v.is_null(); }, "a boolean or null");
    need(j, "$", "summary", isObj, "an object");
    need(j, "$", "mismatches", isArr, "an array");
    if (j.contains("mismatches") && j["mismatches"].is_array()) {
        int expectRank = 1;
        for (std::size_t i = 0; i < j["mismatches"].size(); ++i) {
            const Json& m = j["mismatches"][i];
            std::string w = "$.mismatches[" + std::to_string(i) + "]";
            need(
                m, w, "rank", [](const Json& v) { return v.is_number_integer() || v.is_null(); },
                "an integer or null");
            need(m, w, "id", isStr, "a string");
            need(m, w, "status", isStr, "a string");
            need(m, w, "promise", isStrOrNull, "a string or null");
            need(m, w, "channel", isStrOrNull, "a string or null");
            need(m, w, "pair", isStrOrNull, "a string or null");
            need(m, w, "dimension", isStrOrNull, "a string or null");
            need(m, w, "severity", isStr, "a string");
            need(m, w, "diagnosis", isStr, "a string");
            need(m, w, "diagnosis_evidence", isStrArr, "an array of strings");
            need(m, w, "priority_score", isNum, "a number");
            need(m, w, "explanation", isStr, "a string");
            need(m, w, "priority", isObj, "an object");
            if (m.contains("severity") && m["severity"].is_string()) {
                auto s = m["severity"].get<std::string>();
                if (s != "low" && s != "medium" && s != "high" && s != "critical")
                    problems.push_back(w + ".severity unknown: " + s);
            }
            if (m.contains("diagnosis") && m["diagnosis"].is_string()) {
                auto s = m["diagnosis"].get<std::string>();
                if (s != "message" && s != "distribution" && s != "both" && s != "no_visible_problem" &&
                    s != "undetermined")
                    problems.push_back(w + ".diagnosis unknown: " + s);
            }
            if (m.contains("rank") && m["rank"].is_number_integer()) {
                if (m["rank"].get<int>() != expectRank) problems.push_back(w + ".rank out of order");
                ++expectRank;
            }
        }
    }
    need(j, "$", "symptoms", isArr, "an array");
    if (j.contains("symptoms") && j["symptoms"].is_array())
        for (std::size_t i = 0; i < j["symptoms"].size(); ++i) {
            std::string w = "$.symptoms[" + std::to_string(i) + "]";
            need(j["symptoms"][i], w, "kind", isStr, "a string");
            need(j["symptoms"][i], w, "pairs", isStrArr, "an array of strings");
            need(j["symptoms"][i], w, "numbers", isObj, "an object");
            need(j["symptoms"][i], w, "threshold", isStr, "a string");
            need(j["symptoms"][i], w, "explanation", isStr, "a string");
        }
    need(j, "$", "diagnosis", isArr, "an array");
    need(j, "$", "journey", isArr, "an array");
    need(j, "$", "experiments", isArr, "an array");
    need(j, "$", "notes", isStrArr, "an array of strings");
    return problems;
}

}  // namespace fx
