// Weekly check-in health (seed 000: "The weekly cadence is the most important. Problems that
// fester for a month become crises. Problems caught in a week are just adjustments."): per
// partner and overall, the share of the last N weeks (12 by default) with a weekly check-in.
//
// What the document records: each cadence item lists the dates its meetings were held
// (held_on) and keeps the latest one (last_held_on). From the history the share is exact: a week
// counts when a covering item held a meeting in it, so gaps are counted. An item with no history
// (held_on empty; a file from before it existed) keeps only its latest meeting: the weeks after
// it are known to have had none, while the weeks up to it are counted as held (the file cannot
// say otherwise), so a partner covered by such an item gets an upper bound, labelled as such.
// Weeks before the partner joined or the cadence item was created are not counted.
// docs/PARTNERS.md "Cadence".
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/common.h"
#include "model/document.h"

namespace sc::partners {

struct WeeklyHealth {
    std::string partnerId;  // "" for the overall row
    std::string name;       // the partner's name, "All partners" overall
    std::vector<std::string>
        cadenceIds;          // the weekly items covering the partner (its own, and those for all)
    std::string lastHeldOn;  // the latest check-in of those items; "" when none was held
    std::optional<std::int64_t> daysSinceLast;
    std::size_t weeks = 0;               // weeks of the window counted (the cadence existed)
    std::size_t weeksWithCheckIn = 0;    // of those, weeks with a check-in (at most, when upperBound)
    std::optional<BasisPoints> shareBp;  // weeksWithCheckIn / weeks; nullopt without a weekly cadence
    // An item without a history (held_on) had a check-in: the weeks up to it were counted as held,
    // so weeksWithCheckIn and shareBp are upper bounds. False: exact, from the dates held.
    bool upperBound = false;
    // "on_track" (a check-in in the last 7 days), "lapsed" (none for a week or more),
    // "never_held" (a weekly item with no meeting yet), "no_weekly_cadence"
    std::string status;
};

struct CadenceHealth {
    std::string today;
    int windowWeeks = 12;
    std::vector<WeeklyHealth> partners;      // in document order; ended partners are left out
    WeeklyHealth overall;                    // every partner with a weekly cadence, week by week;
                                             // an upper bound when any partner's is
    std::vector<std::string> withoutWeekly;  // ids of partners no weekly item covers
};

// At `today` ("YYYY-MM-DD"); week 0 is the 7 days ending today, week k the 7 days before week k-1.
CadenceHealth weeklyCadenceHealth(const Document& doc, const std::string& today, int windowWeeks = 12);

// Key "cadence" of the partners JSON, and the text section (docs/PARTNERS.md "Cadence").
Json cadenceHealthToJson(const CadenceHealth& health);
std::string cadenceHealthToText(const CadenceHealth& health);

}  // namespace sc::partners
