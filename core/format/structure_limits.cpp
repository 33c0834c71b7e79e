#include "format/structure_limits.h"

#include <algorithm>
#include <vector>

#include "format/duplicate_keys.h"
#include "format/json_codec.h"
#include "format/limits.h"
#include "validation/finding.h"

namespace sc {
namespace {

struct Level {
    bool object = false;
    bool expectKey = false;  // object: the next string is a key (after '{' or ',')
    std::size_t count = 0;   // object: keys so far; list: commas so far, i.e. the current index
    std::string_view key;    // object: the last key, as written (escapes not decoded)
};

// The pointer of the value being read at depth `depth` (0: the top level).
std::string pointerOf(const std::vector<Level>& levels, std::size_t depth) {
    std::string p;
    for (std::size_t k = 0; k < depth && k < levels.size(); ++k) {
        const Level& l = levels[k];
        p += '/';
        if (!l.object) p += std::to_string(l.count);
        else if (l.key.find('\\') == std::string_view::npos) p += pointerToken(std::string(l.key));
        else p += pointerToken(decodeJsonString(l.key));
    }
    return p;
}

}  // namespace

StructureProblem findStructureProblem(std::string_view text) {
    using Kind = StructureProblem::Kind;
    std::vector<Level> levels;
    levels.reserve(kMaxNestingDepth);
    const std::size_t maxContainers = text.size() / kMinBytesPerContainer + kContainerAllowance;
    std::size_t containers = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '"') {
            const std::size_t end = jsonStringEnd(text, i);
            if (!levels.empty() && levels.back().object && levels.back().expectKey) {
                Level& l = levels.back();
                l.expectKey = false;
                l.key = text.substr(i + 1, end - i - 1);
                if (++l.count > kMaxKeysPerObject)
                    return {Kind::TooManyKeys, i, pointerOf(levels, levels.size() - 1),
                            decodeJsonString(l.key), kMaxKeysPerObject};
            }
            i = end;
        } else if (c == '{' || c == '[') {
            if (levels.size() >= static_cast<std::size_t>(kMaxNestingDepth))
                return {Kind::TooDeep, i, {}, {}, static_cast<std::size_t>(kMaxNestingDepth)};
            if (++containers > maxContainers)
                return {Kind::TooManyContainers, i, pointerOf(levels, levels.size()), {}, maxContainers};
            Level l;
            l.object = l.expectKey = c == '{';
            levels.push_back(l);
        } else if (c == '}' || c == ']') {
            if (!levels.empty()) levels.pop_back();
        } else if (c == ',' && !levels.empty()) {
            Level& l = levels.back();
            if (l.object) l.expectKey = true;
            else ++l.count;
        }
    }
    return {};
}

bool findTooWideTable(const Json& tree, std::string& table, std::size_t& columns) {
    if (!tree.is_object()) return false;
    for (auto it = tree.begin(); it != tree.end(); ++it) {
        const auto& own = tableColumns(it.key());
        if (own.empty() || !it->is_object()) continue;
        auto names = it->find("columns");
        if (names == it->end() || !names->is_array() || names->size() <= kMaxColumnsPerTable) continue;
        // Only the other columns count: saving lists every own column, so a table the reader
        // accepts stays within the limit when it is written and read again.
        std::size_t others = 0;
        for (const auto& name : *names)
            others += !name.is_string() ||
                      std::find(own.begin(), own.end(), name.get_ref<const std::string&>()) == own.end();
        if (others <= kMaxColumnsPerTable) continue;
        table = it.key();
        columns = others;
        return true;
    }
    return false;
}

}  // namespace sc
