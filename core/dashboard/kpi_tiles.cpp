#include "dashboard/kpi_tiles.h"

#include <algorithm>
#include <map>

#include "partners/kpi_thresholds.h"

namespace sc::dashboard {

namespace {

bool isPartnerKpi(const std::string& id) {
    const auto& ids = partners::kpiIds();
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

std::string pulseQuestionOf(const std::string& id) {
    const std::string prefix = "pulse_";
    if (id.rfind(prefix, 0) != 0) return {};
    const std::string q = id.substr(prefix.size());
    const auto& qs = partners::pulseQuestions();
    return std::find(qs.begin(), qs.end(), q) != qs.end() ? q : std::string();
}

// Rounded half away from zero, so 1 of 3 partners at 10000 bp averages 3333 and 2 of 3 at 6667.
std::int64_t roundedMean(std::int64_t sum, std::int64_t n) {
    return sum >= 0 ? (sum + n / 2) / n : -((-sum + n / 2) / n);
}

std::vector<SeriesPoint> partnerKpiSeries(const partners::PartnerKpiReport& report, const std::string& kpi) {
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> byPeriod;  // period -> (sum, partners)
    for (const auto& row : report.partners)
        for (const auto& cell : row.kpis) {
            if (cell.kpi != kpi) continue;
            for (const auto& [period, value] : cell.series) {
                auto& acc = byPeriod[period];
                acc.first += value;
                ++acc.second;
            }
        }
    std::vector<SeriesPoint> out;
    for (const auto& [period, acc] : byPeriod) out.push_back({period, roundedMean(acc.first, acc.second)});
    return out;
}

std::vector<SeriesPoint> pulseSeries(const Document& doc, const std::string& question) {
    std::map<std::string, std::pair<std::int64_t, std::int64_t>> byPeriod;
    for (const auto& a : doc.pulseAnswers) {
        if (a.question != question || a.score < 1 || a.score > 5) continue;
        auto& acc = byPeriod[a.period];
        acc.first += a.score * 100;
        ++acc.second;
    }
    std::vector<SeriesPoint> out;
    for (const auto& [period, acc] : byPeriod) out.push_back({period, roundedMean(acc.first, acc.second)});
    return out;
}

std::string valueText(const partners::KpiThreshold& t, const std::string& unit, std::int64_t value) {
    if (unit == "score") return partners::pulseText(value);
    return partners::kpiValueText(t, value);
}

}  // namespace

std::vector<KpiTile> kpiTiles(const Document& doc, const partners::PartnerKpiReport& partnerReport) {
    std::vector<KpiTile> out;
    for (const auto& m : doc.metrics) {
        KpiTile tile;
        tile.metricId = m.id;
        tile.name = m.name.empty() ? m.id : m.name;
        tile.unit = m.unit;
        tile.higherIsBetter = m.higherIsBetter;
        const std::string question = pulseQuestionOf(m.id);
        const std::int64_t scale = m.unit == "score" ? 100 : 1;
        tile.benchmark = m.benchmark * scale;
        tile.green = m.green * scale;
        tile.amber = m.amber * scale;
        if (isPartnerKpi(m.id)) {
            tile.series = partnerKpiSeries(partnerReport, m.id);
            tile.source = "average over the partners with a value in the period (partner table)";
        } else if (!question.empty()) {
            tile.series = pulseSeries(doc, question);
            tile.source = "average of the period's pulse answers";
        } else {
            tile.source = "no per-period values in the document for this metric";
        }
        if (!tile.series.empty()) {
            const partners::KpiThreshold t = partners::thresholdFor(doc, m.id);
            tile.hasValue = true;
            tile.period = tile.series.back().period;
            tile.value = tile.series.back().value;
            tile.valueText = valueText(t, m.unit, tile.value);
            tile.rag = partners::ragOf(t, tile.value, scale);
            const std::size_t from =
                tile.series.size() > kSparklinePeriods ? tile.series.size() - kSparklinePeriods : 0;
            tile.sparkline.assign(tile.series.begin() + static_cast<std::ptrdiff_t>(from), tile.series.end());
        }
        out.push_back(std::move(tile));
    }
    return out;
}

}  // namespace sc::dashboard
