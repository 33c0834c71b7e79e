#include "dashboard/score_sections.h"

#include <sstream>

#include "dashboard/action_list.h"
#include "dashboard/reviews.h"
#include "engine/text_util.h"

namespace sc::dashboard {

namespace {

std::string oneDecimal(double v) { return engine::formatFixed(v, 1); }

std::string twoDecimals(double v) { return engine::formatFixed(v, 2); }

Json idsJson(const std::vector<std::string>& ids) {
    Json out = Json::array();
    for (const auto& id : ids) out.push_back(id);
    return out;
}

std::string joined(const std::vector<std::string>& ids) {
    std::string out;
    for (const auto& id : ids) out += (out.empty() ? "" : ", ") + id;
    return out;
}

}  // namespace

Json reviewsJson(const std::vector<ReviewPoint>& trend, const ReviewDelta& delta) {
    Json out = Json::object();
    Json points = Json::array();
    for (const auto& p : trend) {
        Json j = Json::object();
        j["id"] = p.reviewId;
        j["held_on"] = p.heldOn;
        j["index"] = p.index ? Json(*p.index) : Json(nullptr);
        j["open"] = {{"critical", p.openCritical},
                     {"high", p.openHigh},
                     {"medium", p.openMedium},
                     {"low", p.openLow},
                     {"total", p.openTotal}};
        points.push_back(std::move(j));
    }
    out["trend"] = std::move(points);
    if (!delta.hasPrevious) {
        out["since_last_review"] = nullptr;
    } else {
        out["since_last_review"] = {
            {"review_id", delta.sinceReviewId},       {"held_on", delta.sinceDate},
            {"new", idsJson(delta.newIds)},           {"fixed", idsJson(delta.fixedIds)},
            {"verified", idsJson(delta.verifiedIds)}, {"reopened", idsJson(delta.reopenedIds)},
            {"lines", idsJson(delta.lines)}};
    }
    return out;
}

Json actionListJson(const std::vector<ActionItem>& items) {
    Json out = Json::array();
    for (const auto& a : items)
        out.push_back({{"rank", a.rank},
                       {"mismatch_id", a.mismatchId},
                       {"title", a.title},
                       {"severity", a.severity},
                       {"priority", a.score},
                       {"state", a.state},
                       {"action", a.action},
                       {"decision_id", a.decisionId},
                       {"decision_kind", a.decisionKind},
                       {"owner", a.owner},
                       {"due", a.due},
                       {"overdue", a.overdue}});
    return out;
}

std::string reviewsText(const std::vector<ReviewPoint>& trend, const ReviewDelta& delta) {
    std::ostringstream out;
    out << "\nReview trend (the document's reviews, oldest first):\n";
    if (trend.empty()) {
        out << "  no reviews recorded yet (File > Record review in the app stores one)\n";
        return out.str();
    }
    for (const auto& p : trend)
        out << "  " << p.heldOn << "  index " << (p.index ? oneDecimal(*p.index) : std::string("n/a"))
            << "  open " << p.openTotal << " (critical " << p.openCritical << ", high " << p.openHigh
            << ", medium " << p.openMedium << ", low " << p.openLow << ")\n";
    if (delta.hasPrevious) {
        out << "  since the last review (" << delta.sinceDate << "):\n";
        const std::pair<const std::vector<std::string>*, const char*> kinds[] = {
            {&delta.newIds, "new"},
            {&delta.fixedIds, "fixed"},
            {&delta.verifiedIds, "verified"},
            {&delta.reopenedIds, "reopened"}};
        bool any = false;
        for (const auto& [ids, word] : kinds)
            if (!ids->empty()) {
                any = true;
                out << "    " << ids->size() << " " << word << " since the last review: " << joined(*ids)
                    << "\n";
            }
        if (!any) out << "    nothing changed since the last review\n";
    }
    return out.str();
}

std::string actionListText(const std::vector<ActionItem>& items) {
    std::ostringstream out;
    out << "\nAction list (one action per open mismatch, in priority order):\n";
    if (items.empty()) {
        out << "  no open mismatches\n";
        return out.str();
    }
    for (const auto& a : items) {
        out << "  " << a.rank << ". " << a.title << " [" << a.severity << ", priority "
            << twoDecimals(a.score) << "] " << a.mismatchId << "\n";
        out << "     action: " << (a.action.empty() ? "(none decided)" : a.action)
            << "; owner: " << (a.owner.empty() ? "(none)" : a.owner)
            << "; due: " << (a.due.empty() ? "(none)" : a.due) << (a.overdue ? " (OVERDUE)" : "") << "\n";
    }
    return out.str();
}

void addScoreSections(Json& scoreJson, const Document& doc, const engine::ScoreReport& report,
                      const std::string& today) {
    scoreJson["reviews"] = reviewsJson(reviewTrend(doc), deltaSinceLastReview(doc, report, today));
    scoreJson["action_list"] = actionListJson(actionList(doc, report, today));
}

std::string scoreSectionsText(const Document& doc, const engine::ScoreReport& report,
                              const std::string& today) {
    return reviewsText(reviewTrend(doc), deltaSinceLastReview(doc, report, today)) +
           actionListText(actionList(doc, report, today));
}

}  // namespace sc::dashboard
