#include "format/document_io.h"

#include "format/canonical_json.h"
#include "format/json_codec.h"
#include "format/migration.h"
#include "validation/validate.h"

namespace sc {
namespace {

struct TextPosition {
    std::size_t line = 1;
    std::size_t column = 1;
};

TextPosition positionOf(std::string_view text, std::size_t offset) {
    TextPosition pos;
    for (std::size_t i = 0; i < offset && i < text.size(); ++i) {
        if (text[i] == '\n') { ++pos.line; pos.column = 1; }
        else ++pos.column;
    }
    return pos;
}

std::string at(std::string_view text, std::size_t offset) {
    auto p = positionOf(text, offset);
    return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

// Finds the first place nesting exceeds the limit, skipping strings; npos when within it.
std::size_t tooDeepAt(std::string_view text) {
    int depth = 0;
    bool inString = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (inString) {
            if (c == '\\') ++i;
            else if (c == '"') inString = false;
        } else if (c == '"') {
            inString = true;
        } else if (c == '{' || c == '[') {
            if (++depth > kMaxNestingDepth) return i;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return std::string_view::npos;
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 2: "; keep only the part a person needs.
std::string parseReason(const std::string& what) {
    auto colon = what.find(": ");
    std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    if (!reason.empty()) reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
    return reason;
}

}  // namespace

LoadResult loadDocument(std::string_view text) {
    LoadResult result;
    std::size_t firstNonSpace = text.find_first_not_of(" \t\r\n");
    if (text.empty() || firstNonSpace == std::string_view::npos) {
        result.error = "the file is empty: expected a scorecard (JSON object with \"schema_version\")";
        return result;
    }
    if (auto deep = tooDeepAt(text); deep != std::string_view::npos) {
        result.error = "not valid for a scorecard: nested more than " + std::to_string(kMaxNestingDepth) +
                       " levels deep at " + at(text, deep);
        return result;
    }
    Json tree;
    try {
        tree = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        result.error = "not valid JSON at " + at(text, e.byte > 0 ? e.byte - 1 : 0) + ": " + parseReason(e.what());
        return result;
    } catch (const Json::exception& e) {
        // out_of_range.406: a number too large for any type (e.g. 1e999)
        result.error = "not valid JSON: " + parseReason(e.what());
        return result;
    }
    VersionCheck check = detectSchemaVersion(tree);
    if (!check.version) {
        result.error = check.error;
        return result;
    }
    if (*check.version > kSchemaVersion) {
        result.error = "this file uses schema version " + std::to_string(*check.version) +
                       ", but this build of Alignment Scorecard reads versions up to " + std::to_string(kSchemaVersion) +
                       "; open it with a newer version (nothing was loaded)";
        return result;
    }
    result.sourceVersion = *check.version;
    if (*check.version < kSchemaVersion) tree = migrateToCurrent(std::move(tree), *check.version);
    documentFromJson(tree, result.document, result.findings);
    auto semantic = validateDocument(result.document);
    result.findings.insert(result.findings.end(), semantic.begin(), semantic.end());
    result.ok = true;
    return result;
}

std::string saveDocument(const Document& doc) { return dumpCanonical(documentToJson(doc)); }

}  // namespace sc
