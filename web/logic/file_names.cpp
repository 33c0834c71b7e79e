// Download file names and page titles (see file_names.h).
#include "logic/file_names.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>
#include <vector>

namespace sc::web {

namespace {

bool endsWithNoCase(const std::string& s, const std::string& suffix) {
    if (s.size() < suffix.size()) return false;
    return std::equal(
        suffix.begin(), suffix.end(), s.end() - static_cast<std::ptrdiff_t>(suffix.size()),
        [](char lower, char c) { return std::tolower(static_cast<unsigned char>(c)) == lower; });
}

std::string withoutScorecardSuffix(std::string name) {
    for (const char* suffix : {".scorecard.json", ".json"}) {
        const std::string s(suffix);
        if (endsWithNoCase(name, s)) return name.substr(0, name.size() - s.size());
    }
    return name;
}

bool isUnsafe(unsigned char c) {
    if (c < 0x20 || c == 0x7F) return true;
    static constexpr std::string_view kRefused = "/\\:*?\"<>|";
    return kRefused.find(static_cast<char>(c)) != std::string_view::npos;
}

// Unsafe characters become '-', whitespace becomes ' ', and runs of either collapse to one.
std::string cleaned(const std::string& raw) {
    std::string out;
    for (unsigned char c : raw) {
        char put = static_cast<char>(c);
        if (c == '\t' || c == '\n' || c == '\r' || c == ' ') put = ' ';
        else if (isUnsafe(c)) put = '-';
        if ((put == ' ' || put == '-') && !out.empty() && out.back() == put) continue;
        out.push_back(put);
    }
    return out;
}

std::string trimmed(std::string s) {
    const auto lead = s.find_first_not_of(". -");
    if (lead == std::string::npos) return "";
    s.erase(0, lead);
    s.erase(s.find_last_not_of(". -") + 1);
    return s;
}

// Cuts to at most `max` bytes without splitting a UTF-8 sequence.
std::string cutUtf8(std::string s, std::size_t max) {
    if (s.size() <= max) return s;
    std::size_t end = max;
    while (end > 0 && (static_cast<unsigned char>(s[end]) & 0xC0) == 0x80) --end;
    s.resize(end);
    return s;
}

bool isWindowsDeviceName(const std::string& stem) {
    static constexpr std::array<std::string_view, 22> kNames = {
        "CON",  "PRN",  "AUX",  "NUL",  "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7",
        "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9"};
    std::string upper = stem;
    for (char& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    return std::find(kNames.begin(), kNames.end(), upper) != kNames.end();
}

std::string safeStem(const std::string& raw) {
    std::string stem = trimmed(cutUtf8(trimmed(cleaned(raw)), kMaxFileStemBytes));
    if (isWindowsDeviceName(stem)) stem = "_" + stem;
    return stem;
}

}  // namespace

std::string downloadFileName(const std::string& fileName, const std::string& title) {
    std::string stem = safeStem(withoutScorecardSuffix(fileName));
    if (stem.empty()) stem = safeStem(title);
    if (stem.empty()) stem = "scorecard";
    return stem + ".scorecard.json";
}

std::string pageTitle(const std::string& fileName, bool dirty) {
    std::string title = dirty ? "\xE2\x80\xA2 " : "";                          // U+2022 BULLET
    if (!fileName.empty()) title += oneLineName(fileName) + " \xE2\x80\x94 ";  // U+2014 EM DASH
    return title + "Alignment Scorecard";
}

std::string oneLineName(const std::string& name) {
    std::string out = name;
    for (char& c : out)
        if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
    return out;
}

std::string ellipsize(const std::string& text, float maxWidth,
                      const std::function<float(const std::string&)>& width) {
    if (width(text) <= maxWidth) return text;
    const std::string dots = "\xE2\x80\xA6";  // U+2026
    // Character starts (not UTF-8 continuation bytes) are the places a cut may fall.
    std::vector<std::size_t> cuts;
    for (std::size_t i = 1; i < text.size(); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) cuts.push_back(i);
    // The longest prefix that fits, by bisection (width grows with the prefix).
    std::size_t lo = 0, hi = cuts.size();
    while (lo < hi) {
        const std::size_t mid = (lo + hi + 1) / 2;
        if (width(text.substr(0, cuts[mid - 1]) + dots) <= maxWidth) lo = mid;
        else hi = mid - 1;
    }
    return lo == 0 ? dots : text.substr(0, cuts[lo - 1]) + dots;
}

}  // namespace sc::web
