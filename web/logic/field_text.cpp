#include "logic/field_text.h"

#include <cctype>
#include <cmath>
#include <limits>

#include "logic/level_text.h"
#include "model/walk.h"
#include "partners/money_text.h"
#include "workflow/dates.h"
#include "workflow/money_text.h"

namespace sc::web {

namespace {

constexpr std::int64_t kAbsurd = 1000000000000000;  // 10^15: more than any real count or amount

std::string trimmed(const std::string& s) {
    std::size_t a = 0, b = s.size();
    while (a < b && std::isspace(static_cast<unsigned char>(s[a]))) ++a;
    while (b > a && std::isspace(static_cast<unsigned char>(s[b - 1]))) --b;
    return s.substr(a, b - a);
}

std::string nameOfTarget(const sc::Document& doc, std::string_view kind, const std::string& id) {
    for (const auto& [choiceId, name] : referenceChoices(doc, kind))
        if (choiceId == id) return name;
    return id;  // dangling: validation reports it; show what the file says
}

// Reads a decimal with at most `decimals` digits after the point into an integer scaled by
// 10^decimals: "1,234.5" at 2 -> 123450. Thousands separators are allowed only in groups of 3.
std::optional<std::int64_t> readScaled(std::string text, int decimals, const std::string& what,
                                       std::string& error) {
    bool negative = false;
    if (!text.empty() && (text[0] == '-' || text[0] == '+')) {
        negative = text[0] == '-';
        text.erase(0, 1);
    }
    std::string wholeRaw, fraction;  // wholeRaw keeps its commas until they are checked
    bool point = false;
    for (char c : text) {
        if (c == '.') {
            if (point) return error = what + ": more than one decimal point", std::nullopt;
            point = true;
        } else if (c == ',' && !point) {
            wholeRaw += c;
        } else if (std::isdigit(static_cast<unsigned char>(c))) {
            (point ? fraction : wholeRaw) += c;
        } else {
            error = what + ": '" + text + "' is not a number";
            return std::nullopt;
        }
    }
    // A comma only between thousands ("1,234.50"): a decimal comma ("1234,50") read that way
    // would be a hundred times the amount, so anything else is refused.
    std::string whole;
    if (wholeRaw.find(',') != std::string::npos) {
        std::size_t start = 0, group = 0;
        for (;;) {
            const std::size_t comma = wholeRaw.find(',', start);
            const std::size_t len = (comma == std::string::npos ? wholeRaw.size() : comma) - start;
            if ((group == 0 && (len < 1 || len > 3)) || (group > 0 && len != 3)) {
                error = what + ": '" + text +
                        "' is not a number; use '.' for decimals and ',' only between thousands";
                return std::nullopt;
            }
            whole += wholeRaw.substr(start, len);
            if (comma == std::string::npos) break;
            start = comma + 1;
            ++group;
        }
    } else {
        whole = wholeRaw;
    }
    if (whole.empty() && fraction.empty()) return error = what + ": type a number", std::nullopt;
    if (static_cast<int>(fraction.size()) > decimals) {
        error = decimals == 0 ? what + " takes no decimals"
                              : what + " takes at most " + std::to_string(decimals) + " decimal" +
                                    (decimals == 1 ? "" : "s");
        return std::nullopt;
    }
    while (static_cast<int>(fraction.size()) < decimals) fraction += '0';
    const std::string digits = whole + fraction;
    std::int64_t value = 0;
    for (char c : digits) {
        if (value > kAbsurd) return error = what + ": that number is too large to be real", std::nullopt;
        value = value * 10 + (c - '0');
    }
    if (value > kAbsurd) return error = what + ": that number is too large to be real", std::nullopt;
    return negative ? -value : value;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> referenceChoices(const sc::Document& doc,
                                                                  std::string_view targetKind) {
    std::vector<std::pair<std::string, std::string>> out;
    if (targetKind == "deal") return out;  // a million rows are no combo; typed as text instead
    walkObjects(doc, [&](auto&, const WalkPath& path) {
        const WalkFrame& f = path.back();
        if (f.kind != targetKind || f.tableRow || !f.id || f.id->empty()) return;
        out.emplace_back(*f.id, f.name && !f.name->empty() ? *f.name : *f.id);
    });
    return out;
}

bool isCalendarDate(const std::string& t) {
    // The core's date check (workflow/dates.h), without the time part it also accepts.
    return t.size() == 10 && isValidDate(t);
}

std::string displayValue(const sc::Document& doc, const edit::FieldValue& value, const sc::FieldInfo& info) {
    const std::string unit = info.unit.empty() ? "" : " " + std::string(info.unit);
    if (const auto* s = std::get_if<std::string>(&value)) {
        if (s->empty()) return "—";
        if (info.kind == FieldKind::Reference) return nameOfTarget(doc, info.target, *s);
        if (info.vocabulary) return std::string(info.vocabulary->labelOf(*s));
        return *s;
    }
    if (const auto* n = std::get_if<std::int64_t>(&value)) {
        if (info.kind == FieldKind::Money) return formatMoney(*n, doc.info.currency);
        if (info.kind == FieldKind::BasisPoints) return partners::percentOfBp(*n);
        return std::to_string(*n) + unit;
    }
    if (const auto* d = std::get_if<double>(&value)) {
        std::string t = std::to_string(*d);
        while (!t.empty() && t.back() == '0') t.pop_back();
        if (!t.empty() && t.back() == '.') t.pop_back();
        return t + unit;
    }
    if (const auto* o = std::get_if<std::optional<double>>(&value))
        return *o ? displayValue(doc, edit::FieldValue(**o), info) : "—";
    if (const auto* o = std::get_if<std::optional<std::int64_t>>(&value))
        return *o ? displayValue(doc, edit::FieldValue(**o), info) : "—";
    if (const auto* b = std::get_if<bool>(&value)) return *b ? "Yes" : "No";
    if (const auto* list = std::get_if<std::vector<std::string>>(&value)) {
        if (list->empty()) return "—";
        std::vector<std::string> shown;
        for (const auto& item : *list)
            shown.push_back(info.kind == FieldKind::ReferenceList ? nameOfTarget(doc, info.target, item)
                                                                  : item);
        return joinText(shown, "; ");
    }
    if (const auto* levels = std::get_if<sc::LevelMap>(&value))
        return levels->empty() ? "—" : describeLevels(doc, *levels);
    return {};
}

std::string editText(const edit::FieldValue& value, const sc::FieldInfo& info, const std::string& currency) {
    if (const auto* n = std::get_if<std::int64_t>(&value)) {
        if (info.kind == FieldKind::Money) {
            std::string t = groupedDecimal(*n, currencyExponent(currency));
            std::string out;
            for (char c : t)
                if (c != ',') out += c;
            return out;
        }
        if (info.kind == FieldKind::BasisPoints) {
            std::string t = partners::percentOfBp(*n);
            if (!t.empty() && t.back() == '%') t.pop_back();
            return t;
        }
        return std::to_string(*n);
    }
    if (const auto* list = std::get_if<std::vector<std::string>>(&value)) return joinText(*list, "\n");
    if (const auto* o = std::get_if<std::optional<double>>(&value)) {
        if (!*o) return {};
        return editText(edit::FieldValue(**o), info, currency);
    }
    if (const auto* o = std::get_if<std::optional<std::int64_t>>(&value))
        return *o ? editText(edit::FieldValue(**o), info, currency) : std::string();
    if (const auto* d = std::get_if<double>(&value)) {
        std::string t = std::to_string(*d);
        while (!t.empty() && t.back() == '0') t.pop_back();
        if (!t.empty() && t.back() == '.') t.pop_back();
        return t;
    }
    if (const auto* s = std::get_if<std::string>(&value)) return *s;
    return {};
}

std::optional<edit::FieldValue> parseEditText(const std::string& raw, const edit::FieldValue& current,
                                              const sc::FieldInfo& info, const std::string& currency,
                                              std::string& error) {
    const std::string what(info.label);
    const std::string text = trimmed(raw);
    if (std::holds_alternative<std::string>(current)) {
        if (info.kind == FieldKind::Date && !text.empty() && !isCalendarDate(text)) {
            error = what + ": '" + text + "' is not a date on the calendar; type it as YYYY-MM-DD";
            return std::nullopt;
        }
        if (info.kind == FieldKind::Period && !text.empty() &&
            !(text.size() == 7 && isCalendarDate(text + "-01"))) {
            error = what + ": '" + text + "' is not a month; type it as YYYY-MM";
            return std::nullopt;
        }
        // Long texts keep their line breaks and spacing; one-line fields are trimmed.
        return edit::FieldValue(info.kind == FieldKind::LongText ? raw : text);
    }
    if (std::holds_alternative<std::vector<std::string>>(current)) {
        std::vector<std::string> items;
        std::size_t start = 0;
        while (start <= raw.size()) {
            const std::size_t end = raw.find('\n', start);
            const std::string line =
                trimmed(raw.substr(start, end == std::string::npos ? std::string::npos : end - start));
            if (!line.empty()) items.push_back(line);
            if (end == std::string::npos) break;
            start = end + 1;
        }
        return edit::FieldValue(items);
    }
    if (std::holds_alternative<std::optional<std::int64_t>>(current)) {  // empty: not set
        if (text.empty()) return edit::FieldValue(std::optional<std::int64_t>());
        const auto v = parseEditText(raw, edit::FieldValue(std::int64_t{0}), info, currency, error);
        if (!v) return std::nullopt;
        return edit::FieldValue(std::optional<std::int64_t>(std::get<std::int64_t>(*v)));
    }
    if (std::holds_alternative<std::int64_t>(current)) {
        std::string t = text;
        if (info.kind == FieldKind::Money) {
            // A currency symbol or code around the amount is allowed; anything else is not.
            std::string digits;
            for (char c : t)
                if (std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == '-')
                    digits += c;
                else if (c == '+') continue;
            const bool onlyMarks = [&] {
                std::string rest;
                for (char c : t)
                    if (!(std::isdigit(static_cast<unsigned char>(c)) || c == '.' || c == ',' || c == '-' ||
                          c == ' '))
                        rest += c;
                // Only the document's own currency: its code, or the symbol formatMoney puts in front.
                const std::string shown = formatMoney(100, currency);
                const std::string symbol = shown.substr(0, shown.find_first_of("0123456789-"));
                return rest.empty() || rest == currency || (!symbol.empty() && rest == symbol);
            }();
            if (!onlyMarks)
                return error = what + ": '" + text + "' is not an amount in " + currency, std::nullopt;
            const int exponent = currencyExponent(currency);
            const auto v = readScaled(digits, exponent,
                                      what + " (" + (currency.empty() ? "amount" : currency) + ")", error);
            if (!v) return std::nullopt;
            return edit::FieldValue(*v);
        }
        if (info.kind == FieldKind::BasisPoints) {
            if (!t.empty() && t.back() == '%') t.pop_back();
            const auto v = readScaled(trimmed(t), 2, what + " (percent)", error);
            if (!v) return std::nullopt;
            return edit::FieldValue(*v);
        }
        const auto v = readScaled(t, 0, what, error);
        if (!v) return std::nullopt;
        return edit::FieldValue(*v);
    }
    if (std::holds_alternative<double>(current) || std::holds_alternative<std::optional<double>>(current)) {
        const bool optional = std::holds_alternative<std::optional<double>>(current);
        if (text.empty()) {
            if (optional) return edit::FieldValue(std::optional<double>());
            return error = what + ": type a number", std::nullopt;
        }
        char* end = nullptr;
        const double d = std::strtod(text.c_str(), &end);
        if (end == text.c_str() || *end != '\0' || !std::isfinite(d))
            return error = what + ": '" + text + "' is not a number", std::nullopt;
        if (std::fabs(d) > 1e15) return error = what + ": that number is too large to be real", std::nullopt;
        if (optional) return edit::FieldValue(std::optional<double>(d));
        return edit::FieldValue(d);
    }
    error = what + " is not edited as text";
    return std::nullopt;
}

}  // namespace sc::web
