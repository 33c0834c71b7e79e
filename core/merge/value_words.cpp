#include "merge/value_words.h"

namespace sc::merge {
namespace {

constexpr std::size_t kMaxTextChars = 60;
constexpr std::size_t kMaxListedItems = 3;

// Shortens to about kMaxTextChars without cutting a UTF-8 sequence in half.
std::string shortened(const std::string& text) {
    if (text.size() <= kMaxTextChars) return text;
    std::size_t cut = kMaxTextChars;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut) + "…";
}

std::string scalarInWords(const Json& v) {
    if (v.is_string()) return "'" + shortened(v.get<std::string>()) + "'";
    if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
    if (v.is_null()) return "null";
    return v.dump();
}

}  // namespace

std::string valueInWords(const Json* value) {
    if (!value) return "not set";
    const Json& v = *value;
    if (v.is_object()) {
        auto name = v.find("name");
        if (name != v.end() && name->is_string() && !name->get<std::string>().empty())
            return "'" + shortened(name->get<std::string>()) + "'";
        return v.empty() ? "nothing" : std::to_string(v.size()) + (v.size() == 1 ? " field" : " fields");
    }
    if (v.is_array()) {
        if (v.empty()) return "an empty list";
        std::string out = std::to_string(v.size()) + (v.size() == 1 ? " item" : " items");
        std::string listed;
        for (std::size_t i = 0; i < v.size() && i < kMaxListedItems; ++i) {
            if (v[i].is_structured()) return out;
            listed += (i ? ", " : ": ") + scalarInWords(v[i]);
        }
        return out + listed + (v.size() > kMaxListedItems ? ", …" : "");
    }
    return scalarInWords(v);
}

std::string changesInWords(const Json& before, const Json& after, const std::vector<std::string>* columns) {
    std::string keys;
    auto note = [&keys](const std::string& key) { keys += (keys.empty() ? "" : ", ") + key; };
    if (columns && before.is_array() && after.is_array() && before.size() == columns->size() &&
        after.size() == columns->size()) {
        for (std::size_t c = 0; c < columns->size(); ++c)
            if (before[c] != after[c]) note((*columns)[c]);
        return keys.empty() ? "unchanged" : "changed " + keys;
    }
    if (!before.is_object() || !after.is_object()) return before == after ? "unchanged" : "changed";
    for (auto it = after.begin(); it != after.end(); ++it) {
        auto was = before.find(it.key());
        if (was == before.end() || *was != it.value()) note(it.key());
    }
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!after.contains(it.key())) note(it.key());
    return keys.empty() ? "unchanged" : "changed " + keys;
}

}  // namespace sc::merge
