#include "import/cell_reader.h"

#include <algorithm>
#include <cctype>
#include <vector>

#include "model/walk.h"

namespace sc::csv {
namespace {

std::string lower(std::string_view s) {
    std::string out(s);
    std::transform(out.begin(), out.end(), out.begin(),
                   [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
    return out;
}

// Edits (insert, delete, replace a byte) between two short texts; capped inputs keep it cheap.
std::size_t editDistance(std::string_view a, std::string_view b) {
    a = a.substr(0, 64);
    b = b.substr(0, 64);
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

bool fromNumber(const NumberCell& n, CellValue& value, std::string& error) {
    if (!n.ok) {
        error = n.error;
        return false;
    }
    value.number = n.value;
    return true;
}

bool fromText(const TextCell& t, CellValue& value, std::string& error) {
    if (!t.ok) {
        error = t.error;
        return false;
    }
    value.text = t.value;
    return true;
}

}  // namespace

std::vector<std::string> splitListCell(std::string_view cell) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= cell.size(); ++i) {
        if (i < cell.size() && cell[i] != ';' && cell[i] != '|' && cell[i] != '\n' && cell[i] != '\r')
            continue;
        const std::string_view item = trimCell(cell.substr(start, i - start));
        if (!item.empty()) out.emplace_back(item);
        start = i + 1;
    }
    return out;
}

CellReader::CellReader(const Document& doc, DecimalMark mark, DateFormat dateFormat, const TableSpec* table)
    : m_doc(doc), m_mark(mark), m_dateFormat(dateFormat) {
    for (const auto& p : doc.partners) {
        m_partnerIds.emplace(lower(p.id), p.id);
        const auto [it, fresh] = m_partnerNames.emplace(lower(p.name), p.id);
        if (!fresh && it->second != p.id) it->second.clear();
    }
    for (const auto& t : doc.rules.territories) {
        m_territories.emplace(lower(t.id), t.id);
        m_territories.emplace(lower(t.name), t.id);
    }
    // The kinds the table's other references name (a partner's channel, its segments).
    if (table)
        for (const auto& c : table->columns)
            if (c.kind == CellKind::Reference || c.kind == CellKind::ReferenceList) m_references[c.target];
    if (m_references.empty()) return;
    // Ids first, so a name that is also another entity's id never hides that id.
    for (const bool byName : {false, true})
        walkObjects(doc, [&](auto&, const WalkPath& path) {
            const WalkFrame& f = path.back();
            const auto kind = m_references.find(std::string(f.kind));
            if (kind == m_references.end() || !f.id || f.id->empty()) return;
            const std::string* key = byName ? f.name : f.id;
            if (key && !key->empty()) kind->second.emplace(lower(*key), *f.id);
        });
}

std::string CellReader::referenceId(const std::string& target, std::string_view cell) const {
    const auto kind = m_references.find(target);
    if (kind == m_references.end()) return std::string(cell);
    const auto id = kind->second.find(lower(cell));
    return id == kind->second.end() ? std::string(cell) : id->second;
}

bool CellReader::readPartner(std::string_view cell, CellValue& value, std::string& error) const {
    const std::string key = lower(cell);
    if (auto id = m_partnerIds.find(key); id != m_partnerIds.end()) {
        value.text = id->second;
        return true;
    }
    if (auto name = m_partnerNames.find(key); name != m_partnerNames.end()) {
        if (name->second.empty()) {
            error = "more than one partner is named " + quoteCell(cell) + "; use the partner's id";
            return false;
        }
        value.text = name->second;
        return true;
    }
    // A typo ("Prarie Ag Solutions") gets the closest partner suggested: a few edits at most.
    const Partner* closest = nullptr;
    std::size_t best = std::max<std::size_t>(2, key.size() / 5) + 1;
    for (const auto& p : m_doc.partners)
        for (const std::string& candidate : {lower(p.id), lower(p.name)})
            if (const std::size_t d = editDistance(key, candidate); d < best) {
                best = d;
                closest = &p;
            }
    const std::string suggestion =
        closest ? " Did you mean " + closest->id + " (" + closest->name + ")?" : "";
    constexpr std::size_t kListed = 10;
    std::string known;
    for (std::size_t i = 0; i < m_doc.partners.size() && i < kListed; ++i)
        known += (i ? ", " : "") + m_doc.partners[i].id + " (" + m_doc.partners[i].name + ")";
    if (m_doc.partners.size() > kListed)
        known += " and " + std::to_string(m_doc.partners.size() - kListed) + " more";
    error = "unknown partner " + quoteCell(cell) + "; give a partner's id or exact name." + suggestion +
            " Known partners: " + (known.empty() ? "none (the document has no partners)" : known);
    return false;
}

bool CellReader::read(const MappedColumn& column, std::string_view rawCell, const std::string& kpi,
                      CellValue& value, std::string& error) const {
    const std::string_view cell = trimCell(rawCell);
    switch (column.spec->kind) {
        case CellKind::Id:
        case CellKind::Text:
            value.text = std::string(cell);
            return true;
        case CellKind::Partner:
            return readPartner(cell, value, error);
        case CellKind::Territory: {
            const auto t = m_territories.find(lower(cell));
            value.text = t == m_territories.end() ? std::string(cell) : t->second;
            return true;
        }
        case CellKind::Money:
            return fromNumber(
                column.storedUnit ? parseMinorUnits(cell) : parseMoney(cell, m_doc.info.currency, m_mark),
                value, error);
        case CellKind::Percent:
            return fromNumber(column.storedUnit ? parseBasisPoints(cell) : parsePercent(cell, m_mark), value,
                              error);
        case CellKind::KpiValue:
            if (kpi == "escalation_frequency") return fromNumber(parseCount(cell, m_mark), value, error);
            return fromNumber(column.storedUnit ? parseBasisPoints(cell) : parsePercent(cell, m_mark), value,
                              error);
        case CellKind::Count:
            return fromNumber(parseCount(cell, m_mark), value, error);
        case CellKind::YesNo:
            return fromNumber(parseYesNo(cell), value, error);
        case CellKind::Date:
            return fromText(parseDateCell(cell, m_dateFormat), value, error);
        case CellKind::Month:
            return fromText(parseMonthCell(cell, m_dateFormat), value, error);
        case CellKind::List:
            value.list = splitListCell(cell);
            return true;
        case CellKind::Reference:
            value.text = referenceId(column.spec->target, cell);
            return true;
        case CellKind::ReferenceList:
            for (const auto& item : splitListCell(cell))
                value.list.push_back(referenceId(column.spec->target, item));
            return true;
        case CellKind::Choice: {
            const std::string key = normaliseHeader(cell);
            for (const auto& [spelling, stored] : column.spec->choices)
                if (spelling == key) {
                    value.text = stored;
                    return true;
                }
            std::string allowed;
            for (const auto& [spelling, stored] : column.spec->choices)
                if (spelling == stored) allowed += (allowed.empty() ? "" : ", ") + stored;
            error = quoteCell(cell) + " is not one of " + allowed;
            return false;
        }
    }
    return false;
}

}  // namespace sc::csv
