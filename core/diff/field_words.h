// One document's field values in the words a person reads, by the field's description
// (model/fields.h): text in quotes, money in the document's currency, rates as percentages,
// vocabulary terms by their labels, references by the name of what they point to, numbers
// with their unit; "not set" for a value the file does not write. Used by the diff, whose
// "from" words come from A and "to" words from B (each side's currency and names).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "model/document.h"
#include "model/fields.h"

namespace sc::diff {

inline constexpr const char* kNotSet = "not set";

class FieldWords {
  public:
    explicit FieldWords(const Document& doc) : m_doc(doc) {}

    std::string of(const std::string& value, const FieldInfo& info) const;
    std::string of(std::int64_t value, const FieldInfo& info) const;
    std::string of(double value, const FieldInfo& info) const;
    std::string of(bool value, const FieldInfo& info) const;
    template <class T>  // optional numbers (a price book's prices, a level's number): empty = not set
    std::string of(const std::optional<T>& value, const FieldInfo& info) const {
        return value ? of(*value, info) : kNotSet;
    }
    std::string of(const std::vector<std::string>& value, const FieldInfo& info) const;
    // A key this version does not know: its JSON value (nullptr: not there).
    std::string ofUnknown(const Json* value) const;

    // A promise's or channel's value on dimension `dimensionId` (nullptr: not placed there):
    // the level's name, or the number with the dimension's unit.
    std::string level(const std::string& dimensionId, const LevelValue* value) const;
    // The dimension's name, or its id when the document has no such dimension.
    std::string dimensionName(const std::string& dimensionId) const;

  private:
    std::string reference(std::string_view targetKind, const std::string& id) const;
    const Dimension* dimension(const std::string& id) const;

    const Document& m_doc;
    // "kind\x1fid" -> name, of every entity outside the row tables; built on the first reference.
    mutable std::unordered_map<std::string, std::string> m_names;
    mutable bool m_indexed = false;
};

// `text` in double quotes: "Try it now".
std::string inQuotes(const std::string& text);

}  // namespace sc::diff
