#include "merge/date_lists.h"

#include <algorithm>
#include <type_traits>

#include "model/walk.h"

namespace sc::merge {

void sortDateLists(Document& doc) {
    walkObjects(doc, [](auto& object, const WalkPath& path) {
        if (path.back().tableRow) return;  // table cells hold no lists of dates
        forEachField(object, [](const char*, auto& member, const FieldInfo& info) {
            if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::vector<std::string>>)
                if (info.kind == FieldKind::DateList) std::sort(member.begin(), member.end());
        });
    });
}

}  // namespace sc::merge
