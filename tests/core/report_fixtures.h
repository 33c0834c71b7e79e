// Checks on the HTML report shared by the core and CLI tests: a tag-balance check (every
// element opened is closed, in order), the heading outline, and a hostile copy of a sample.
#pragma once

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "test_util.h"

namespace rfx {

// Every opened element is closed in the right order (void elements and "/>" excepted). The
// report escapes every '<' of the document's text, so each '<' outside <style> starts a tag.
inline ::testing::AssertionResult tagsBalance(const std::string& html) {
    static const std::set<std::string> voids = {"!doctype", "meta", "link", "br", "hr", "img", "input"};
    std::vector<std::string> open;
    std::size_t i = 0;
    while ((i = html.find('<', i)) != std::string::npos) {
        const std::size_t end = html.find('>', i);
        if (end == std::string::npos) return ::testing::AssertionFailure() << "unterminated tag at " << i;
        std::string tag = html.substr(i + 1, end - i - 1);
        const bool closing = !tag.empty() && tag[0] == '/';
        if (closing) tag.erase(0, 1);
        const bool selfClosing = !tag.empty() && tag.back() == '/';
        std::string name = tag.substr(0, tag.find_first_of(" \t\n/"));
        for (char& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (closing) {
            if (open.empty() || open.back() != name)
                return ::testing::AssertionFailure() << "</" << name << "> at " << i << " closes "
                                                     << (open.empty() ? "nothing" : "<" + open.back() + ">");
            open.pop_back();
        } else if (!selfClosing && !voids.count(name)) {
            open.push_back(name);
        }
        i = end + 1;
        if (!closing && name == "style") {  // CSS is not markup: skip to its end tag
            i = html.find("</style>", i);
            if (i == std::string::npos) return ::testing::AssertionFailure() << "<style> never closed";
        }
    }
    if (!open.empty()) return ::testing::AssertionFailure() << "<" << open.back() << "> never closed";
    return ::testing::AssertionSuccess();
}

// The levels of the h1..h6 elements in document order.
inline std::vector<int> headingLevels(const std::string& html) {
    std::vector<int> levels;
    for (std::size_t i = 0; (i = html.find("<h", i)) != std::string::npos; ++i)
        if (i + 2 < html.size() && html[i + 2] >= '1' && html[i + 2] <= '6')
            levels.push_back(html[i + 2] - '0');
    return levels;
}

inline std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t i = 0; (i = text.find(what, i)) != std::string::npos; i += what.size()) ++n;
    return n;
}

inline const char* kScript = "<script>alert(1)</script>";
inline const char* kBreakout = "\"'><img src=x onerror=alert(1)>";

// The partner-program sample with hostile text in the title, the organisation, every promise,
// channel and partner name, and every mismatch explanation. Returns the JSON text.
inline std::string hostileSampleJson() {
    sc::Json tree = sc::Json::parse(
        sc::test::readText(sc::test::sourcePath("assets/samples/partner-program.scorecard.json")));
    tree["info"]["title"] = std::string(kScript) + " & co";
    tree["info"]["organisation"] = std::string(kBreakout) + "\x01";
    for (auto& p : tree["promises"]) p["name"] = std::string(kBreakout) + p["name"].get<std::string>();
    for (auto& c : tree["channels"]) c["name"] = std::string(kScript) + c["name"].get<std::string>();
    for (auto& p : tree["partners"]) p["name"] = std::string(kBreakout) + p["name"].get<std::string>();
    return tree.dump(2);
}

}  // namespace rfx
