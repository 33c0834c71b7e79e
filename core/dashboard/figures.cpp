#include "dashboard/figures.h"

#include <algorithm>

#include "engine/detection.h"

namespace sc::dashboard {

namespace {

const char* const kSeveritiesWorstFirst[] = {"critical", "high", "medium", "low"};

bool isOpenInReport(const engine::ReportMismatch& m) { return m.active && m.rank > 0; }

std::string firstLine(const std::string& text) { return text.substr(0, text.find('\n')); }

std::string pairName(const Document& doc, const std::string& pairId) {
    const ProductChannelPair* p = findById(doc.pairs, pairId);
    return p && !p->name.empty() ? p->name : pairId;
}

}  // namespace

int severityRank(const std::string& severity) {
    if (severity == "low") return 0;
    if (severity == "medium") return 1;
    if (severity == "high") return 2;
    if (severity == "critical") return 3;
    return -1;
}

std::string mismatchTitle(const engine::ReportMismatch& m) {
    if (!m.mismatch.name.empty()) return m.mismatch.name;
    return "Promise '" + m.promiseName + "' vs channel '" + m.channelName + "'";
}

IndexTile indexTile(const engine::ScoreReport& report) {
    IndexTile t;
    t.hasValue = report.index.hasValue;
    t.value = report.index.value;
    t.formula = report.index.formula;
    t.computation = report.index.computation;
    t.verifyingMismatches = report.index.verifyingMismatches;
    t.pointsAwaitingVerification = report.index.pointsAwaitingVerification;
    t.verificationShare = report.index.verificationShare;
    t.caveat = report.readinessCaveat;
    return t;
}

ReadinessNote readinessNote(const engine::ScoreReport& report) {
    ReadinessNote n;
    n.warn = !report.readiness.ready;
    for (const auto& w : report.readiness.warnings)
        n.messages.push_back(w.advice.empty() ? w.message : w.message + " " + w.advice);
    return n;
}

SeverityBars severityBars(const engine::ScoreReport& report) {
    SeverityBars out;
    for (const char* s : kSeveritiesWorstFirst) out.bars.push_back(SeverityBar{s, 0, {}});
    for (const auto& m : report.mismatches) {
        if (!isOpenInReport(m)) continue;
        int r = severityRank(m.mismatch.severity);
        if (r < 0) continue;
        SeverityBar& bar = out.bars[static_cast<std::size_t>(3 - r)];
        ++bar.count;
        bar.mismatchIds.push_back(m.mismatch.id);
        ++out.total;
    }
    return out;
}

std::vector<TopPriority> topPriorities(const engine::ScoreReport& report) {
    std::vector<TopPriority> out;
    for (const auto& m : report.mismatches) {
        if (!isOpenInReport(m)) continue;
        if (out.size() == kTopPriorities) break;
        TopPriority p;
        p.rank = m.rank;
        p.mismatchId = m.mismatch.id;
        p.title = mismatchTitle(m);
        p.severity = m.mismatch.severity;
        p.score = m.priority.score;
        p.explanation = firstLine(m.mismatch.explanation);
        p.state = m.state;
        out.push_back(std::move(p));
    }
    return out;
}

HeatMap heatMap(const Document& doc, const engine::ScoreReport& report) {
    HeatMap map;
    for (const auto& p : doc.promises) {
        map.promiseIds.push_back(p.id);
        map.promiseNames.push_back(p.name.empty() ? p.id : p.name);
    }
    for (const auto& c : doc.channels) {
        map.channelIds.push_back(c.id);
        map.channelNames.push_back(c.name.empty() ? c.id : c.name);
    }
    const auto comparisons = engine::detectMismatches(doc).comparisons;
    for (const auto& p : doc.promises)
        for (const auto& c : doc.channels) {
            HeatCell cell;
            cell.promiseId = p.id;
            cell.channelId = c.id;
            cell.compared =
                std::any_of(comparisons.begin(), comparisons.end(), [&](const engine::Comparison& k) {
                    return k.promiseId == p.id && k.channelId == c.id && !k.dimensionIds.empty();
                });
            map.cells.push_back(std::move(cell));
        }
    // The report is ranked, so ids land in priority order.
    for (const auto& m : report.mismatches) {
        if (!isOpenInReport(m)) continue;
        auto row = std::find(map.promiseIds.begin(), map.promiseIds.end(), m.mismatch.promiseId);
        auto col = std::find(map.channelIds.begin(), map.channelIds.end(), m.mismatch.channelId);
        if (row == map.promiseIds.end() || col == map.channelIds.end()) continue;
        HeatCell& cell =
            map.cells[static_cast<std::size_t>(row - map.promiseIds.begin()) * map.channelIds.size() +
                      static_cast<std::size_t>(col - map.channelIds.begin())];
        ++cell.openMismatches;
        cell.mismatchIds.push_back(m.mismatch.id);
        if (severityRank(m.mismatch.severity) > severityRank(cell.worstSeverity))
            cell.worstSeverity = m.mismatch.severity;
    }
    return map;
}

std::vector<PairFunnel> pairFunnels(const Document& doc, const engine::ScoreReport& report) {
    std::vector<PairFunnel> out;
    for (const auto& j : report.journeys) {
        const ProductChannelPair* pair = findById(doc.pairs, j.pairId);
        PairFunnel f;
        f.pairId = j.pairId;
        f.pairName = pairName(doc, j.pairId);
        f.divergentStageId = j.divergentStageId;
        f.why = j.why;
        for (const auto& s : j.stages) {
            FunnelBar b;
            b.stageId = s.stageId;
            b.label = s.label;
            b.entered = s.entered;
            b.converted = s.converted;
            b.hasData = s.hasData;
            b.observedBp = s.observedBp;
            b.benchmarkBp = s.benchmarkBp;
            b.divergent = !j.divergentStageId.empty() && s.stageId == j.divergentStageId;
            if (pair)
                if (const FunnelStage* stage = findById(pair->funnel, s.stageId)) {
                    b.funnelStage = stage->funnelStage;
                    b.journeyStage = stage->journeyStage;
                }
            f.stages.push_back(std::move(b));
        }
        out.push_back(std::move(f));
    }
    return out;
}

std::vector<PairConversionTrend> conversionTrends(const Document& doc) {
    std::vector<PairConversionTrend> out;
    for (const auto& pair : doc.pairs) {
        PairConversionTrend t;
        t.pairId = pair.id;
        t.pairName = pair.name.empty() ? pair.id : pair.name;
        for (const auto& o : doc.pairObservations) {
            if (o.pairId != pair.id) continue;
            ConversionPoint p;
            p.periodStart = o.periodStart;
            p.visitors = o.visitors;
            p.conversions = o.conversions;
            if (o.visitors > 0 && o.conversions >= 0) p.conversionBp = o.conversions * 10000 / o.visitors;
            t.points.push_back(p);
        }
        if (t.points.empty()) continue;
        std::stable_sort(
            t.points.begin(), t.points.end(),
            [](const ConversionPoint& a, const ConversionPoint& b) { return a.periodStart < b.periodStart; });
        out.push_back(std::move(t));
    }
    return out;
}

}  // namespace sc::dashboard
