// Names the app shows or hands to the browser for the open document: the download's file name
// and the page title. Plain string functions (no browser, no ImGui) so they are tested natively.
#pragma once

#include <cstddef>
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

}  // namespace sc::web
