// What a field of the document means, beyond its C++ type: its label, its semantic kind, its
// vocabulary, the entity list it refers to. describe.h attaches one FieldInfo to every field,
// so the reader, the writer, validation, merge, import and the app all read the same facts.
#pragma once

#include <cctype>
#include <cstdint>
#include <string>
#include <string_view>

#include "model/vocabularies.h"

namespace sc {

enum FieldFlags : unsigned { kOptional = 0, kRequired = 1 };

enum class FieldKind : std::uint8_t {
    Id,             // the entity's stable id (never edited as a field)
    Text,           // one line
    LongText,       // several lines (promise text, notes)
    TextList,       // a list of lines (needs, rules, regions)
    Money,          // integer minor units of the document's currency
    BasisPoints,    // a rate: 1% = 100 bp
    Integer,        // a whole number, optionally with a unit ("days", "leads")
    Decimal,        // a decimal number (tolerance, a constraint's value)
    Bool,           // yes / no
    Date,           // "YYYY-MM-DD"
    DateList,       // a list of "YYYY-MM-DD" (the meetings a cadence item held), merged as a set
    Timestamp,      // ISO 8601 UTC, set by the program
    Period,         // "YYYY-MM"
    Enum,           // one term of a vocabulary
    Reference,      // the id of an entity of another list
    ReferenceList,  // ids of entities of another list
    Levels,         // a promise's or channel's levels on the dimensions
    Object,         // a nested described object (customer model, readiness)
    List,           // a nested list of described entities (touchpoints, steps, funnel)
};

// What removing the target of a reference does to the entity that holds it (cascade).
enum class OnRemove : std::uint8_t {
    Clear,   // the reference is emptied (an optional link: a pair's segment)
    Remove,  // the holder goes too (a promise without its segment, a decision without its mismatch)
};

struct FieldInfo {
    unsigned flags = kOptional;
    std::string_view label;  // "Sales cycle", shown in the app and in messages
    FieldKind kind = FieldKind::Text;
    const vocab::Vocabulary* vocabulary = nullptr;  // Enum (and Text with suggestions)
    std::string_view target;                        // Reference(s): the entity kind, e.g. "segment"
    OnRemove onRemove = OnRemove::Clear;            // Reference: what removing the target does here
    std::string_view unit;                          // Integer/Decimal: "days", "leads"
    std::string_view help;                          // one sentence shown on hover
    // The field applies only when its sibling `whenKey` holds `whenValue` (a numeric
    // dimension's unit, an ordered one's levels); empty = always.
    std::string_view whenKey, whenValue;

    constexpr bool required() const { return (flags & kRequired) != 0; }

    constexpr FieldInfo need() const {
        FieldInfo f = *this;
        f.flags = kRequired;
        if (f.kind == FieldKind::Reference) f.onRemove = OnRemove::Remove;
        return f;
    }
    constexpr FieldInfo removeWithTarget() const {
        FieldInfo f = *this;
        f.onRemove = OnRemove::Remove;
        return f;
    }
    constexpr FieldInfo withUnit(std::string_view u) const {
        FieldInfo f = *this;
        f.unit = u;
        return f;
    }
    constexpr FieldInfo withHelp(std::string_view h) const {
        FieldInfo f = *this;
        f.help = h;
        return f;
    }
    constexpr FieldInfo when(std::string_view key, std::string_view value) const {
        FieldInfo f = *this;
        f.whenKey = key;
        f.whenValue = value;
        return f;
    }
    constexpr FieldInfo suggest(const vocab::Vocabulary& v) const {
        FieldInfo f = *this;
        f.vocabulary = &v;
        return f;
    }
};

namespace field {
constexpr FieldInfo of(FieldKind kind, std::string_view label) {
    FieldInfo f;
    f.label = label;
    f.kind = kind;
    return f;
}
constexpr FieldInfo id() { return of(FieldKind::Id, "Id").need(); }
constexpr FieldInfo text(std::string_view label) { return of(FieldKind::Text, label); }
constexpr FieldInfo longText(std::string_view label) { return of(FieldKind::LongText, label); }
constexpr FieldInfo textList(std::string_view label) { return of(FieldKind::TextList, label); }
constexpr FieldInfo money(std::string_view label) { return of(FieldKind::Money, label); }
constexpr FieldInfo bp(std::string_view label) { return of(FieldKind::BasisPoints, label); }
constexpr FieldInfo integer(std::string_view label, std::string_view unit = {}) {
    return of(FieldKind::Integer, label).withUnit(unit);
}
constexpr FieldInfo decimal(std::string_view label, std::string_view unit = {}) {
    return of(FieldKind::Decimal, label).withUnit(unit);
}
constexpr FieldInfo yesNo(std::string_view label) { return of(FieldKind::Bool, label); }
constexpr FieldInfo date(std::string_view label) { return of(FieldKind::Date, label); }
constexpr FieldInfo dates(std::string_view label) { return of(FieldKind::DateList, label); }
constexpr FieldInfo timestamp(std::string_view label) { return of(FieldKind::Timestamp, label); }
constexpr FieldInfo period(std::string_view label) { return of(FieldKind::Period, label); }
constexpr FieldInfo oneOf(std::string_view label, const vocab::Vocabulary& v) {
    FieldInfo f = of(v.open() ? FieldKind::Text : FieldKind::Enum, label);
    f.vocabulary = &v;
    return f;
}
constexpr FieldInfo ref(std::string_view label, std::string_view targetKind) {
    FieldInfo f = of(FieldKind::Reference, label);
    f.target = targetKind;
    return f;
}
constexpr FieldInfo refs(std::string_view label, std::string_view targetKind) {
    FieldInfo f = of(FieldKind::ReferenceList, label);
    f.target = targetKind;
    return f;
}
constexpr FieldInfo levels(std::string_view label) { return of(FieldKind::Levels, label); }
constexpr FieldInfo object(std::string_view label) { return of(FieldKind::Object, label); }
constexpr FieldInfo list(std::string_view label) { return of(FieldKind::List, label); }
}  // namespace field

// A field label inside a sentence: "Sales cycle" -> "sales cycle"; "KPI" stays as it is.
inline std::string labelInSentence(std::string_view label) {
    std::string out(label);
    if (out.size() > 1 && std::islower(static_cast<unsigned char>(out[1])))
        out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
    return out;
}

// The singular and plural words for an entity type ("segment", "segments") and the prefix of
// the ids the app gives new ones ("seg"). Specialised in describe.h for every described type.
template <class T>
struct EntityWords;

}  // namespace sc
