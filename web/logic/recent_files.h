// File > Open recent (issue 10): the files this browser remembers (File System Access handles,
// kept by shell/index.html in IndexedDB), as the page hands them over, and the menu's wording.
// The page owns the handles and decides what is the same file (isSameEntry); this list model
// orders, caps and labels what it is given.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace sc::web {

inline constexpr std::size_t kMaxRecentFiles = 8;
// The submenu's only line where the browser has no File System Access (Firefox, Safari).
inline constexpr const char* kRecentUnavailable = "Not available in this browser";
inline constexpr const char* kRecentEmpty = "No recent files";
inline constexpr const char* kClearRecent = "Clear recent files";

struct RecentFile {
    int id = 0;  // the page's key for the handle (stable for the page's life)
    std::string name;
    double openedMs = 0.0;  // when it was last opened or saved to (ms since 1970)
};

// The page's JSON, `[{"id":1,"name":"plan.scorecard.json","opened_ms":1.7e12}, …]`: newest
// first, at most kMaxRecentFiles, entries without an id or a name dropped, ids kept unique.
// Anything that is not such a list gives no entries.
std::vector<RecentFile> parseRecentFiles(std::string_view json);

// The menu item: the name, with an id suffix so two files of the same name stay two items.
std::string recentItemLabel(const RecentFile& file);
// Its second column: "opened 5 minutes ago", "opened just now".
std::string recentOpenedText(const RecentFile& file, double nowMs);
// A recent file that is gone or that the browser would not let us read.
std::string recentFileFailedMessage(const std::string& name);

}  // namespace sc::web
