#include "partners/feedback_loop.h"

#include <algorithm>

#include "engine/text_util.h"
#include "partners/periods.h"
#include "workflow/dates.h"

namespace sc::partners {

bool feedbackClosed(const FeedbackItem& item) {
    return item.status == "changed" || item.status == "declined";
}

bool feedbackAnswered(const FeedbackItem& item) { return item.status != "new"; }

namespace {

std::string partnerName(const Document& doc, const std::string& partnerId) {
    if (partnerId.empty()) return "(no partner)";
    const Partner* p = findById(doc.partners, partnerId);
    return p ? engine::labelOf(*p) : partnerId;
}

void count(FeedbackTally& t, const FeedbackItem& item, bool intoTheVoid) {
    ++t.items;
    if (feedbackClosed(item)) ++t.closed;
    if (item.status == "changed") ++t.changed;
    if (intoTheVoid) ++t.unanswered;
    ++t.byKind[item.kind];
}

void finish(FeedbackTally& t) {
    if (t.items > 0) t.closedLoopBp = t.closed * 10000 / t.items;
}

// Week 1..4 of its month: days 1–7, 8–14, 15–21, 22 to the end.
int weekOfMonth(const std::string& date) {
    const int day = std::stoi(date.substr(8, 2));
    return std::min(4, (day - 1) / 7 + 1);
}

}  // namespace

FeedbackLoop buildFeedbackLoop(const Document& doc, const std::string& today, std::int64_t voidDays) {
    FeedbackLoop loop;
    loop.today = today;
    loop.voidDays = voidDays;
    std::map<std::string, std::size_t> rowOf;
    for (const auto& partner : doc.partners) {
        rowOf.emplace(partner.id, loop.partners.size());
        loop.partners.push_back({partner.id, engine::labelOf(partner), {}});
    }
    for (const FeedbackItem& item : doc.feedback) {
        const auto age = daysBetween(item.receivedOn, today);
        if (age && *age < 0) continue;  // received after today
        const bool intoTheVoid = item.status == "new" && age && *age > voidDays;
        auto row = rowOf.find(item.partnerId);
        if (row == rowOf.end()) {  // no partner, or one the file does not list: its own row
            row = rowOf.emplace(item.partnerId, loop.partners.size()).first;
            loop.partners.push_back({item.partnerId, partnerName(doc, item.partnerId), {}});
        }
        count(loop.partners[row->second].tally, item, intoTheVoid);
        count(loop.overall, item, intoTheVoid);
        if (intoTheVoid)
            loop.intoTheVoid.push_back({item.id, engine::labelOf(item), item.partnerId,
                                        partnerName(doc, item.partnerId), item.kind, item.receivedOn, *age});
        if (item.status == "changed")
            loop.changes.push_back({item.id, engine::labelOf(item), partnerName(doc, item.partnerId),
                                    item.closedOn, item.changeLedTo});
    }
    loop.partners.erase(std::remove_if(loop.partners.begin(), loop.partners.end(),
                                       [](const FeedbackPartnerRow& r) { return r.tally.items == 0; }),
                        loop.partners.end());
    for (auto& row : loop.partners) finish(row.tally);
    finish(loop.overall);
    std::stable_sort(loop.intoTheVoid.begin(), loop.intoTheVoid.end(),
                     [](const auto& a, const auto& b) { return a.days > b.days; });
    return loop;
}

std::optional<LogKpi> feedbackParticipationFromLog(const Document& doc, const std::string& partnerId,
                                                   const std::string& period) {
    bool logCovers = false;  // some item (any partner) in or before the period
    bool week[5] = {};
    for (const FeedbackItem& item : doc.feedback) {
        const auto month = periodOfDate(item.receivedOn);
        if (!month || *month > period) continue;
        logCovers = true;
        if (item.partnerId == partnerId && *month == period) week[weekOfMonth(item.receivedOn)] = true;
    }
    if (!logCovers) return std::nullopt;
    const int weeks = int(week[1]) + int(week[2]) + int(week[3]) + int(week[4]);
    return LogKpi{weeks * 10000 / 4, std::to_string(weeks) + " of 4 weeks with feedback in the log"};
}

}  // namespace sc::partners
