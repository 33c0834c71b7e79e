// The dashboard's sections of `scorecard score` (docs/SCORE.md "Review trend" and "Action
// list"): the trend across the document's reviews, what changed since the last one, and the
// workshop's action list — appended to the engine's text and JSON, never changing its keys.
#pragma once

#include <string>

#include "dashboard/dashboard.h"

namespace sc::dashboard {

// Adds "reviews" {trend, since_last_review} and "action_list" to the score JSON.
void addScoreSections(Json& scoreJson, const Document& doc, const engine::ScoreReport& report,
                      const std::string& today);

// The same two sections as text, each starting with a blank line and its heading.
std::string scoreSectionsText(const Document& doc, const engine::ScoreReport& report,
                              const std::string& today);

// The pieces, for the app and the tests.
Json reviewsJson(const std::vector<ReviewPoint>& trend, const ReviewDelta& delta);
Json actionListJson(const std::vector<ActionItem>& items);
std::string reviewsText(const std::vector<ReviewPoint>& trend, const ReviewDelta& delta);
std::string actionListText(const std::vector<ActionItem>& items);

}  // namespace sc::dashboard
