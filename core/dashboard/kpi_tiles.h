// KPI tiles (issue 8: "KPI tiles for the metric dictionary's metrics with RAG against benchmark
// and a sparkline of the last periods"; PRODUCT.md section 4 "each KPI with red/amber/green
// against its benchmark and a trend line"). One tile per metric of the dictionary. Values exist
// where the document measures the metric per period:
//  - the five partner KPIs: per period, the average over the partners that have a value then
//    (each partner's value as core/partners computes it for the partner table: audits where
//    the data exists, else the KPI records);
//  - the pulse questions (metric id "pulse_<question>"): per period, the average of every
//    answer to the question, in hundredths (450 = 4.50);
//  - any other metric: no per-period values in the document (source says so).
// RAG against the metric's own thresholds (core/partners/kpi_thresholds.h ragOf).
#pragma once

#include <vector>

#include "dashboard/dashboard.h"

namespace sc::dashboard {

std::vector<KpiTile> kpiTiles(const Document& doc, const partners::PartnerKpiReport& partnerReport);

}  // namespace sc::dashboard
