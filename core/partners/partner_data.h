// One partner's rows of the large tables, grouped by period, so the KPI report reads each row
// a few times instead of once per partner, period and KPI (tables grow to 100k rows).
// Holds pointers into the document, which must outlive it.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::partners {

struct PartnerData {
    std::map<std::string, std::vector<const Deal*>> deals;  // by dealPeriod
    std::map<std::string, std::vector<const ReportSubmission*>> reports;
    std::map<std::string, std::map<std::string, const KpiRecord*>> records;  // period -> kpi -> last record
    std::map<std::string, std::vector<const PulseAnswer*>> pulse;
    std::map<std::string, std::vector<const CopySample*>> copy;  // by the month captured
};

// Partner id -> its rows; `current` is the period open deals count in (see dealPeriod).
std::map<std::string, PartnerData> groupByPartner(const Document& doc, const std::string& current);

}  // namespace sc::partners
