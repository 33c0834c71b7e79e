#include "validation/validate.h"

#include <set>

namespace sc {

// Placeholder-free minimum: duplicate ids per list. The full rule set lives here too.
std::vector<Finding> validateDocument(const Document& doc) {
    std::vector<Finding> out;
    auto uniqueIds = [&](const auto& items, const char* key) {
        std::set<std::string> seen;
        for (std::size_t i = 0; i < items.size(); ++i) {
            const auto& id = items[i].id;
            if (id.empty()) continue;
            if (!seen.insert(id).second)
                out.push_back({Severity::Error, std::string("/") + key + "/" + std::to_string(i) + "/id",
                               "duplicate id \"" + id + "\" in " + key});
        }
    };
    uniqueIds(doc.segments, "segments");
    uniqueIds(doc.promises, "promises");
    uniqueIds(doc.channels, "channels");
    return out;
}

}  // namespace sc
