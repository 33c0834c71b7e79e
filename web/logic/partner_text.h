// What the partner workspace says (Partners, a partner's page, Copy audit, Partner review), as
// plain functions over core's partner report: the partner table as sortable rows with each
// KPI's RAG, trend arrows, tier advice in words, and the copy audit's text cut into plain and
// flagged segments for highlighting. The views lay these out; no rule lives there. No ImGui:
// tested natively (tests/web).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "logic/table_model.h"
#include "partners/message_audit.h"
#include "partners/partner_kpis.h"

namespace sc::web {

// "↑" improving, "↓" worsening, "→" steady, "new" for a first value, "" without data.
std::string trendArrow(const std::string& trend);

// "promote → gold", "keep", "at risk: talk first".
std::string tierAdviceText(const partners::TierAdvice& advice, const std::string& tier);

// A KPI cell as the table prints it: "95.0% ↑" or "no data".
std::string kpiCellText(const partners::KpiThreshold& threshold, const partners::KpiCell& cell);
// A pulse cell: "4.50 →" or "no answers".
std::string pulseCellText(const partners::PulseCell& cell);

// The partner table: Partner, Tier, Territory, the five KPIs, autonomy, mastery, purpose, tier
// advice; one row per partner of the report (row id = partner id); KPI and pulse cells carry
// their RAG status and sort by value.
TableModel buildPartnerTable(const sc::Document& doc, const partners::PartnerKpiReport& report);

// The copy cut into runs for drawing: plain text and flagged passages (overlapping flags are
// merged into one run that names each rule). Runs cover the text exactly, in order.
struct CopyRun {
    std::size_t begin = 0, end = 0;
    std::vector<std::size_t> flags;  // indices into MessageAudit::flags; empty = plain text
};
std::vector<CopyRun> copyRuns(const std::string& text, const partners::MessageAudit& audit);

// "Guarantee rule 'No guarantees' (phrase 'guaranteed results')": why a passage is flagged.
std::string flagReasonText(const partners::CopyFlag& flag);

// "3 of 4 sentences break no rule: 75.0%", "No sentence to audit yet.", or "Not audited: "
// and why the copy was refused (not UTF-8).
std::string copyScoreText(const partners::MessageAudit& audit);

}  // namespace sc::web
