// setField and fieldValue: one field of one object, checked against its description.
#include <cmath>
#include <set>

#include "edit/edit_support.h"
#include "edit/edits.h"

namespace sc::edit {

namespace {

// Why `value` may not go into a field described by `info` (empty: it may).
template <class M>
std::string whyRefused(const Document& doc, const M& value, const FieldInfo& info, const std::string& what) {
    if constexpr (std::is_same_v<M, std::string>) {
        if (info.required() && blankText(value)) return what + " cannot be empty";
        if (info.kind == FieldKind::Enum && info.vocabulary && !value.empty() &&
            !info.vocabulary->contains(value)) {
            return what + " must be one of: " + info.vocabulary->idList();
        }
        if (info.kind == FieldKind::Reference && !value.empty() && !hasObject(doc, info.target, value))
            return "there is no " + std::string(info.target) + " '" + value + "'";
    } else if constexpr (std::is_same_v<M, std::vector<std::string>>) {
        if (info.kind == FieldKind::ReferenceList) {
            std::set<std::string> seen;
            for (const auto& id : value) {
                if (!hasObject(doc, info.target, id))
                    return "there is no " + std::string(info.target) + " '" + id + "'";
                if (!seen.insert(id).second)
                    return what + " lists " + std::string(info.target) + " '" + id + "' twice";
            }
        }
    } else if constexpr (std::is_same_v<M, double>) {
        if (!std::isfinite(value)) return what + " must be a finite number";
    }
    (void)doc;
    return {};
}

}  // namespace

EditResult setField(const Document& doc, const Address& a, const std::string& key, const FieldValue& value,
                    const std::string& now) {
    Document out = doc;
    std::string error;
    bool fieldFound = false;
    bool changed = false;
    const bool found = visitAt(out, a, [&](auto& object) {
        forEachField(object, [&](const char* k, auto& member, const FieldInfo& info) {
            using M = std::decay_t<decltype(member)>;
            if (fieldFound || key != k) return;
            fieldFound = true;
            const std::string what = std::string(info.label);
            if constexpr (kIsEntityList<M> || (IsDescribed<M>::value && !std::is_same_v<M, LevelValue>)) {
                error = what + " is a list or group of its own: edit its items instead";
            } else {
                if (info.kind == FieldKind::Id)
                    return void(error = "ids never change (other entities refer to them)");
                if (info.kind == FieldKind::Timestamp) return void(error = what + " is kept by the program");
                const M* v = std::get_if<M>(&value);
                if (!v) return void(error = what + " cannot hold a value of that type");
                error = whyRefused(doc, *v, info, what);
                if (!error.empty()) return;
                if (!(member == *v)) {
                    member = *v;
                    changed = true;
                }
            }
        });
        if (changed) stampUpdated(object, now);
    });
    if (!found) return refused(doc, "that item no longer exists (it was removed or undone)");
    if (!fieldFound) return refused(doc, "there is no field '" + key + "' there");
    if (!error.empty()) return refused(doc, capitalised(describeAddress(doc, a)) + ": " + error);
    return accepted(std::move(out), a.empty() ? std::string() : a.back().id);
}

std::string setFieldLabel(const Document& doc, const Address& a, const std::string& key) {
    std::string label = key;
    visitAt(doc, a, [&](auto& object) {
        forEachField(object, [&](const char* k, auto&, const FieldInfo& info) {
            if (key == k) label = labelInSentence(info.label);
        });
    });
    return "Edit " + label + " of " + describeAddress(doc, a);
}

std::optional<FieldValue> fieldValue(const Document& doc, const Address& a, const std::string& key) {
    std::optional<FieldValue> out;
    visitAt(doc, a, [&](auto& object) {
        forEachField(object, [&](const char* k, auto& member, const FieldInfo&) {
            using M = std::decay_t<decltype(member)>;
            if constexpr (kIsFieldValue<M>)
                if (key == k) out = FieldValue(std::in_place_type<M>, member);
        });
    });
    return out;
}

}  // namespace sc::edit
