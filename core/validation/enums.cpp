// Rule family: enumerations. A status or kind outside its vocabulary is a warning naming the
// allowed values: the file may come from a newer version that knows more values, so it still
// loads and the value is kept, but this version treats it as unknown. The vocabularies and which
// field uses which come from the field descriptions (model/describe.h); nothing is listed here.
#include "model/walk.h"
#include "validation/rule_context.h"

namespace sc::rules {
namespace {

// The text value of `object`'s field `key` ("" when it has none or it is not text).
template <class T>
std::string textOf(T& object, std::string_view key) {
    std::string out;
    forEachField(object, [&](const char* k, auto& member, const FieldInfo&) {
        if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::string>)
            if (key == k) out = member;
    });
    return out;
}

}  // namespace

std::string fieldPointer(const WalkPath& path, const char* key) {
    const WalkFrame& last = path.back();
    if (last.tableRow) return tableCell(std::string(last.key), last.index, key);
    return at(pointerOf(path), key);
}

void checkEnums(const Document& doc, FindingSink& sink) {
    walkObjects(doc, [&](auto& object, const WalkPath& path) {
        forEachField(object, [&](const char* key, auto& member, const FieldInfo& info) {
            if constexpr (std::is_same_v<std::decay_t<decltype(member)>, std::string>) {
                if (info.kind != FieldKind::Enum || !info.vocabulary) return;
                const vocab::Vocabulary& v = *info.vocabulary;
                // Empty is "not set": fine unless the field is required (table cells may be blank).
                if (member.empty() && (!info.required() || path.back().tableRow)) return;
                if (v.contains(member)) return;
                if (!info.whenKey.empty() && textOf(object, info.whenKey) != info.whenValue) return;
                sink.warning(fieldPointer(path, key),
                             describePath(path) + " has the " + labelInSentence(info.label) + " " +
                                 quote(member) +
                                 ", which this version does not know; use one of: " + v.idList());
            }
        });
    });
}

}  // namespace sc::rules
