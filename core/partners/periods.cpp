#include "partners/periods.h"

#include "workflow/dates.h"

namespace sc::partners {

bool isPeriod(const std::string& text) {
    if (text.size() != 7 || text[4] != '-') return false;
    for (std::size_t i : {0, 1, 2, 3, 5, 6})
        if (text[i] < '0' || text[i] > '9') return false;
    const int month = (text[5] - '0') * 10 + (text[6] - '0');
    return month >= 1 && month <= 12;
}

std::optional<std::string> periodOfDate(const std::string& date) {
    if (!isValidDate(date)) return std::nullopt;
    return date.substr(0, 7);
}

std::string previousPeriod(const std::string& period) {
    if (!isPeriod(period)) return "";
    int year = std::stoi(period.substr(0, 4));
    int month = std::stoi(period.substr(5, 2)) - 1;
    if (month == 0) {
        month = 12;
        --year;
    }
    std::string y = std::to_string(year);
    while (y.size() < 4) y = "0" + y;
    return y + "-" + (month < 10 ? "0" : "") + std::to_string(month);
}

std::optional<std::string> latestPeriod(const Document& doc) {
    std::optional<std::string> latest;
    auto consider = [&](const std::optional<std::string>& p) {
        if (p && isPeriod(*p) && (!latest || *p > *latest)) latest = p;
    };
    for (const auto& d : doc.deals) consider(periodOfDate(d.closedOn));
    for (const auto& r : doc.dealRegistrations) consider(periodOfDate(r.registeredOn));
    for (const auto& r : doc.reportSubmissions) consider(r.period);
    for (const auto& k : doc.kpiRecords) consider(k.period);
    for (const auto& a : doc.pulseAnswers) consider(a.period);
    for (const auto& c : doc.copySamples) consider(periodOfDate(c.capturedOn));
    return latest;
}

std::optional<std::string> dealPeriod(const Deal& deal, const std::string& current) {
    if (deal.outcome == "open" && deal.closedOn.empty()) {
        if (current.empty()) return std::nullopt;
        return current;
    }
    return periodOfDate(deal.closedOn);
}

}  // namespace sc::partners
