// Names the app shows or hands to the browser for the open document: the download's file name
// and the page title. Plain string functions (no browser, no ImGui) so they are tested natively.
#pragma once

#include <cstddef>
#include <functional>
#include <string>

namespace sc::web {

// Longest stem (before ".scorecard.json") a download gets, in bytes; cut on a UTF-8 boundary.
inline constexpr std::size_t kMaxFileStemBytes = 80;

// "<stem>.scorecard.json" for File > Save: the stem of the open file's name (its
// ".scorecard.json"/".json" ending removed), or the title when there is no file name, or
// "scorecard". Path separators, characters Windows refuses (:*?"<>|) and control characters
// become "-"; runs of spaces/dashes collapse; leading dots and trailing dots/spaces go
// (no hidden files, nothing Windows trims); Windows device names (CON, NUL, COM1...) get a
// leading "_".
std::string downloadFileName(const std::string& fileName, const std::string& title);

// The browser tab's title: "• name — Alignment Scorecard" while there are unsaved changes.
std::string pageTitle(const std::string& fileName, bool dirty);

// A name drawn on one line: line breaks, tabs and other control characters become spaces (a
// newline in a file name must not cut the menu bar short).
std::string oneLineName(const std::string& name);

// `text` cut at a UTF-8 character boundary with "…" appended so that `width(result)` is at most
// `maxWidth`; `text` itself when it fits; "…" alone when even one character does not.
std::string ellipsize(const std::string& text, float maxWidth,
                      const std::function<float(const std::string&)>& width);

}  // namespace sc::web
