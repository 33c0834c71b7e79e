// The score report of the open document, rebuilt only when the document or the day changes:
// buildScoreReport recomputes every mismatch, far too much work to repeat every frame. Keyed
// on the History snapshot itself (an immutable shared document: a new edit, undo or open is a
// different pointer, and holding it keeps the address from being reused).
#pragma once

#include <memory>
#include <string>

#include "engine/score_report.h"
#include "model/document.h"

namespace sc::web {

class ReportCache {
  public:
    using Snapshot = std::shared_ptr<const sc::Document>;

    // The report of `doc` at `today` ("YYYY-MM-DD"), built on the first call for this pair.
    const engine::ScoreReport& get(const Snapshot& doc, const std::string& today);

    // How many times a report was built (the tests check it is not every call).
    int builds() const { return m_builds; }

  private:
    Snapshot m_doc;
    std::string m_today;
    engine::ScoreReport m_report;
    int m_builds = 0;
};

}  // namespace sc::web
