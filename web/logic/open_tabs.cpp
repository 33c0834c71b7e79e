// Which tabs have the same document open (see open_tabs.h).
#include "logic/open_tabs.h"

namespace sc::web {

std::string documentIdentity(const std::string& fileName, const std::string& title) {
    if (fileName.empty()) return "";
    // The name's length first, so no name/title pair can pass for another.
    return std::to_string(fileName.size()) + ":" + fileName + title;
}

OpenElsewhere::Change OpenElsewhere::update(int otherTabs) {
    const bool now = otherTabs > 0;
    if (now == m_showing) return Change::None;
    m_showing = now;
    return now ? Change::Show : Change::Hide;
}

}  // namespace sc::web
