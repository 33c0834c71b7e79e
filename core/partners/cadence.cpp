#include "partners/cadence.h"

#include <algorithm>

#include "workflow/dates.h"

namespace sc::partners {

namespace {

// `months` calendar months after the day number `day`, clamped to the month's last day.
std::int64_t addMonths(std::int64_t day, int months) {
    const std::string text = formatDate(day);
    int y = std::stoi(text.substr(0, 4));
    int m = std::stoi(text.substr(5, 2)) - 1 + months;
    int d = std::stoi(text.substr(8, 2));
    y += m / 12;
    m = m % 12 + 1;
    const std::int64_t first = daysFromCivil(y, m, 1);
    const std::int64_t nextFirst = m == 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, m + 1, 1);
    const std::int64_t last = nextFirst - first;
    return first + std::min<std::int64_t>(d, last) - 1;
}

}  // namespace

std::vector<std::int64_t> meetingDays(const CadenceItem& item) {
    std::vector<std::int64_t> days;
    for (const auto& date : item.heldOn)
        if (const auto day = parseDate(date)) days.push_back(*day);
    if (const auto last = parseDate(item.lastHeldOn)) days.push_back(*last);
    std::sort(days.begin(), days.end());
    days.erase(std::unique(days.begin(), days.end()), days.end());
    return days;
}

std::string lastMeetingOn(const CadenceItem& item) {
    const auto days = meetingDays(item);
    return days.empty() ? std::string() : formatDate(days.back());
}

std::optional<std::string> nextMeetingAfter(const std::string& date, const std::string& kind) {
    const auto day = parseDate(date);
    if (!day) return std::nullopt;
    if (kind == "weekly") return formatDate(*day + 7);
    if (kind == "monthly") return formatDate(addMonths(*day, 1));
    if (kind == "quarterly") return formatDate(addMonths(*day, 3));
    return std::nullopt;
}

CadenceDue cadenceDue(const CadenceItem& item, const std::string& today) {
    CadenceDue c;
    c.cadenceId = item.id;
    c.name = item.name.empty() ? item.id : item.name;
    c.kind = item.kind;
    c.partnerId = item.partnerId;
    const std::string lastOn = lastMeetingOn(item);
    c.lastHeldOn = lastOn.empty() ? item.lastHeldOn : lastOn;
    const auto last = parseDate(lastOn);
    const auto scheduled = parseDate(item.nextDueOn);
    if (scheduled && (!last || *scheduled > *last)) {
        c.nextDueOn = formatDate(*scheduled);
        c.basis = "scheduled";
    } else if (auto computed = nextMeetingAfter(lastOn, item.kind)) {
        c.nextDueOn = *computed;
        c.basis = "from_last";
    }
    if (!c.nextDueOn.empty())
        if (auto late = daysBetween(c.nextDueOn, today); late && *late > 0) {
            c.overdue = true;
            c.daysOverdue = *late;
        }
    return c;
}

std::vector<CadenceDue> cadenceDues(const Document& doc, const std::string& today) {
    std::vector<CadenceDue> out;
    for (const auto& item : doc.cadence) out.push_back(cadenceDue(item, today));
    return out;
}

std::vector<CadenceDue> overdueCadence(const Document& doc, const std::string& today) {
    std::vector<CadenceDue> out;
    for (auto& c : cadenceDues(doc, today))
        if (c.overdue) out.push_back(std::move(c));
    std::stable_sort(out.begin(), out.end(),
                     [](const CadenceDue& a, const CadenceDue& b) { return a.daysOverdue > b.daysOverdue; });
    return out;
}

}  // namespace sc::partners
