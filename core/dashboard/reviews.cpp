#include "dashboard/reviews.h"

#include <algorithm>

#include "dashboard/figures.h"
#include "dashboard/kpi_tiles.h"
#include "workflow/dates.h"

namespace sc::dashboard {

namespace {

bool contains(const std::vector<std::string>& ids, const std::string& id) {
    return std::find(ids.begin(), ids.end(), id) != ids.end();
}

void addConversions(const Document& doc, Review& r) {
    for (const auto& pair : doc.pairs) {
        const PairObservation* latest = nullptr;
        for (const auto& o : doc.pairObservations)
            if (o.pairId == pair.id && (!latest || o.periodStart >= latest->periodStart)) latest = &o;
        ReviewPairConversion c;
        c.pairId = pair.id;
        if (latest) {
            c.visitors = latest->visitors;
            c.conversions = latest->conversions;
        } else if (pair.visitors > 0) {
            c.visitors = pair.visitors;
            c.conversions = pair.customers;
        } else {
            continue;
        }
        if (c.visitors > 0 && c.conversions >= 0) c.conversionBp = c.conversions * 10000 / c.visitors;
        r.conversions.push_back(std::move(c));
    }
}

std::string nextReviewId(const Document& doc, const std::string& today) {
    const std::string base = "rev-" + today;
    std::string id = base;
    for (int n = 2; findById(doc.reviews, id); ++n) id = base + "-" + std::to_string(n);
    return id;
}

std::string countLine(std::size_t n, const char* what) {
    return std::to_string(n) + " " + what + " since the last review";
}

// The three id lists of a review, from the mismatches' states in the report.
void addMismatchIds(const engine::ScoreReport& report, Review& r) {
    for (const auto& m : report.mismatches) {
        if (m.state == "open" || m.state == "fixing") r.openMismatchIds.push_back(m.mismatch.id);
        if (m.state == "fixed" || m.state == "verifying") r.fixedMismatchIds.push_back(m.mismatch.id);
        if (m.state == "verified") r.verifiedMismatchIds.push_back(m.mismatch.id);
    }
}

}  // namespace

Review summariseReview(const Document& doc, const engine::ScoreReport& report, const std::string& today) {
    Review r;
    r.heldOn = today;
    if (report.index.hasValue) r.index = report.index.value;
    const SeverityBars bars = severityBars(report);
    for (const auto& bar : bars.bars) {
        if (bar.severity == "critical") r.openCritical = bar.count;
        if (bar.severity == "high") r.openHigh = bar.count;
        if (bar.severity == "medium") r.openMedium = bar.count;
        if (bar.severity == "low") r.openLow = bar.count;
    }
    addMismatchIds(report, r);
    addConversions(doc, r);
    const partners::PartnerKpiReport partnerReport =
        doc.partners.empty() ? partners::PartnerKpiReport{} : partners::buildPartnerKpiReport(doc);
    for (const auto& tile : kpiTiles(doc, partnerReport))
        if (tile.hasValue)
            r.kpis.push_back({tile.metricId, tile.period, tile.value, tile.rag, Json::object()});
    return r;
}

std::string recordReviewLabel() { return "Record review"; }

EditResult recordReview(const Document& doc, const engine::ScoreReport& report, const std::string& today,
                        const std::string& note) {
    EditResult out;
    out.document = doc;
    if (!isValidDate(today)) {
        out.error = "cannot record a review: \"" + today + "\" is not a date (YYYY-MM-DD)";
        return out;
    }
    Review r = summariseReview(doc, report, today);
    r.id = nextReviewId(doc, today);
    r.name = "Review " + today;
    r.notes = note;
    out.id = r.id;
    out.document.reviews.push_back(std::move(r));
    out.ok = true;
    return out;
}

ReviewDelta reviewDelta(const Review& before, const Review& after) {
    ReviewDelta d;
    d.hasPrevious = true;
    d.sinceReviewId = before.id;
    d.sinceDate = before.heldOn;
    for (const auto& id : after.openMismatchIds) {
        const bool wasFixed =
            contains(before.fixedMismatchIds, id) || contains(before.verifiedMismatchIds, id);
        if (wasFixed) d.reopenedIds.push_back(id);
        else if (!contains(before.openMismatchIds, id)) d.newIds.push_back(id);
    }
    for (const auto& id : after.fixedMismatchIds)
        if (!contains(before.fixedMismatchIds, id) && !contains(before.verifiedMismatchIds, id))
            d.fixedIds.push_back(id);
    for (const auto& id : after.verifiedMismatchIds)
        if (!contains(before.verifiedMismatchIds, id)) d.verifiedIds.push_back(id);
    if (!d.newIds.empty()) d.lines.push_back(countLine(d.newIds.size(), "new"));
    if (!d.fixedIds.empty()) d.lines.push_back(countLine(d.fixedIds.size(), "fixed"));
    if (!d.verifiedIds.empty()) d.lines.push_back(countLine(d.verifiedIds.size(), "verified"));
    if (!d.reopenedIds.empty()) d.lines.push_back(countLine(d.reopenedIds.size(), "reopened"));
    if (d.lines.empty()) d.lines.push_back("nothing changed since the last review");
    return d;
}

ReviewDelta deltaSinceLastReview(const Document& doc, const engine::ScoreReport& report,
                                 const std::string& today) {
    const Review* last = nullptr;
    for (const auto& r : doc.reviews)
        if (!last || r.heldOn >= last->heldOn) last = &r;
    if (!last) return {};
    Review now;  // the delta reads only the ids: no need for the whole summary
    now.heldOn = today;
    addMismatchIds(report, now);
    return reviewDelta(*last, now);
}

std::vector<ReviewPoint> reviewTrend(const Document& doc) {
    std::vector<ReviewPoint> out;
    for (const auto& r : doc.reviews) {
        ReviewPoint p;
        p.reviewId = r.id;
        p.heldOn = r.heldOn;
        p.index = r.index;
        p.openCritical = r.openCritical;
        p.openHigh = r.openHigh;
        p.openMedium = r.openMedium;
        p.openLow = r.openLow;
        p.openTotal = r.openCritical + r.openHigh + r.openMedium + r.openLow;
        out.push_back(std::move(p));
    }
    std::stable_sort(out.begin(), out.end(),
                     [](const ReviewPoint& a, const ReviewPoint& b) { return a.heldOn < b.heldOn; });
    return out;
}

}  // namespace sc::dashboard
