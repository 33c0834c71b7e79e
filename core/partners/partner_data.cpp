#include "partners/partner_data.h"

#include "partners/periods.h"

namespace sc::partners {

std::map<std::string, PartnerData> groupByPartner(const Document& doc, const std::string& current) {
    std::map<std::string, PartnerData> data;
    for (const auto& d : doc.deals)
        if (const auto period = dealPeriod(d, current)) data[d.partnerId].deals[*period].push_back(&d);
    for (const auto& r : doc.reportSubmissions) data[r.partnerId].reports[r.period].push_back(&r);
    for (const auto& k : doc.kpiRecords)
        data[k.partnerId].records[k.period][k.kpi] = &k;  // the last one wins
    for (const auto& a : doc.pulseAnswers) data[a.partnerId].pulse[a.period].push_back(&a);
    for (const auto& c : doc.copySamples)
        if (const auto period = periodOfDate(c.capturedOn)) data[c.partnerId].copy[*period].push_back(&c);
    return data;
}

}  // namespace sc::partners
