// Calendar dates as day numbers. The core never reads a clock: "today" is always passed in as
// "YYYY-MM-DD", and all day arithmetic goes through these functions (proleptic Gregorian,
// days since 1970-01-01, Howard Hinnant's civil algorithms) so there are no time-zone traps.
#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace sc {

// Day number (days since 1970-01-01) of a valid civil date; no validation.
std::int64_t daysFromCivil(std::int64_t year, int month, int day);

// Parses "YYYY-MM-DD", or the date part of "YYYY-MM-DDThh:mm:ssZ" (what follows the 'T' is
// not checked: only the calendar day matters). Nullopt for anything else or an impossible date
// (2026-02-29, 2026-13-01, "26-1-1").
std::optional<std::int64_t> parseDate(const std::string& text);

// True when parseDate accepts the text.
bool isValidDate(const std::string& text);

// "YYYY-MM-DD" for a day number (years 0000..9999).
std::string formatDate(std::int64_t dayNumber);

// to − from in days (positive when `to` is later); nullopt when either is not a date.
std::optional<std::int64_t> daysBetween(const std::string& from, const std::string& to);

// The date `days` after `date` (negative goes back); nullopt when `date` is not a date.
std::optional<std::string> addDays(const std::string& date, std::int64_t days);

}  // namespace sc
