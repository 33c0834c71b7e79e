// How a field's value is shown and typed in the app, by its semantic kind (model/fields.h):
// money in the document's currency, basis points as percentages, dates checked against the
// calendar, lists one item per line. ImGui-free and tested natively (tests/web): the property
// editor and the entity tables only call these. A value that cannot be read is never guessed
// at: parse* returns nullopt and says why in `error` (naming what was expected).
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "edit/edits.h"
#include "model/document.h"

namespace sc::web {

// ---- Display (tables, read-only cells) ----

// "$123,480.00", "12.5%", "Sales-led", "Yes", "45 days", "—" for nothing set. References show
// the name of the entity they point to (looked up in `doc`).
std::string displayValue(const sc::Document& doc, const edit::FieldValue& value, const sc::FieldInfo& info);

// ---- Typing ----

// What an input box shows for editing (no currency symbol, no thousands separators):
// 12348000 USD -> "123480.00"; 1250 bp -> "12.5"; lists one item per line.
std::string editText(const edit::FieldValue& value, const sc::FieldInfo& info, const std::string& currency);

// Reads what was typed into a value of the same alternative as `current`. Money accepts
// "1,234.50", "$1234.5", "1234" in the currency's minor-unit digits (more decimals refused:
// "12.345" is not a US dollar amount); percentages "12.5" or "12.5%" (to 0.01%); whole numbers
// without decimals; dates "YYYY-MM-DD" that exist on the calendar; empty text clears
// optional numbers. Values beyond ±10^15 are refused as absurd.
std::optional<edit::FieldValue> parseEditText(const std::string& text, const edit::FieldValue& current,
                                              const sc::FieldInfo& info, const std::string& currency,
                                              std::string& error);

// True for "2026-02-28", false for "2026-02-30", "2026-2-3", "".
bool isCalendarDate(const std::string& text);

// The entities a reference of `targetKind` may point to, as (id, display name), in document
// order.
std::vector<std::pair<std::string, std::string>> referenceChoices(const sc::Document& doc,
                                                                  std::string_view targetKind);

}  // namespace sc::web
