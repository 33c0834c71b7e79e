// The KPI history as JSON and as one table per partner (KPIs down, periods across).
#include <algorithm>
#include <sstream>

#include "partners/kpi_history.h"
#include "partners/partner_kpis.h"

namespace sc::partners {

namespace {

char ragLetter(const std::string& rag) {
    return rag == "green" ? 'G' : rag == "amber" ? 'A' : rag == "red" ? 'R' : '-';
}

std::string padded(const std::string& text, std::size_t width) {
    return text.size() >= width ? text + " " : text + std::string(width - text.size(), ' ');
}

}  // namespace

Json kpiHistoryToJson(const KpiHistory& history) {
    Json partners = Json::array();
    for (const auto& p : history.partners) {
        Json kpis = Json::object();
        for (const auto& series : p.kpis) {
            Json points = Json::array();
            for (const auto& point : series.points)
                points.push_back({{"period", point.period},
                                  {"value", point.value},
                                  {"rag", point.rag},
                                  {"trend", point.trend}});
            kpis[series.kpi] = points;
        }
        partners.push_back(
            {{"id", p.partnerId}, {"name", p.name}, {"tier", p.tier}, {"status", p.status}, {"kpis", kpis}});
    }
    return {{"current_period", history.currentPeriod.empty() ? Json(nullptr) : Json(history.currentPeriod)},
            {"periods", history.periods},
            {"partners", partners}};
}

std::string kpiHistoryToText(const KpiHistory& history) {
    std::ostringstream out;
    if (history.periods.empty()) {
        out << "No KPI values in the document (no deals, reports, KPI records or pulse answers).\n";
        return out.str();
    }
    out << "Partner KPIs over every period, " << history.periods.front() << " to " << history.periods.back()
        << "\ncells: value and G/A/R against the benchmark; - no value in that period\n";
    constexpr std::size_t kCell = 10;
    std::size_t nameWidth = 5;
    for (const auto& t : history.thresholds) nameWidth = std::max(nameWidth, t.name.size() + 2);
    // One row: the label, then a cell per period (the last one unpadded: no trailing spaces).
    auto row = [&](const std::string& label, const std::vector<std::string>& cells) {
        out << "  " << padded(label, nameWidth);
        for (std::size_t i = 0; i < cells.size(); ++i)
            out << (i + 1 < cells.size() ? padded(cells[i], kCell) : cells[i]);
        out << "\n";
    };
    for (const auto& p : history.partners) {
        out << "\n" << p.name << (p.tier.empty() ? "" : " (" + p.tier + ")") << "\n";
        row("KPI", history.periods);
        for (std::size_t k = 0; k < p.kpis.size() && k < history.thresholds.size(); ++k) {
            const KpiThreshold& t = history.thresholds[k];
            std::vector<std::string> cells;
            auto point = p.kpis[k].points.begin();
            for (const auto& period : history.periods) {
                const bool here = point != p.kpis[k].points.end() && point->period == period;
                cells.push_back(here ? kpiValueText(t, point->value) + " " + ragLetter(point->rag) : "-");
                if (here) ++point;
            }
            row(t.name, cells);
        }
    }
    return out.str();
}

}  // namespace sc::partners
