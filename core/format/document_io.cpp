#include "format/document_io.h"
#include "format/load_steps.h"

#include <cctype>
#include <cstring>
#include <new>

#include "format/canonical_json.h"
#include "format/duplicate_keys.h"
#include "format/json_codec.h"
#include "format/migration.h"
#include "format/save_job.h"
#include "format/structure_limits.h"
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
        if (text[i] == '\n') {
            ++pos.line;
            pos.column = 1;
        } else ++pos.column;
    }
    return pos;
}

std::string at(std::string_view text, std::size_t offset) {
    auto p = positionOf(text, offset);
    return "line " + std::to_string(p.line) + ", column " + std::to_string(p.column);
}

// Error messages quote what was read; invalid UTF-8 in them would garble a terminal, so such
// bytes are shown as \xNN and valid multi-byte characters are kept.
std::string printable(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool ok = n > 0 && i + n <= s.size();
        for (std::size_t k = 1; ok && k < n; ++k) ok = (static_cast<unsigned char>(s[i + k]) >> 6) == 0x2;
        if (ok) {
            out.append(s, i, n);
            i += n;
        } else {
            static const char* hex = "0123456789ABCDEF";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 0xF];
            ++i;
        }
    }
    return out;
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 2: "; keep only the part a person needs.
std::string parseReason(const std::string& what) {
    auto colon = what.find(": ");
    std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
    if (!reason.empty()) reason[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(reason[0])));
    return printable(reason);
}

// "number overflow parsing '1e999'" carries no position: find the quoted token in the text.
std::string overflowPosition(std::string_view text, const std::string& what) {
    auto open = what.find('\'');
    auto close = open == std::string::npos ? open : what.find('\'', open + 1);
    if (close == std::string::npos) return {};
    auto pos = text.find(what.substr(open + 1, close - open - 1));
    return pos == std::string_view::npos ? std::string() : " at " + at(text, pos);
}

// Validation points at table cells by their canonical column (describe order). A file may
// list its columns in another order; map those pointers to the file's own column index.
// The row of the file that the document's row `row` was read from: rows the reader could not
// use (kept as leftovers, at their file positions in ascending order) are counted back in.
std::size_t fileRowOf(std::size_t row, const TableLeftovers& leftovers) {
    // Kept row k sits before document row `row` when its file index minus the k kept rows before
    // it is at most `row`; that difference never decreases, so a binary search counts them (a
    // linear count per finding would be quadratic in a table of alternating bad rows).
    const auto& kept = leftovers.rows;
    std::size_t lo = 0, hi = kept.size();
    while (lo < hi) {
        const std::size_t mid = lo + (hi - lo) / 2;
        if (kept[mid].first - mid <= row) lo = mid + 1;
        else hi = mid;
    }
    return row + lo;
}

void remapTableCells(const Json& tree, const Document& doc, std::vector<Finding>& findings,
                     std::size_t from) {
    for (std::size_t f = from; f < findings.size(); ++f) {
        std::string& p = findings[f].pointer;
        const auto rows = p.find("/rows/");
        if (p.size() < 2 || rows == std::string::npos) continue;
        const std::string table = p.substr(1, rows - 1);
        const auto& known = tableColumns(table);
        auto leftovers = doc.tableLeftovers.find(table);
        if (!known.empty() && leftovers != doc.tableLeftovers.end() && !leftovers->second.rows.empty()) {
            const auto rowEnd = p.find('/', rows + 6);
            const std::string rowText =
                p.substr(rows + 6, rowEnd == std::string::npos ? std::string::npos : rowEnd - rows - 6);
            if (!rowText.empty() && rowText.size() <= 9 &&
                rowText.find_first_not_of("0123456789") == std::string::npos)
                p = p.substr(0, rows + 6) +
                    std::to_string(fileRowOf(std::stoul(rowText), leftovers->second)) +
                    (rowEnd == std::string::npos ? std::string() : p.substr(rowEnd));
        }
        const auto colSlash = p.find('/', rows + 6);
        auto it = tree.find(table);
        if (known.empty() || colSlash == std::string::npos || it == tree.end() || !it->is_object()) continue;
        auto cols = it->find("columns");
        if (cols == it->end() || !cols->is_array()) continue;
        const std::string colText = p.substr(colSlash + 1);
        if (colText.empty() || colText.find_first_not_of("0123456789") != std::string::npos ||
            colText.size() > 6)
            continue;
        const std::size_t canonical = std::stoul(colText);
        if (canonical >= known.size()) continue;
        for (std::size_t c = 0; c < cols->size(); ++c)
            if ((*cols)[c] == known[canonical]) {
                p = p.substr(0, colSlash + 1) + std::to_string(c);
                break;
            }
    }
}

