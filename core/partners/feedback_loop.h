// The bi-directional feedback loop (seed 000 §4): what partners told us (objections, competitor
// moves, product gaps, process friction), whether each item got an answer, and the change it
// led to. "When partners see that their feedback leads to actual changes, engagement increases.
// When they feel like they are shouting into a void, they stop sharing." docs/PARTNERS.md.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

// An item nobody has answered for this long is "shouting into a void": a monthly review
// (seed 000 §3) should have answered it.
inline constexpr std::int64_t kFeedbackVoidDays = 30;

// Closed = the partner heard back with an outcome: a change ("changed") or a reasoned no
// ("declined"). "acknowledged" and "in_progress" are answered but not closed; "new" is neither.
bool feedbackClosed(const FeedbackItem& item);
bool feedbackAnswered(const FeedbackItem& item);

struct FeedbackTally {
    std::int64_t items = 0;
    std::int64_t closed = 0;                   // changed + declined
    std::int64_t changed = 0;                  // led to a change
    std::int64_t unanswered = 0;               // status "new" for more than the void threshold
    std::optional<std::int64_t> closedLoopBp;  // closed / items, basis points; none without items
    std::map<std::string, std::int64_t> byKind;
};

struct FeedbackPartnerRow {
    std::string partnerId;  // "" for items that name no partner
    std::string partnerName;
    FeedbackTally tally;
};

struct UnansweredFeedback {
    std::string id;
    std::string name;
    std::string partnerId;
    std::string partnerName;
    std::string kind;
    std::string receivedOn;
    std::int64_t days = 0;  // since received, at `today`
};

struct FeedbackChange {  // "their feedback led to a change"
    std::string id;
    std::string name;
    std::string partnerName;
    std::string closedOn;
    std::string change;  // change_led_to; "" when the file does not say what changed
};

struct FeedbackLoop {
    std::string today;
    std::int64_t voidDays = kFeedbackVoidDays;
    FeedbackTally overall;
    std::vector<FeedbackPartnerRow> partners;     // partners with items, in document order
    std::vector<UnansweredFeedback> intoTheVoid;  // oldest first
    std::vector<FeedbackChange> changes;          // in document order
};

// Items received after `today` are left out (they cannot be answered yet).
FeedbackLoop buildFeedbackLoop(const Document& doc, const std::string& today,
                               std::int64_t voidDays = kFeedbackVoidDays);

// The feedback participation KPI from the log, for one partner and month ("YYYY-MM"): the share
// of the month's four weeks (days 1–7, 8–14, 15–21, 22–end) with at least one item from the
// partner (seed 000 §4: "a standing agenda item in weekly calls is best"). Nullopt when the
// document keeps no feedback log for that month (no item at all in or before it), so a log that
// starts later never reads as months of silence.
struct LogKpi {
    std::int64_t value = 0;
    std::string detail;
};
std::optional<LogKpi> feedbackParticipationFromLog(const Document& doc, const std::string& partnerId,
                                                   const std::string& period);

}  // namespace sc::partners
