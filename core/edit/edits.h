// The generic edits of the document, driven by the field descriptions (model/describe.h):
// set one field, add an item to a list, duplicate, move and remove one. Each is a pure
// function returning a new document or the reason it refused (model/edit_result.h), and each
// has a label function for Edit > Undo. The app never changes the document any other way.
// Their preconditions are queries the app asks before it offers an action (whyCannotAdd,
// canMove, referencesTo), so a view holds no rule of its own.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <variant>
#include <vector>

#include "edit/address.h"
#include "model/edit_result.h"

namespace sc {
// Level values compare by level and number (FieldValue equality needs it).
inline bool operator==(const LevelValue& a, const LevelValue& b) {
    return a.level == b.level && a.number == b.number;
}
inline bool operator!=(const LevelValue& a, const LevelValue& b) { return !(a == b); }
}  // namespace sc

namespace sc::edit {

// A value for one field; the alternative must match the field's C++ type.
// An optional whole number is money or a rate that may be not set (a price book entry's prices).
using FieldValue = std::variant<std::string, std::int64_t, double, bool, std::optional<double>,
                                std::vector<std::string>, LevelMap, std::optional<std::int64_t>>;

// Sets field `key` of the object at `a`. Refused: an unknown object or field, ids and
// timestamps (the program keeps them), a value of the wrong type, an empty required field, a
// term outside a closed vocabulary, a reference to nothing. Stamps the entity's `updated`
// with `now` (ISO 8601) when the value changes; setting the value it already has is ok and
// changes nothing.
EditResult setField(const Document& doc, const Address& a, const std::string& key, const FieldValue& value,
                    const std::string& now);
// "Edit name of segment 'SMB'".
std::string setFieldLabel(const Document& doc, const Address& a, const std::string& key);

// The value of field `key` of the object at `a`; nullopt when there is none.
std::optional<FieldValue> fieldValue(const Document& doc, const Address& a, const std::string& key);

// Why an item cannot be added to the list `listKey` of the object at `parent` (empty: it can).
// A promise needs a segment to belong to, a pair a product and a channel.
std::string whyCannotAdd(const Document& doc, const Address& parent, const std::string& listKey);
// Appends a new item to the list `listKey` of the object at `parent`, with a fresh id
// ("seg-3"), the name "New segment" unless `initial` sets one, `created`/`updated` = now, then
// `initial`'s fields (each as setField would check it). A required reference not in `initial`
// takes the first entity it may point to. The new id is in the result's `id`.
EditResult addItem(const Document& doc, const Address& parent, const std::string& listKey,
                   const std::vector<std::pair<std::string, FieldValue>>& initial, const std::string& now);
std::string addItemLabel(const Document& doc, const Address& parent, const std::string& listKey);

// Inserts a copy of the item at `a` after it: new ids for it and everything it holds, the
// name followed by " (copy)". The copy's id is in the result's `id`.
EditResult duplicateItem(const Document& doc, const Address& a, const std::string& now);
std::string duplicateItemLabel(const Document& doc, const Address& a);

// Whether the item at `a` can move by `delta` places in its list (-1 = up, +1 = down).
bool canMove(const Document& doc, const Address& a, int delta);
EditResult moveItem(const Document& doc, const Address& a, int delta);
std::string moveItemLabel(const Document& doc, const Address& a, int delta);

// What removing the item at `a` would also change, in the order found: everything that
// refers to it (a promise's segment, a pair's channel, a decision's mismatch, a promise's level
// on a removed dimension) and, transitively, what refers to what goes with it.
struct Reference {
    std::string pointer;      // JSON Pointer of the referring object ("/promises/2")
    std::string description;  // "promise 'Try it now' (its segment)"
    bool removed = false;     // true: the referring object is removed too; false: the link is cleared
    std::string kind;         // the referring object's kind: "promise"
};
std::vector<Reference> referencesTo(const Document& doc, const Address& a);
// One line per reference, for a confirmation dialog or a refusal message.
std::string referencesText(const std::vector<Reference>& refs);
// "Removing it also removes 2 promises and 1 decision, and clears 3 links." (first mention
// order); empty for no references.
std::string referencesSummary(const std::vector<Reference>& refs);

// Removes the item at `a`. While something refers to it, refused with a message naming what
// refers to it, unless `withReferences`: then every reference is removed or cleared as
// referencesTo() lists (cascade).
EditResult removeItem(const Document& doc, const Address& a, bool withReferences);
std::string removeItemLabel(const Document& doc, const Address& a);

// A fresh id for a new object of type T: "<prefix>-<n>", unused by any object of its kind.
std::string freshId(const Document& doc, std::string_view kind, std::string_view prefix);

}  // namespace sc::edit
