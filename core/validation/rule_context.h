// Shared plumbing for the validation rule families (ids, references, levels, ranges, dates,
// enums, text): where a finding goes, how a thing is named in a message, how a pointer is built.
// Every rule family is a function over `const Document&` that appends to a FindingSink.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "model/document.h"
#include "model/walk.h"
#include "validation/finding.h"

namespace sc::rules {

// Collects findings; the two verbs keep the rule code short and the severity explicit.
class FindingSink {
  public:
    explicit FindingSink(std::vector<Finding>& out) : m_out(out) {}
    void error(std::string pointer, std::string message) {
        m_out.push_back({Severity::Error, std::move(pointer), std::move(message)});
    }
    void warning(std::string pointer, std::string message) {
        m_out.push_back({Severity::Warning, std::move(pointer), std::move(message)});
    }

  private:
    std::vector<Finding>& m_out;
};

// "/promises/2" from "/promises" and 2.
std::string at(const std::string& base, std::size_t index);
// "/promises/2/segment_id" from "/promises/2" and "segment_id" (the key is escaped).
std::string at(const std::string& base, const std::string& key);

// The pointer of one cell of a row-layout table, e.g. tableCell("deals", 5, "sku") ->
// "/deals/rows/5/3": columns are in describe() order, the order the canonical file uses.
std::string tableCell(const std::string& table, std::size_t row, const std::string& column);

// The pointer of field `key` of the object at the end of `path` (a table row's: its cell).
std::string fieldPointer(const WalkPath& path, const char* key);

// 'text' in single quotes, for messages.
std::string quote(const std::string& text);

// How a message names an entity: "promise 'Try it now'", falling back to its id, then to
// its position ("deal in row 6") when it has neither.
std::string nameOf(const std::string& kind, const Entity& e, std::size_t index);
// The same for a row of a table, where names are optional: "deal 'd-17'" or "deal in row 6".
std::string rowName(const std::string& kind, const Entity& e, std::size_t index);

// Calls fn(item, pointer, index) for each item of a list whose pointer is `base`.
template <class T, class F>
void forEach(const std::vector<T>& items, const std::string& base, F&& fn) {
    for (std::size_t i = 0; i < items.size(); ++i) fn(items[i], at(base, i), i);
}

// The rule families, one file each.
void checkIds(const Document& doc, FindingSink& sink);         // ids.cpp
void checkReferences(const Document& doc, FindingSink& sink);  // references.cpp
void checkLevels(const Document& doc, FindingSink& sink);      // levels.cpp
void checkRanges(const Document& doc, FindingSink& sink);      // ranges.cpp
void checkTables(const Document& doc, FindingSink& sink);      // table_rules.cpp
void checkDates(const Document& doc, FindingSink& sink);       // dates.cpp
void checkEnums(const Document& doc, FindingSink& sink);       // enums.cpp
void checkText(const Document& doc, FindingSink& sink);        // text.cpp

}  // namespace sc::rules
