#include "partners/cadence_health.h"

#include <algorithm>

#include "engine/text_util.h"
#include "partners/cadence.h"
#include "workflow/dates.h"

namespace sc::partners {

namespace {

// The day a date or a timestamp ("2026-05-04T09:00:00Z") falls on.
std::optional<std::int64_t> dayOf(const std::string& text) {
    return text.size() >= 10 ? parseDate(text.substr(0, 10)) : std::nullopt;
}

WeeklyHealth healthOf(const Document& doc, const Partner& partner, std::int64_t today, int windowWeeks) {
    WeeklyHealth h;
    h.partnerId = partner.id;
    h.name = engine::labelOf(partner);
    std::optional<std::int64_t> last, start = dayOf(partner.joinedOn), created;
    std::vector<std::int64_t> held;        // every meeting known to have been held
    std::optional<std::int64_t> heldUpTo;  // items without a history: the weeks up to this day count
    for (const auto& item : doc.cadence) {
        if (item.kind != "weekly" || (!item.partnerId.empty() && item.partnerId != partner.id)) continue;
        h.cadenceIds.push_back(item.id);
        const std::vector<std::int64_t> days = meetingDays(item);
        held.insert(held.end(), days.begin(), days.end());
        if (!days.empty() && (!last || days.back() > *last)) last = days.back();
        if (item.heldOn.empty() && !days.empty()) {  // only its latest meeting is known
            h.upperBound = true;
            if (!heldUpTo || days.back() > *heldUpTo) heldUpTo = days.back();
        }
        if (const auto c = dayOf(item.created); c && (!created || *c < *created)) created = c;
    }
    if (h.cadenceIds.empty()) {
        h.status = "no_weekly_cadence";
        return h;
    }
    std::sort(held.begin(), held.end());
    if (created && (!start || *created > *start)) start = created;
    const std::int64_t window = windowWeeks;
    // Weeks of the window that end on or after the start: week k ends on today - 7k.
    h.weeks =
        static_cast<std::size_t>(!start           ? window
                                 : *start > today ? 0
                                                  : std::min<std::int64_t>(window, (today - *start) / 7 + 1));
    for (std::size_t k = 0; k < h.weeks; ++k) {
        const std::int64_t end = today - 7 * static_cast<std::int64_t>(k), begin = end - 6;
        const auto first = std::lower_bound(held.begin(), held.end(), begin);
        const bool met = first != held.end() && *first <= end;
        if (met || (heldUpTo && *heldUpTo >= begin)) ++h.weeksWithCheckIn;  // a future date: every week
    }
    if (!last) {
        h.status = "never_held";
    } else {
        const std::int64_t ago = std::max<std::int64_t>(0, today - *last);  // a future date: today
        h.lastHeldOn = formatDate(*last);
        h.daysSinceLast = ago;
        h.status = ago / 7 == 0 ? "on_track" : "lapsed";
    }
    if (h.weeks > 0)
        h.shareBp =
            engine::rateBp(static_cast<std::int64_t>(h.weeksWithCheckIn), static_cast<std::int64_t>(h.weeks));
    return h;
}

}  // namespace

CadenceHealth weeklyCadenceHealth(const Document& doc, const std::string& today, int windowWeeks) {
    CadenceHealth out;
    out.today = today;
    out.windowWeeks = windowWeeks;
    out.overall.name = "All partners";
    const auto day = parseDate(today);
    if (!day) return out;
    for (const auto& partner : doc.partners) {
        if (partner.status == "ended") continue;  // no check-ins are due with a past partner
        WeeklyHealth h = healthOf(doc, partner, *day, windowWeeks);
        if (h.status == "no_weekly_cadence") {
            out.withoutWeekly.push_back(partner.id);
        } else {
            out.overall.weeks += h.weeks;
            out.overall.weeksWithCheckIn += h.weeksWithCheckIn;
            out.overall.upperBound = out.overall.upperBound || h.upperBound;
            if (!h.lastHeldOn.empty() && h.lastHeldOn > out.overall.lastHeldOn)
                out.overall.lastHeldOn = h.lastHeldOn;
            for (const auto& id : h.cadenceIds)
                if (std::find(out.overall.cadenceIds.begin(), out.overall.cadenceIds.end(), id) ==
                    out.overall.cadenceIds.end())
                    out.overall.cadenceIds.push_back(id);
        }
        out.partners.push_back(std::move(h));
    }
    WeeklyHealth& all = out.overall;
    if (all.weeks > 0)
        all.shareBp = engine::rateBp(static_cast<std::int64_t>(all.weeksWithCheckIn),
                                     static_cast<std::int64_t>(all.weeks));
    if (!all.lastHeldOn.empty()) all.daysSinceLast = daysBetween(all.lastHeldOn, today);
    // Overall, a lapse anywhere counts: on track only when every covered partner is.
    bool anyCovered = false, allOnTrack = true;
    for (const auto& h : out.partners) {
        if (h.status == "no_weekly_cadence") continue;
        anyCovered = true;
        allOnTrack = allOnTrack && h.status == "on_track";
    }
    all.status = !anyCovered ? "no_weekly_cadence" : allOnTrack ? "on_track" : "lapsed";
    return out;
}

}  // namespace sc::partners
