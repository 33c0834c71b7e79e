// A conflict's field as describe.h describes it, and values typed for it (see resolve.h).
#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <type_traits>

#include "merge/resolve.h"
#include "model/walk.h"
#include "workflow/dates.h"

namespace sc {
namespace {

using Keys = std::vector<std::string>;

template <class T>
std::optional<FieldInfo> describedIn(T& object, const Keys& keys, std::size_t at);

// Finds keys[at] among an object's fields and follows the rest of `keys` into it: into an
// item of a list (positions are not in `keys`), a nested object, a table's row ("rows", then
// the column) or a level on a dimension.
struct FieldFinder {
    const Keys& keys;
    std::size_t at;
    std::optional<FieldInfo> found;
    bool matched = false;

    template <class M>
    void field(const char* key, M& member, const FieldInfo& info) {
        if (matched || keys[at] != key) return;
        matched = true;
        const std::size_t next = at + 1;
        if (next == keys.size()) {
            found = info;
        } else if constexpr (std::is_same_v<M, LevelMap>) {
            // levels/<dimension id>: an ordered dimension's level id, or a numeric one's number
            // (conflictValueFromText tells them apart by the sides' values).
            if (next + 1 == keys.size()) found = field::text("Level");
        } else if constexpr (kIsEntityList<M>) {
            typename ListElement<M>::type item{};
            found = describedIn(item, keys, next);
        } else if constexpr (IsDescribed<M>::value && !std::is_same_v<M, LevelValue>) {
            found = describedIn(member, keys, next);
        }
    }
    template <class R>
    void table(const char* key, SharedTable<R>&, const FieldInfo&) {
        if (matched || keys[at] != key) return;
        matched = true;
        if (at + 2 < keys.size() && keys[at + 1] == "rows") {
            R row{};
            found = describedIn(row, keys, at + 2);
        }
    }
};

template <class T>
std::optional<FieldInfo> describedIn(T& object, const Keys& keys, std::size_t at) {
    FieldFinder finder{keys, at, std::nullopt};
    describe(finder, object);
    return finder.found;
}

bool typedKind(FieldKind kind) {
    switch (kind) {
        case FieldKind::Id:  // the program keeps ids and timestamps
        case FieldKind::Timestamp:
        case FieldKind::Levels:
        case FieldKind::Object:
        case FieldKind::List:
            return false;
        default:
            return true;
    }
}

bool isListKind(FieldKind kind) {
    return kind == FieldKind::TextList || kind == FieldKind::DateList || kind == FieldKind::ReferenceList;
}

std::vector<std::string> lines(const std::string& text) {
    std::vector<std::string> out;
    std::size_t from = 0;
    while (from <= text.size()) {
        std::size_t end = text.find('\n', from);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(from, end - from);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (!line.empty()) out.push_back(std::move(line));
        from = end + 1;
    }
    return out;
}

std::string quoted(const std::string& text) { return "'" + text + "'"; }

// Whole numbers as the file stores them; beyond ±10^15 is refused as absurd (as the app's editors do).
std::optional<std::int64_t> wholeNumber(const std::string& text) {
    std::size_t i = (text[0] == '-' || text[0] == '+') ? 1 : 0;
    if (i == text.size() || text.size() - i > 16) return std::nullopt;
    for (std::size_t k = i; k < text.size(); ++k)
        if (text[k] < '0' || text[k] > '9') return std::nullopt;
    const std::int64_t value = std::stoll(text);
    if (value > 1'000'000'000'000'000 || value < -1'000'000'000'000'000) return std::nullopt;
    return value;
}

std::optional<double> decimalNumber(const std::string& text) {
    errno = 0;
    char* end = nullptr;
    const double value = std::strtod(text.c_str(), &end);
    if (errno != 0 || end != text.c_str() + text.size() || !std::isfinite(value) || std::fabs(value) > 1e15)
        return std::nullopt;
    return value;
}

bool isPeriod(const std::string& text) {
    return text.size() == 7 && text[4] == '-' && isValidDate(text + "-01");
}

// A position on a dimension: levels/<dimension id> of a promise or a channel.
bool isLevel(const MergeConflict& c) {
    return c.keyPath.size() >= 2 && c.keyPath[c.keyPath.size() - 2] == "levels";
}

}  // namespace

std::optional<FieldInfo> conflictField(const MergeConflict& c) {
    if (c.field.empty() || c.keyPath.empty()) return std::nullopt;
    Document doc;
    return describedIn(doc, c.keyPath, 0);
}

bool canEditConflict(const MergeConflict& c) {
    const auto info = conflictField(c);
    return info && typedKind(info->kind);
}

std::string conflictValueText(const MergeConflict& c, MergeSide side) {
    const std::optional<Json>& value = side == MergeSide::Ours ? c.oursValue : c.theirsValue;
    if (!value || value->is_null()) return "";
    const Json& v = *value;
    if (v.is_string()) return v.get<std::string>();
    if (v.is_boolean()) return v.get<bool>() ? "yes" : "no";
    if (v.is_array()) {
        std::string out;
        for (const auto& item : v)
            out += (out.empty() ? "" : "\n") + (item.is_string() ? item.get<std::string>() : item.dump());
        return out;
    }
    return v.dump();
}

TypedValue conflictValueFromText(const MergeConflict& c, const std::string& text) {
    TypedValue out;
    const auto info = conflictField(c);
    if (!info || !typedKind(info->kind)) {
        out.error = "a value cannot be typed here; choose ours or theirs";
        return out;
    }
    const bool empty = isListKind(info->kind) ? lines(text).empty() : text.empty();
    if (empty) {
        if (info->required()) {
            out.error = std::string(info->label) + " is required";
            return out;
        }
        out.ok = true;  // not set
        return out;
    }
    auto refuse = [&](const std::string& why) {
        out.error = why;
        return out;
    };
    if (isLevel(c) &&
        ((c.oursValue && c.oursValue->is_number()) || (c.theirsValue && c.theirsValue->is_number()))) {
        if (auto d = decimalNumber(text)) out.value = *d;
        else return refuse(quoted(text) + " is not a number (a level on a numeric dimension)");
        out.ok = true;
        return out;
    }
    switch (info->kind) {
        case FieldKind::Integer:
        case FieldKind::Money:
        case FieldKind::BasisPoints:
            if (auto n = wholeNumber(text)) out.value = *n;
            else
                return refuse(quoted(text) + " is not a whole number" +
                              (info->kind == FieldKind::Money ? " (money is in minor units: cents)"
                               : info->kind == FieldKind::BasisPoints
                                   ? " (rates are in basis points: 1% = 100)"
                                   : ""));
            break;
        case FieldKind::Decimal:
            if (auto d = decimalNumber(text)) out.value = *d;
            else return refuse(quoted(text) + " is not a number");
            break;
        case FieldKind::Bool:
            if (text == "yes" || text == "Yes" || text == "true") out.value = true;
            else if (text == "no" || text == "No" || text == "false") out.value = false;
            else return refuse(quoted(text) + " is not yes or no");
            break;
        case FieldKind::Date:
            if (text.size() != 10 || !isValidDate(text))
                return refuse(quoted(text) + " is not a date on the calendar (YYYY-MM-DD)");
            out.value = text;
            break;
        case FieldKind::Period:
            if (!isPeriod(text)) return refuse(quoted(text) + " is not a month (YYYY-MM)");
            out.value = text;
            break;
        case FieldKind::Enum:
            if (info->vocabulary && !info->vocabulary->open() && !info->vocabulary->contains(text))
                return refuse(quoted(text) + " is not a " + std::string(info->vocabulary->name()) +
                              "; use one of: " + info->vocabulary->idList());
            out.value = text;
            break;
        case FieldKind::DateList: {
            Json list = Json::array();
            for (const auto& line : lines(text)) {
                if (line.size() != 10 || !isValidDate(line))
                    return refuse(quoted(line) + " is not a date on the calendar (YYYY-MM-DD)");
                list.push_back(line);
            }
            out.value = std::move(list);
            break;
        }
        case FieldKind::TextList:
        case FieldKind::ReferenceList: {
            Json list = Json::array();
            for (const auto& line : lines(text)) list.push_back(line);
            out.value = std::move(list);
            break;
        }
        default:  // text, long text, a reference (validation names a reference to nothing)
            out.value = text;
            break;
    }
    out.ok = true;
    return out;
}

}  // namespace sc
