// The partner KPI report and the copy audit as JSON (documented in docs/PARTNERS.md) and as
// text for people: what `scorecard partners` and `scorecard audit-copy` print.
#pragma once

#include <string>

#include "model/common.h"
#include "partners/message_audit.h"
#include "partners/partner_kpis.h"

namespace sc::partners {

Json partnerKpiReportToJson(const PartnerKpiReport& report);
std::string partnerKpiReportToText(const PartnerKpiReport& report);

// `partnerId` labels the audit (the rules of engagement are the same for every partner).
Json messageAuditToJson(const MessageAudit& audit, const std::string& partnerId);
std::string messageAuditToText(const MessageAudit& audit, const std::string& partnerLabel);

}  // namespace sc::partners
