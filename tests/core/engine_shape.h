// Structural comparison of the score JSON with the example documented in docs/SCORE.md, so the
// documentation is the contract: every documented key must be present with a compatible type,
// and the output may not carry keys the documentation does not list.
#pragma once

#include <string>
#include <vector>

#include "model/common.h"

namespace fx {

// null in the documented example means "may be null"; numbers match numbers; arrays compare
// their first elements when both have one; a symptom's `numbers` is an open map.
inline void compareShape(const sc::Json& documented, const sc::Json& actual, const std::string& where,
                         std::vector<std::string>& problems) {
    if (documented.is_null() || actual.is_null()) return;
    if (documented.is_number() && actual.is_number()) return;
    if (documented.type() != actual.type()) {
        problems.push_back(where + ": documented " + documented.type_name() + ", got " + actual.type_name());
        return;
    }
    if (documented.is_object() && where.size() >= 8 && where.compare(where.size() - 8, 8, ".numbers") == 0) {
        // A symptom's `numbers` is an open map (its names depend on the kind): values are integers.
        for (const auto& [k, v] : actual.items())
            if (!v.is_number_integer()) problems.push_back(where + "." + k + ": not an integer");
        return;
    }
    if (documented.is_object()) {
        for (const auto& [k, v] : documented.items()) {
            if (!actual.contains(k)) problems.push_back(where + "." + k + ": documented but missing");
            else compareShape(v, actual.at(k), where + "." + k, problems);
        }
        for (const auto& [k, v] : actual.items())
            if (!documented.contains(k))
                problems.push_back(where + "." + k + ": in the output but not documented");
    } else if (documented.is_array() && !documented.empty()) {
        for (std::size_t i = 0; i < actual.size(); ++i)
            compareShape(documented[0], actual[i], where + "[" + std::to_string(i) + "]", problems);
    }
}

// The JSON example in docs/SCORE.md: the ```json block after the line "<!-- score-json-example -->".
inline std::string documentedExample(const std::string& markdown) {
    auto marker = markdown.find("<!-- score-json-example -->");
    if (marker == std::string::npos) return "";
    auto start = markdown.find("```json\n", marker);
    if (start == std::string::npos) return "";
    start += 8;
    auto end = markdown.find("\n```", start);
    return end == std::string::npos ? "" : markdown.substr(start, end - start);
}

}  // namespace fx
