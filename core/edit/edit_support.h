// Small pieces the edit functions share (not part of the edit API).
#pragma once

#include <set>
#include <string>
#include <string_view>
#include <type_traits>
#include <variant>

#include "edit/edits.h"

namespace sc::edit {

template <class M, class V = FieldValue>
struct IsAlternative;
template <class M, class... Ts>
struct IsAlternative<M, std::variant<Ts...>> : std::bool_constant<(std::is_same_v<M, Ts> || ...)> {};
// Whether a member of type M can travel as a FieldValue.
template <class M>
inline constexpr bool kIsFieldValue = IsAlternative<M>::value;

inline EditResult refused(const Document& doc, std::string error) {
    EditResult r;
    r.document = doc;
    r.error = std::move(error);
    return r;
}
inline EditResult accepted(Document doc, std::string id) {
    EditResult r;
    r.ok = true;
    r.document = std::move(doc);
    r.id = std::move(id);
    return r;
}

bool blankText(const std::string& s);
std::string capitalised(std::string s);

// Whether the document holds an object of `kind` (EntityWords singular) with this id.
bool hasObject(const Document& doc, std::string_view kind, const std::string& id);
// The id of the first object of `kind`, empty when there is none.
std::string firstIdOf(const Document& doc, std::string_view kind);

// freshId(), also avoiding the ids in `alsoTaken` (given earlier in the same edit).
std::string freshIdAvoiding(const Document& doc, std::string_view kind, std::string_view prefix,
                            const std::set<std::string>& alsoTaken);

template <class T>
void stampUpdated(T& object, const std::string& now) {
    if constexpr (std::is_base_of_v<Entity, T>) object.updated = now;
    (void)object;
    (void)now;
}

}  // namespace sc::edit
