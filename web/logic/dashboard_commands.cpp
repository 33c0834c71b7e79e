// Record review command (see dashboard_commands.h).
#include "logic/dashboard_commands.h"

#include <utility>

#include "dashboard/reviews.h"
#include "engine/score_report.h"

namespace sc::web {

Command recordReviewCommand(std::string note, std::string today) {
    return Command{dashboard::recordReviewLabel(),
                   [note = std::move(note), today = std::move(today)](const sc::Document& doc) {
                       return dashboard::recordReview(doc, engine::buildScoreReport(doc, today), today, note);
                   }};
}

}  // namespace sc::web
