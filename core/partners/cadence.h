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

struct CadenceDue {
    std::string cadenceId;
    std::string name;
    std::string kind;       // "weekly" | "monthly" | "quarterly"
    std::string partnerId;  // empty = all partners
    std::string lastHeldOn;
    // The next meeting: next_due_on when it is set and later than last_held_on (a meeting
    // scheduled on purpose), else last_held_on + one week / one calendar month / three calendar
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
