// Dates and months in a CSV cell: ISO by default, another order only when --date-format says so.
#include <algorithm>

#include "import/cell_values.h"
#include "import/text_scan.h"
#include "workflow/dates.h"

namespace sc::csv {
using scan::allDigits;
using scan::isDigit;
using scan::startsWith;

std::string DateFormat::text() const {
    std::string out;
    for (int i = 0; i < 3; ++i) {
        if (i) out += separator;
        out += order[i] == 'Y' ? "YYYY" : order[i] == 'M' ? "MM" : "DD";
    }
    return out;
}

bool parseDateFormat(std::string_view text, DateFormat& format) {
    if (text.size() != 10) return false;
    DateFormat f;
    std::size_t pos = 0;
    bool seen[3] = {false, false, false};
    for (int i = 0; i < 3; ++i) {
        if (i) {
            const char sep = text[pos++];
            if (sep != '-' && sep != '/' && sep != '.') return false;
            if (i == 1) f.separator = sep;
            else if (sep != f.separator) return false;
        }
        std::string_view rest = text.substr(pos);
        int slot = -1;
        if (startsWith(rest, "YYYY")) slot = 0, pos += 4;
        else if (startsWith(rest, "MM")) slot = 1, pos += 2;
        else if (startsWith(rest, "DD")) slot = 2, pos += 2;
        if (slot < 0 || seen[slot]) return false;
        seen[slot] = true;
        f.order[i] = "YMD"[slot];
    }
    if (pos != text.size()) return false;
    format = f;
    return true;
}

TextCell parseDateCell(std::string_view cell, const DateFormat& format) {
    const std::string_view s = trimCell(cell);
    const std::string bad = quoteCell(cell) + " is not a date in " + format.text() + " form";
    std::string parts[3];
    std::size_t part = 0;
    for (char c : s) {
        if (c == format.separator) {
            if (++part > 2) break;
        } else if (isDigit(c)) {
            parts[part] += c;
        } else {
            part = 3;
            break;
        }
    }
    std::string y, m, d;
    bool shaped = part == 2;
    for (int i = 0; shaped && i < 3; ++i) {
        const std::string& p = parts[i];
        if (format.order[i] == 'Y') {
            shaped = p.size() == 4;
            y = p;
            continue;
        }
        // ISO dates always have two-digit months and days; other orders allow "5/3/2026".
        shaped = format.iso() ? p.size() == 2 : !p.empty() && p.size() <= 2;
        (format.order[i] == 'M' ? m : d) = p.size() == 1 ? "0" + p : p;
    }
    if (!shaped) {
        const bool slashes = s.find('/') != std::string_view::npos || s.find('.') != std::string_view::npos;
        return {false, "",
                bad + (format.iso() && slashes ? "; if the file writes days first or months first, pass "
                                                 "--date-format DD/MM/YYYY (or MM/DD/YYYY)"
                                               : "")};
    }
    const std::string iso = y + "-" + m + "-" + d;
    if (!isValidDate(iso))
        return {false, "", quoteCell(cell) + " is not a date: there is no such day (read as " + iso + ")"};
    return {true, iso, ""};
}

TextCell parseMonthCell(std::string_view cell, const DateFormat& format) {
    const std::string_view s = trimCell(cell);
    if (s.size() == 7 && allDigits(s.substr(0, 4)) && s[4] == '-' && allDigits(s.substr(5))) {
        const int month = (s[5] - '0') * 10 + (s[6] - '0');
        if (month >= 1 && month <= 12) return {true, std::string(s), ""};
    }
    const TextCell date = parseDateCell(s, format);
    if (date.ok) return {true, date.value.substr(0, 7), ""};
    return {false, "",
            quoteCell(cell) + " is not a month: write YYYY-MM (e.g. 2026-05) or a date in " + format.text() +
                " form"};
}

}  // namespace sc::csv