// The message for a file refused by the pre-parse scan (format/structure_limits.h).
std::string structureError(std::string_view text, std::size_t firstNonSpace, const StructureProblem& p) {
    using Kind = StructureProblem::Kind;
    const std::string where = at(text, p.offset) + " (byte offset " + std::to_string(p.offset);
    const auto pointer = [](const std::string& ptr) {
        return ptr.empty() ? std::string("the top level") : ptr;
    };
    if (p.kind == Kind::TooDeep)
        return "not valid for a scorecard: nested more than " + std::to_string(p.limit) + " levels deep at " +
               where + ")";
    if (p.kind == Kind::TooManyKeys)
        return "not valid for a scorecard: the object at " + pointer(p.pointer) + " has more than " +
               std::to_string(p.limit) + " keys; the next one, \"" + printable(p.key) + "\", is at " + where +
               ") (an object may have at most " + std::to_string(p.limit) + " keys; nothing was loaded)";
    // Too many objects and lists: when the whole file is a list, that is the clearer reason.
    if (text[firstNonSpace] == '[') return detectSchemaVersion(Json::array()).error + " (nothing was loaded)";
    return "not valid for a scorecard: too many objects and lists for the file's size at " + where + ", " +
           pointer(p.pointer) + "): a file of " + std::to_string(text.size()) + " bytes may hold at most " +
           std::to_string(p.limit) + " (" + std::to_string(kContainerAllowance) + " and one per " +
           std::to_string(kMinBytesPerContainer) +
           " bytes); so many empty or tiny ones would take far more memory than the file (nothing was "
           "loaded)";
}

}  // namespace

namespace load_steps {

bool checkText(std::string_view text, LoadResult& result) {
    std::size_t firstNonSpace = text.find_first_not_of(" \t\r\n");
    if (text.empty() || firstNonSpace == std::string_view::npos) {
        result.error = "the file is empty: expected a scorecard (JSON object with \"schema_version\")";
        return false;
    }
    // The parser takes a NUL byte for the end of the input and would ignore whatever follows
    // (a second document, garbage); JSON never allows a raw NUL, so refuse it where it is.
    if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
        const auto offset = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
        result.error = "not valid JSON at " + at(text, offset) + " (byte offset " + std::to_string(offset) +
                       "): a NUL byte (0x00) is not allowed in a scorecard file (nothing was loaded)";
        return false;
    }
    // Before the tree is built: it costs memory per object and list, and time per key.
    if (auto problem = findStructureProblem(text); problem.kind != StructureProblem::Kind::None) {
        result.error = structureError(text, firstNonSpace, problem);
        return false;
    }
    return true;
}

bool parse(std::string_view text, Json& tree, LoadResult& result) {
    try {
        tree = Json::parse(text.begin(), text.end());
    } catch (const Json::parse_error& e) {
        result.error =
            "not valid JSON at " + at(text, e.byte > 0 ? e.byte - 1 : 0) + ": " + parseReason(e.what());
        return false;
    } catch (const Json::exception& e) {
        // out_of_range.406: a number too large for any type (e.g. 1e999)
        result.error = "not valid JSON" + overflowPosition(text, e.what()) + ": " + parseReason(e.what()) +
                       " (the number is too large to store)";
        return false;
    }
    return true;
}

