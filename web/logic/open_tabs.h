// A second tab with the same document (issue 10): every tab announces what it has open on a
// BroadcastChannel (shell/index.html, scorecardApp.presence), and one whose document another
// live tab also has shows a warning until that tab closes or opens something else.
//
// What counts as "the same document" is decided here: the file name and the title together, as
// the user sees them in the menu bar. Not the content (two tabs differ as soon as one edits,
// which is exactly what the warning is about); not the File System Access handle (downloads,
// dropped files and samples have none, and handles compare only asynchronously). A document
// without a file name (File > New, a share link) has no identity: two new scorecards in two
// tabs are different documents, and saving one cannot overwrite the other's file.
#pragma once

#include <string>

namespace sc::web {

inline constexpr const char* kOpenElsewhereWarning =
    "This scorecard is also open in another tab. Edits in one tab do not appear in the other; saving "
    "both overwrites one with the other.";

// "" when the document has no file name (nothing to compare); else the name and the title.
std::string documentIdentity(const std::string& fileName, const std::string& title);

// The warning's state across frames: `otherTabs` = how many other live tabs announce the same
// identity now. Returns what the status line should do.
class OpenElsewhere {
  public:
    enum class Change { None, Show, Hide };
    Change update(int otherTabs);
    bool showing() const { return m_showing; }

  private:
    bool m_showing = false;
};

}  // namespace sc::web
