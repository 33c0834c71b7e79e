// Post-mortems, even on wins (seed 003: "After major deals (or even significant failures), bring
// the teams together to analyze what worked, what didn't ... Focus on process and messaging, not
// individual performance"; "Collect data on ... the reasons for wins and losses ... build
// dashboards that reveal patterns and trends"). Reasons are counted per partner, per channel and
// per month, so a reason that keeps coming back shows. docs/PARTNERS.md "Post-mortems".
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

// One reason as written the first time, counted over post-mortems whose reason reads the same
// once case, spacing and trailing punctuation are ignored.
struct ReasonCount {
    std::string reason;
    std::int64_t won = 0;
    std::int64_t lost = 0;
    std::vector<std::string> postMortemIds;
    std::int64_t total() const { return won + lost; }
};

struct ReasonGroup {
    std::string key;   // a partner id, a channel id or a month "YYYY-MM"; "" when unknown
    std::string name;  // the partner's or channel's name, or the month
    std::int64_t won = 0;
    std::int64_t lost = 0;
    std::vector<ReasonCount> reasons;  // most frequent first, then as first written
};

struct PostMortemSummary {
    std::int64_t won = 0;
    std::int64_t lost = 0;
    std::vector<ReasonCount> reasons;  // over all post-mortems
    std::vector<ReasonGroup> byPartner, byChannel,
        byPeriod;  // partners, channels as first met; months oldest first
    // Seed 003 asks for post-mortems on wins too: said when every one recorded is a loss (or a win).
    std::string balanceNote;
};

PostMortemSummary summarisePostMortems(const Document& doc);

// How two reasons are compared: lower case, runs of spaces as one, no spaces or . , ; ! at the
// ends. "Price sheet had no bundle answer." and "price sheet had  no bundle answer" are one.
std::string reasonKey(const std::string& reason);

}  // namespace sc::partners