bool checkTree(std::string_view text, Json& tree, LoadResult& result) {
    std::string duplicate;
    if (auto dup = duplicateKeyAt(text, duplicate); dup != std::string_view::npos) {
        result.error = "not valid for a scorecard: the key \"" + printable(duplicate) +
                       "\" appears twice in the same object at " + at(text, dup) +
                       " (only one value can be kept, so nothing was loaded)";
        return false;
    }
    VersionCheck check = detectSchemaVersion(tree);
    if (!check.version) {
        result.error = check.error;
        return false;
    }
    result.sourceVersion = *check.version;
    if (*check.version > kSchemaVersion) {
        result.error = "this file uses schema version " + std::to_string(*check.version) +
                       ", but this build of Alignment Scorecard reads versions up to " +
                       std::to_string(kSchemaVersion) + "; open it with a newer version (nothing was loaded)";
        return false;
    }
    if (*check.version < kSchemaVersion) tree = migrateToCurrent(std::move(tree), *check.version);
    std::string wideTable;
    if (std::size_t columns = 0; findTooWideTable(tree, wideTable, columns)) {
        result.error = "not valid for a scorecard: the table \"" + wideTable + "\" has " +
                       std::to_string(columns) + " columns besides its own (/" + wideTable +
                       "/columns); a table may have at most " + std::to_string(kMaxColumnsPerTable) +
                       " (nothing was loaded)";
        return false;
    }
    if (DuplicateColumn dup; findDuplicateColumn(tree, dup)) {
        const std::string columns = "/" + dup.table + "/columns/";
        result.error = "not valid for a scorecard: the column \"" + printable(dup.column) +
                       "\" is listed twice in the table \"" + dup.table + "\" (" + columns +
                       std::to_string(dup.first) + " and " + columns + std::to_string(dup.second) +
                       "; a row can keep only one value per column, so nothing was loaded)";
        return false;
    }
    return true;
}

void read(Json& tree, LoadResult& result, TablesReadAhead* ahead) {
    documentFromJson(tree, result.document, result.findings, ahead);
}

void validate(const Json& tree, LoadResult& result) {
    const std::size_t firstSemantic = result.findings.size();
    for (std::size_t step = 0; step < validationSteps(); ++step)
        runValidationStep(step, result.document, result.findings);
    finishValidation(tree, result, firstSemantic);
}

void finishValidation(const Json& tree, LoadResult& result, std::size_t firstSemantic) {
    remapTableCells(tree, result.document, result.findings, firstSemantic);
    result.ok = true;
}

bool guardedStep(LoadResult& result, const std::function<void()>& step) {
    // Last line of defence for "never throws, never half-loads": anything unexpected while
    // reading refuses the whole file with a message instead of ending the program.
    try {
        step();
        return true;
    } catch (const std::bad_alloc&) {
        result = LoadResult{};
        result.error = "the file is too large to load in the memory available (nothing was loaded)";
        result.outOfMemory = true;
    } catch (const std::exception& e) {
        result = LoadResult{};
        result.error = "the file could not be read (nothing was loaded): " + printable(e.what());
    }
    return false;
}

}  // namespace load_steps

namespace {

void loadUnguarded(std::string_view text, LoadResult& result) {
    using namespace load_steps;
    Json tree;
    if (!checkText(text, result) || !parse(text, tree, result) || !checkTree(text, tree, result)) return;
    read(tree, result);
    validate(tree, result);
}

}  // namespace

LoadResult loadDocument(std::string_view text) {
    LoadResult r;
    load_steps::guardedStep(r, [&] { loadUnguarded(text, r); });
    return r;
}

// A chunk of rows at a time (SaveJob): the same bytes as dumping one tree of the whole document,
// in about half the time and without that tree's memory (BENCHMARKS.md). The job only borrows
// `doc` here (a shared_ptr that owns nothing).
std::string saveDocument(const Document& doc) {
    return SaveJob(std::shared_ptr<const Document>(std::shared_ptr<const Document>(), &doc)).take();
}

}  // namespace sc
