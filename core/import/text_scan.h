// Small character tests the cell readers share (ASCII digits only: a cell's "٣" is not a digit).
#pragma once

#include <algorithm>
#include <string_view>

namespace sc::csv::scan {

inline bool isDigit(char c) { return c >= '0' && c <= '9'; }
inline bool allDigits(std::string_view s) { return !s.empty() && std::all_of(s.begin(), s.end(), isDigit); }
inline bool startsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}
inline bool endsWith(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

}  // namespace sc::csv::scan
