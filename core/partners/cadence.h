// The meeting cadence (PRODUCT.md section 3 "Cadence"; seed 000: "Weekly — Quick performance
// check-ins ... Quarterly — Strategic alignment session"; "The weekly cadence is the most
// important. Problems that fester for a month become crises"): when each cadence item is next
// due and by how many days it is overdue at a given today. docs/PARTNERS.md "Cadence".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

// The meetings a cadence item records, as day numbers (workflow/dates.h), oldest first, each
// once: the dates of `held_on` (the history) and `last_held_on` (its latest date). The two should
// agree; when they do not, validation warns and a date either one names counts as a meeting held
// (one recorded in only one place still happened). Dates that cannot be read are left out.
std::vector<std::int64_t> meetingDays(const CadenceItem& item);

// The latest of those as "YYYY-MM-DD"; "" when the item records none.
std::string lastMeetingOn(const CadenceItem& item);

struct CadenceDue {
    std::string cadenceId;
    std::string name;
    std::string kind;        // "weekly" | "monthly" | "quarterly"
    std::string partnerId;   // empty = all partners
    std::string lastHeldOn;  // lastMeetingOn(item), else last_held_on as written
    // The next meeting: next_due_on when it is set and later than the last meeting (a meeting
    // scheduled on purpose), else the last meeting + one week / one calendar month / three calendar
    // months by kind (the month's last day when the day does not exist). Empty when neither date
    // can be read (nothing to be late for).
    std::string nextDueOn;
    std::string basis;             // "scheduled" (next_due_on) | "from_last" (computed) | ""
    std::int64_t daysOverdue = 0;  // today − nextDueOn when positive, else 0
    bool overdue = false;          // nextDueOn is before today
};

// `date` + one period of `kind`; nullopt for an unknown kind or a bad date.
std::optional<std::string> nextMeetingAfter(const std::string& date, const std::string& kind);

// One cadence item at `today` ("YYYY-MM-DD").
CadenceDue cadenceDue(const CadenceItem& item, const std::string& today);

// Every cadence item of the document, in document order.
std::vector<CadenceDue> cadenceDues(const Document& doc, const std::string& today);

// Those overdue at `today`, most overdue first (ties in document order).
std::vector<CadenceDue> overdueCadence(const Document& doc, const std::string& today);

}  // namespace sc::partners
