#include "diff/field_words.h"

#include <sstream>

#include "merge/value_words.h"
#include "model/walk.h"
#include "partners/money_text.h"
#include "workflow/money_text.h"

namespace sc::diff {
namespace {

// "3 days", "40%", "2 (1–5)": a number with the unit its field describes.
std::string withUnit(std::string number, std::string_view unit) {
    if (unit.empty()) return number;
    if (unit == "%") return number + "%";
    if (std::isdigit(static_cast<unsigned char>(unit.front())))
        return number + " (" + std::string(unit) + ")";
    return number + " " + std::string(unit);
}

// The shortest text that reads back as the same double (0.125 stays 0.125, 2.0 is "2").
std::string numberText(double value) {
    std::ostringstream s;
    s.precision(15);
    s << value;
    return s.str();
}

}  // namespace

std::string inQuotes(const std::string& text) { return "\"" + text + "\""; }

std::string FieldWords::of(const std::string& value, const FieldInfo& info) const {
    if (value.empty()) return kNotSet;
    switch (info.kind) {
        case FieldKind::Reference:
            return reference(info.target, value);
        case FieldKind::Date:
        case FieldKind::Timestamp:
        case FieldKind::Period:
        case FieldKind::Id:
            return value;
        default:
            break;
    }
    // A closed vocabulary's term by its label; an open one's only when it is one of its terms.
    if (info.vocabulary && info.vocabulary->contains(value))
        return std::string(info.vocabulary->labelOf(value));
    return inQuotes(value);
}

std::string FieldWords::of(std::int64_t value, const FieldInfo& info) const {
    if (info.kind == FieldKind::Money) return formatMoney(value, m_doc.info.currency);
    if (info.kind == FieldKind::BasisPoints) return partners::percentOfBp(value);
    return withUnit(std::to_string(value), info.unit);
}

std::string FieldWords::of(double value, const FieldInfo& info) const {
    return withUnit(numberText(value), info.unit);
}

std::string FieldWords::of(bool value, const FieldInfo&) const { return value ? "yes" : "no"; }

std::string FieldWords::of(const std::vector<std::string>& value, const FieldInfo& info) const {
    if (value.empty()) return kNotSet;
    std::string out;
    for (const auto& item : value)
        out += (out.empty() ? "" : ", ") +
               (info.kind == FieldKind::ReferenceList ? reference(info.target, item) : inQuotes(item));
    return out;
}

std::string FieldWords::ofUnknown(const Json* value) const {
    if (!value) return kNotSet;
    if (value->is_string()) return inQuotes(value->get<std::string>());
    return merge::valueInWords(value);  // the merge's words for numbers, lists and objects
}

std::string FieldWords::reference(std::string_view targetKind, const std::string& id) const {
    if (!m_indexed) {
        // Table rows (a million deals) are left out: a reference to one shows its id.
        walkObjects(m_doc, [this](auto&, const WalkPath& path) {
            const WalkFrame& f = path.back();
            if (f.tableRow || !f.id || f.id->empty() || !f.name || f.name->empty()) return;
            m_names.emplace(std::string(f.kind) + '\x1f' + *f.id, *f.name);
        });
        m_indexed = true;
    }
    auto it = m_names.find(std::string(targetKind) + '\x1f' + id);
    return it == m_names.end() ? id : inQuotes(it->second) + " (" + id + ")";
}

const Dimension* FieldWords::dimension(const std::string& id) const {
    for (const auto& d : m_doc.dimensions)
        if (d.id == id) return &d;
    return nullptr;
}

std::string FieldWords::dimensionName(const std::string& dimensionId) const {
    const Dimension* d = dimension(dimensionId);
    return d && !d->name.empty() ? d->name : dimensionId;
}

std::string FieldWords::level(const std::string& dimensionId, const LevelValue* value) const {
    if (!value || (value->level.empty() && !value->number)) return kNotSet;
    const Dimension* d = dimension(dimensionId);
    if (value->number) return withUnit(numberText(*value->number), d ? std::string_view(d->unit) : "");
    if (d)
        for (const auto& l : d->levels)
            if (l.id == value->level && !l.name.empty()) return l.name;
    return value->level;
}

}  // namespace sc::diff
