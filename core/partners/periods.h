// Reporting periods ("YYYY-MM") for the partner audits: which month a deal, a report or a
// registration belongs to, and the periods before and after it.
#pragma once

#include <optional>
#include <string>

#include "model/document.h"

namespace sc::partners {

// True for "YYYY-MM" with a month 01..12.
bool isPeriod(const std::string& text);

// "YYYY-MM" of a date or timestamp ("2026-07-14" -> "2026-07"); nullopt when not a date.
std::optional<std::string> periodOfDate(const std::string& date);

// The month before ("2026-01" -> "2025-12"); "" when the input is not a period.
std::string previousPeriod(const std::string& period);

// The latest period the document has partner data for: deal closing months, report, KPI record
// and pulse periods, registration months, copy sample capture months. Nullopt when there is none.
std::optional<std::string> latestPeriod(const Document& doc);

// The period a deal counts in: the month it closed. An open deal has no closing date; its
// quote is live, so it counts in `current` (the latest period, see latestPeriod). A closed
// deal without a readable date counts nowhere (nullopt).
std::optional<std::string> dealPeriod(const Deal& deal, const std::string& current);

}  // namespace sc::partners
