// File > Open recent (see recent_files.h).
#include "logic/recent_files.h"

#include <algorithm>
#include <set>

#include "logic/autosave.h"
#include "model/common.h"

namespace sc::web {

std::vector<RecentFile> parseRecentFiles(std::string_view json) {
    std::vector<RecentFile> files;
    const sc::Json list = sc::Json::parse(json.begin(), json.end(), nullptr, false);
    if (!list.is_array()) return files;
    std::set<int> ids;
    for (const auto& entry : list) {
        if (!entry.is_object()) continue;
        const auto id = entry.find("id");
        const auto name = entry.find("name");
        const auto opened = entry.find("opened_ms");
        if (id == entry.end() || !id->is_number_integer() || name == entry.end() || !name->is_string())
            continue;
        RecentFile file{id->get<int>(), name->get<std::string>(), 0.0};
        if (file.name.empty() || !ids.insert(file.id).second) continue;
        if (opened != entry.end() && opened->is_number()) file.openedMs = opened->get<double>();
        files.push_back(std::move(file));
    }
    // Stable: entries opened at the same moment keep the page's order.
    std::stable_sort(files.begin(), files.end(),
                     [](const RecentFile& a, const RecentFile& b) { return a.openedMs > b.openedMs; });
    if (files.size() > kMaxRecentFiles) files.resize(kMaxRecentFiles);
    return files;
}

std::string recentItemLabel(const RecentFile& file) {
    return file.name + "##recent" + std::to_string(file.id);
}

std::string recentOpenedText(const RecentFile& file, double nowMs) {
    return "opened " + describeAge(file.openedMs, nowMs);
}

std::string recentFileFailedMessage(const std::string& name) {
    return "'" + name +
           "' could not be opened: it was moved or deleted, or the browser did not allow reading it. It was "
           "removed from File > Open recent.";
}

}  // namespace sc::web
