// The importable tables, read off the field descriptions (model/describe.h): every field of the
// row type that a spreadsheet cell can hold is a column, in the order the description lists it,
// with the kind, vocabulary, reference target and required flag the description gives. The
// header words a spreadsheet uses come from import_hints.cpp; nothing else is written twice.
#include <algorithm>
#include <optional>

#include "import/column_mapping.h"
#include "import/import_hints.h"
#include "model/describe.h"

namespace sc::csv {
namespace {

// (key, description) of every field of one object, in description order.
struct FieldList {
    std::vector<std::pair<std::string, FieldInfo>> fields;
    template <class M>
    void field(const char* key, M&, const FieldInfo& info) {
        fields.emplace_back(key, info);
    }
};

// The kind of cell a field is read from; nullopt for what a CSV does not fill: timestamps (the
// import sets them), decimals (no importable table has one) and nested objects or lists such as
// a partner's contacts.
std::optional<CellKind> cellKindOf(const FieldInfo& info) {
    switch (info.kind) {
        case FieldKind::Id:
            return CellKind::Id;
        case FieldKind::Text:
        case FieldKind::LongText:
            return CellKind::Text;  // an open vocabulary only suggests
        case FieldKind::TextList:
            return CellKind::List;
        case FieldKind::Money:
            return CellKind::Money;
        case FieldKind::BasisPoints:
            return CellKind::Percent;
        case FieldKind::Integer:
            return CellKind::Count;
        case FieldKind::Bool:
            return CellKind::YesNo;
        case FieldKind::Date:
            return CellKind::Date;
        case FieldKind::Period:
            return CellKind::Month;
        case FieldKind::Enum:
            return CellKind::Choice;
        case FieldKind::Reference:
            // A row cannot be stored without its partner, so an unknown one is refused at once;
            // other references are kept as written and validation names the dangling ones.
            if (info.target == "partner") return CellKind::Partner;
            if (info.target == "territory") return CellKind::Territory;
            return CellKind::Reference;
        case FieldKind::ReferenceList:
            return CellKind::ReferenceList;
        default:
            return std::nullopt;
    }
}

void addOnce(std::vector<std::string>& list, const std::string& item) {
    if (!item.empty() && std::find(list.begin(), list.end(), item) == list.end()) list.push_back(item);
}

template <class Row>
TableSpec describedTable(const std::string& pointerBase) {
    TableSpec table;
    table.table = std::string(EntityWords<Row>::listKey);
    table.rowKind = std::string(EntityWords<Row>::singular);
    table.pointerBase = pointerBase;
    Row row;
    FieldList fields;
    describe(fields, row);
    const std::string singular = normaliseHeader(EntityWords<Row>::singular);
    for (const auto& [key, info] : fields.fields) {
        const auto kind = cellKindOf(info);
        if (!kind) continue;
        const ColumnHint* hint = importHint(table.table, key);
        ColumnSpec c;
        c.column = key;
        c.kind = hint && hint->kind ? *hint->kind : *kind;
        // An id is never required: a row without one is matched by its content (row_ids.h).
        c.required = *kind != CellKind::Id && (info.required() || (hint && hint->required));
        c.target = std::string(info.target);
        // The document's own name first, then its label ("List price"), then "deal_id" /
        // "partner_name" for an entity's id and name, then the spreadsheet words.
        addOnce(c.synonyms, key);
        addOnce(c.synonyms, normaliseHeader(info.label));
        if (key == "id" || key == "name") addOnce(c.synonyms, singular + "_" + key);
        if (hint)
            for (const auto& s : hint->synonyms) addOnce(c.synonyms, s);
        if (info.kind == FieldKind::Enum && info.vocabulary) {
            auto addChoice = [&](const std::string& spelling, const std::string& id) {
                const bool known = std::any_of(c.choices.begin(), c.choices.end(),
                                               [&](const auto& choice) { return choice.first == spelling; });
                if (!spelling.empty() && !known) c.choices.emplace_back(spelling, id);
            };
            for (const vocab::Term& term : *info.vocabulary)
                addChoice(std::string(term.id), std::string(term.id));
            for (const vocab::Term& term : *info.vocabulary)
                addChoice(normaliseHeader(term.label), std::string(term.id));
            if (hint)
                for (const auto& [spelling, id] : hint->spellings) addChoice(spelling, id);
        }
        table.columns.push_back(std::move(c));
    }
    return table;
}

std::vector<TableSpec> buildTables() {
    const std::string rules = "/rules_of_engagement/";
    return {
        describedTable<Deal>("/deals/rows/"),
        describedTable<DealRegistration>("/deal_registrations/rows/"),
        describedTable<ReportSubmission>("/report_submissions/rows/"),
        describedTable<KpiRecord>("/kpi_records/rows/"),
        describedTable<PriceBookEntry>(rules + "price_book/"),
        describedTable<DiscountBand>(rules + "discount_bands/"),
        describedTable<Partner>("/partners/"),
        describedTable<Territory>(rules + "territories/"),
    };
}

}  // namespace

const std::vector<TableSpec>& importTables() {
    static const std::vector<TableSpec> tables = buildTables();
    return tables;
}

const TableSpec* findImportTable(const std::string& table) {
    for (const auto& t : importTables())
        if (t.table == table) return &t;
    return nullptr;
}

std::string importTableNames() {
    std::string out;
    for (const auto& t : importTables()) out += (out.empty() ? "" : ", ") + t.table;
    return out;
}

}  // namespace sc::csv
