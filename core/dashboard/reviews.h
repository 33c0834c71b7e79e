// Review snapshots (issue 8; seed 002: "set a recurring quarterly review on the calendar. Use
// the same mapping process each time"; "tracks the number of mismatches, the severity, and the
// conversion trend"). File > Record review stores a small dated summary in the document's
// `reviews` list (docs/FORMAT.md "reviews") — not a copy of the document — and the dashboard
// shows the trend across reviews and what changed since the last one.
#pragma once

#include <string>
#include <vector>

#include "dashboard/dashboard.h"
#include "model/edit_result.h"

namespace sc::dashboard {

// The summary of `report` at `today` as a review (id and name not set):
//  - index: the report's alignment index (empty when it has none);
//  - open_<severity>: open (and fixing) items by severity, as the dashboard's severity bars count them;
//  - ids: open or fixing / fixed or verifying / verified mismatches, by their state at `today`;
//  - conversions: per pair, its latest observation (conversions / visitors), else the pair's own
//    customers / visitors when it has visitors;
//  - kpis: each KPI tile with a value (latest period, value, RAG).
Review summariseReview(const Document& doc, const engine::ScoreReport& report, const std::string& today);

// The edit behind File > Record review: appends summariseReview(...) with `note` as its notes,
// id "rev-<today>" (then "-2", "-3" ... on the same day) and name "Review <today>". Refused for
// a `today` that is not a date. The label for Edit > Undo is recordReviewLabel().
EditResult recordReview(const Document& doc, const engine::ScoreReport& report, const std::string& today,
                        const std::string& note);
std::string recordReviewLabel();

// What changed from `before` to `after`, by mismatch id:
//  new      open in `after`, in none of `before`'s lists;
//  fixed    fixed (or verifying) in `after`, neither fixed nor verified in `before`;
//  verified verified in `after`, not in `before`;
//  reopened open in `after`, fixed or verified in `before`.
// `lines` says each non-empty kind: "1 fixed since the last review".
ReviewDelta reviewDelta(const Review& before, const Review& after);

// The latest review (by held_on, then position) against now; hasPrevious false without reviews.
ReviewDelta deltaSinceLastReview(const Document& doc, const engine::ScoreReport& report,
                                 const std::string& today);

// The document's reviews by held_on (ties in document order).
std::vector<ReviewPoint> reviewTrend(const Document& doc);

}  // namespace sc::dashboard
