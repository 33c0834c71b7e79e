// Weekly check-in health as the `scorecard partners` JSON key "cadence" and its text section.
#include <algorithm>
#include <sstream>

#include "partners/cadence_health.h"
#include "partners/json_values.h"
#include "partners/money_text.h"

namespace sc::partners {

namespace {

// "held_on": exact, from the dates held; "last_held_on": an upper bound from the latest one.
const char* basisOf(const WeeklyHealth& h) { return h.upperBound ? "last_held_on" : "held_on"; }

Json weeklyJson(const WeeklyHealth& h) {
    return {{"partner_id", h.partnerId.empty() ? Json(nullptr) : Json(h.partnerId)},
            {"name", h.name},
            {"cadence_ids", h.cadenceIds},
            {"weeks", h.weeks},
            {"weeks_with_check_in", h.weeksWithCheckIn},
            {"share_bp", optionalJson(h.shareBp)},
            {"last_held_on", h.lastHeldOn.empty() ? Json(nullptr) : Json(h.lastHeldOn)},
            {"days_since_last", optionalJson(h.daysSinceLast)},
            {"status", h.status},
            {"basis", basisOf(h)},
            {"upper_bound", h.upperBound}};
}

std::string weeklyLine(const WeeklyHealth& h) {
    if (h.status == "no_weekly_cadence") return "no weekly check-in";
    std::string out = std::string(h.upperBound ? "at most " : "") + std::to_string(h.weeksWithCheckIn) +
                      " of " + std::to_string(h.weeks) + (h.weeks == 1 ? " week" : " weeks") +
                      (h.shareBp ? " (" + bpPercentText(*h.shareBp) + ")" : "");
    if (h.status == "never_held") return out + ", never held";
    if (h.daysSinceLast)
        out += ", last " + h.lastHeldOn + " (" + std::to_string(*h.daysSinceLast) +
               (*h.daysSinceLast == 1 ? " day ago)" : " days ago)");
    if (h.status == "lapsed" && h.daysSinceLast) {
        const std::int64_t missed = *h.daysSinceLast / 7;
        out += ": " + std::to_string(missed) + (missed == 1 ? " week" : " weeks") + " without one";
    }
    return out;
}

// "33 of 48 partner-weeks (68.8%); 4 of 4 partners without a check-in in the last 7 days".
std::string overallLine(const CadenceHealth& health) {
    const WeeklyHealth& all = health.overall;
    if (all.status == "no_weekly_cadence") return "no partner has a weekly check-in";
    std::size_t covered = 0, behind = 0;
    for (const auto& h : health.partners) {
        if (h.status == "no_weekly_cadence") continue;
        ++covered;
        if (h.status != "on_track") ++behind;
    }
    return std::string(all.upperBound ? "at most " : "") + std::to_string(all.weeksWithCheckIn) + " of " +
           std::to_string(all.weeks) + " partner-weeks" +
           (all.shareBp ? " (" + bpPercentText(*all.shareBp) + ")" : "") + "; " + std::to_string(behind) +
           " of " + std::to_string(covered) + " partners without a check-in in the last 7 days";
}

}  // namespace

Json cadenceHealthToJson(const CadenceHealth& health) {
    Json partners = Json::array();
    for (const auto& h : health.partners) partners.push_back(weeklyJson(h));
    return {{"today", health.today},
            {"window_weeks", health.windowWeeks},
            {"basis", basisOf(health.overall)},
            {"overall", weeklyJson(health.overall)},
            {"partners", partners},
            {"without_weekly", health.withoutWeekly}};
}

std::string cadenceHealthToText(const CadenceHealth& health) {
    std::ostringstream out;
    out << "\nWeekly check-ins, last " << health.windowWeeks << " weeks to " << health.today
        << " (weeks with a check-in, from the dates held)\n";
    if (health.overall.upperBound)
        out << "  \"at most\": an upper bound; an item without the dates it was held keeps only its latest, "
               "so "
               "the weeks up to it count as held\n";
    std::size_t width = 14;
    for (const auto& h : health.partners) width = std::max(width, h.name.size() + 2);
    auto name = [&](const std::string& text) { return "  " + text + std::string(width - text.size(), ' '); };
    out << name(health.overall.name) << overallLine(health) << "\n";
    for (const auto& h : health.partners)
        if (h.status != "no_weekly_cadence") out << name(h.name) << weeklyLine(h) << "\n";
    if (!health.withoutWeekly.empty()) {
        out << "  No weekly check-in:";
        bool first = true;
        for (const auto& h : health.partners)
            if (h.status == "no_weekly_cadence") {
                out << (first ? " " : ", ") << h.name;
                first = false;
            }
        out << "\n";
    }
    return out.str();
}

}  // namespace sc::partners
