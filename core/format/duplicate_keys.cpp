#include "format/duplicate_keys.h"

#include <cstring>
#include <deque>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "format/json_codec.h"
#include "model/utf8.h"

namespace sc {

// A quote is escaped when an odd number of backslashes precedes it. memchr jumps from quote
// to quote, so the scans cost little per byte of a file that is mostly text.
std::size_t jsonStringEnd(std::string_view text, std::size_t open) {
    for (std::size_t i = open + 1; i < text.size();) {
        const void* hit = std::memchr(text.data() + i, '"', text.size() - i);
        if (!hit) break;
        const std::size_t quote = static_cast<std::size_t>(static_cast<const char*>(hit) - text.data());
        std::size_t slashes = 0;
        while (quote - slashes > open + 1 && text[quote - slashes - 1] == '\\') ++slashes;
        if (slashes % 2 == 0) return quote;
        i = quote + 1;
    }
    return text.size();
}

namespace {

unsigned hex4(std::string_view s, std::size_t at) {
    unsigned v = 0;
    for (std::size_t k = at; k < at + 4 && k < s.size(); ++k) {
        const char c = s[k];
        v = v * 16 + static_cast<unsigned>(c >= '0' && c <= '9'   ? c - '0'
                                           : c >= 'a' && c <= 'f' ? c - 'a' + 10
                                           : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                                  : 0);
    }
    return v;
}

}  // namespace

std::string decodeJsonString(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] != '\\' || i + 1 >= s.size()) {
            out += s[i];
            continue;
        }
        const char e = s[++i];
        switch (e) {
            case 'b':
                out += '\b';
                break;
            case 'f':
                out += '\f';
                break;
            case 'n':
                out += '\n';
                break;
            case 'r':
                out += '\r';
                break;
            case 't':
                out += '\t';
                break;
            case 'u': {
                unsigned cp = hex4(s, i + 1);
                i += 4;
                // The parser accepted the text, so a high surrogate is followed by \uDC00-\uDFFF.
                if (cp >= 0xD800 && cp <= 0xDBFF && i + 6 < s.size() && s[i + 1] == '\\' && s[i + 2] == 'u') {
                    const unsigned low = hex4(s, i + 3);
                    cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
                    i += 6;
                }
                appendUtf8(out, cp);
                break;
            }
            default:
                out += e;  // \" \\ \/
        }
    }
    return out;
}

std::size_t duplicateKeyAt(std::string_view text, std::string& key) {
    std::vector<std::unordered_set<std::string_view>> objects;  // one per open object
    std::vector<bool> isObject;
    std::deque<std::string> decoded;  // owns the decoded form of keys written with escapes
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '{' || c == '[') {
            isObject.push_back(c == '{');
            if (c == '{') objects.emplace_back();
        } else if (c == '}' || c == ']') {
            if (!isObject.empty() && isObject.back()) objects.pop_back();
            if (!isObject.empty()) isObject.pop_back();
        } else if (c == '"') {
            const std::size_t start = i + 1;
            i = jsonStringEnd(text, i);
            std::string_view name = text.substr(start, i - start);
            std::size_t next = i + 1;
            while (next < text.size() &&
                   (text[next] == ' ' || text[next] == '\n' || text[next] == '\r' || text[next] == '\t'))
                ++next;
            const bool isKey =
                next < text.size() && text[next] == ':' && !isObject.empty() && isObject.back();
            if (!isKey) continue;
            // Most keys have no escape and are compared in place; the others by what they mean.
            if (name.find('\\') != std::string_view::npos) {
                decoded.push_back(decodeJsonString(name));
                name = decoded.back();
            }
            if (!objects.back().insert(name).second) {
                key = std::string(name);
                return start - 1;
            }
        }
    }
    return std::string_view::npos;
}

bool findDuplicateColumn(const Json& tree, DuplicateColumn& found) {
    if (!tree.is_object()) return false;
    for (auto table = tree.begin(); table != tree.end(); ++table) {
        if (tableColumns(table.key()).empty() || !table->is_object()) continue;
        auto columns = table->find("columns");
        if (columns == table->end() || !columns->is_array()) continue;
        std::unordered_map<std::string, std::size_t> seen;  // name -> first index: linear
        for (std::size_t c = 0; c < columns->size(); ++c) {
            const Json& name = (*columns)[c];
            if (!name.is_string()) continue;  // the reader reports non-text names itself
            auto [it, inserted] = seen.emplace(name.get<std::string>(), c);
            if (!inserted) {
                found = {table.key(), it->first, it->second, c};
                return true;
            }
        }
    }
    return false;
}

}  // namespace sc
