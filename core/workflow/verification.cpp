// Two full sales cycles after a fix, then a statistical comparison of conversion before and
// after (seed 002 step 5, FAQ "Measure results for at least two sales cycles before concluding").
#include "workflow/verification.h"

#include <algorithm>
#include <cmath>

#include "model/saturating.h"
#include "workflow/dates.h"
#include "workflow/number_text.h"

namespace sc {
namespace {

constexpr double kAlpha = 0.05;
constexpr std::int64_t kDefaultCycles = 2;

BasisPoints rateBp(std::int64_t part, std::int64_t whole) {
    return whole > 0 ? (BasisPoints)std::llround((long double)part * 10000.0L / whole) : -1;
}

std::string bpPercent(BasisPoints bp) { return percentText(bp / 10000.0); }

}  // namespace

VerificationResult evaluateVerification(const Document& doc, const Verification& v,
                                        const std::string& today) {
    VerificationResult r;
    r.verificationId = v.id;
    r.status = "insufficient_data";

    const auto todayDay = parseDate(today);
    if (!todayDay) {
        r.message = "today (\"" + today + "\") is not a YYYY-MM-DD date";
        return r;
    }
    std::string startText = v.startedOn;
    if (startText.empty())
        if (const Decision* d = findById(doc.decisions, v.decisionId)) startText = d->implementedOn;
    const auto start = parseDate(startText);
    if (!start) {
        r.message = "no start date: set started_on, or mark the fix implemented";
        return r;
    }

    // [cycle length] verification, else pair, else segment.
    const ProductChannelPair* pair = findById(doc.pairs, v.pairId);
    const Segment* segment = pair ? findById(doc.segments, pair->segmentId) : nullptr;
    if (v.cycleDays > 0) {
        r.cycleDays = v.cycleDays;
        r.cycleSource = "verification";
    } else if (pair && pair->salesCycleDays > 0) {
        r.cycleDays = pair->salesCycleDays;
        r.cycleSource = "pair";
    } else if (segment && segment->salesCycleDays > 0) {
        r.cycleDays = segment->salesCycleDays;
        r.cycleSource = "segment";
    } else {
        r.message =
            "no sales cycle length: set cycle_days on the verification, or sales_cycle_days on pair \"" +
            v.pairId + "\" or its segment";
        return r;
    }
    const std::int64_t cycles = v.cyclesRequired > 0 ? v.cyclesRequired : kDefaultCycles;
    r.daysRequired = satMul(r.cycleDays, cycles);
    r.daysElapsed = *todayDay - *start;
    if (r.daysElapsed < r.daysRequired) {
        r.status = "too_early";
        r.daysRemaining = satSub(r.daysRequired, std::max<std::int64_t>(0, r.daysElapsed));
        r.message = "too early: " + std::to_string(cycles) + " full sales cycles of " +
                    std::to_string(r.cycleDays) + " days are needed; " + std::to_string(r.daysRemaining) +
                    " days to go (until " + formatDate(satAdd(*start, r.daysRequired)) + ")";
        return r;
    }

    // [observations] split at the start of the fix.
    for (const auto& o : doc.pairObservations) {
        if (o.pairId != v.pairId) continue;
        const auto day = parseDate(o.periodStart);
        if (!day || o.visitors <= 0 || o.conversions < 0 || o.conversions > o.visitors) continue;
        if (*day < *start) {
            r.beforeVisitors = satAdd(r.beforeVisitors, o.visitors);
            r.beforeConversions = satAdd(r.beforeConversions, o.conversions);
        } else if (*day <= *todayDay) {
            r.afterVisitors = satAdd(r.afterVisitors, o.visitors);
            r.afterConversions = satAdd(r.afterConversions, o.conversions);
        }
    }
    if (r.afterVisitors == 0) {
        r.message = "no observations with visitors for pair \"" + v.pairId + "\" since " + formatDate(*start);
        return r;
    }
    r.afterConversionBp = rateBp(r.afterConversions, r.afterVisitors);

    // [baseline] declared rate (one-sample test), else the observations before the fix.
    bool higher = false;
    if (v.baselineConversionBp > 0 && v.baselineConversionBp < 10000) {
        r.baselineSource = "baseline_conversion_bp";
        r.baselineConversionBp = v.baselineConversionBp;
        const double p0 = v.baselineConversionBp / 10000.0;
        const double n = (double)r.afterVisitors, p = (double)r.afterConversions / n;
        r.z = (p - p0) / std::sqrt(p0 * (1 - p0) / n);
        r.pValue = (n * p0 < kMinExpectedCount || n * (1 - p0) < kMinExpectedCount)
                       ? binomialExactTwoSided(r.afterVisitors, r.afterConversions, p0)
                       : twoSidedPValue(r.z);
        higher = p > p0;
    } else if (r.beforeVisitors > 0) {
        r.baselineSource = "observations_before";
        r.baselineConversionBp = rateBp(r.beforeConversions, r.beforeVisitors);
        r.test = compareProportions(r.beforeVisitors, r.beforeConversions, r.afterVisitors,
                                    r.afterConversions, kAlpha);
        r.z = r.test.z;
        r.pValue = r.test.pValue;
        higher = r.test.absoluteLift > 0;
    } else {
        r.message = "no baseline: set baseline_conversion_bp, or record observations of pair \"" + v.pairId +
                    "\" from before " + formatDate(*start);
        return r;
    }

    const std::string rates = bpPercent(r.afterConversionBp) + " since the fix vs " +
                              bpPercent(r.baselineConversionBp) + " before (" + pStatementText(r.pValue) +
                              ")";
    if (r.pValue < kAlpha && higher) {
        r.status = "verified";
        r.message = "verified: conversion rose to " + rates;
    } else if (r.pValue < kAlpha) {
        r.status = "regressed";
        r.message =
            "regressed: conversion fell to " + rates + "; revisit the maps, a contradiction may be missed";
    } else {
        r.status = "no_change";
        r.message = "no statistically real change: " + rates +
                    "; revisit the maps, a subtle contradiction may be missed";
    }
    return r;
}

WorkflowEdit applyVerification(const Document& doc, const std::string& verificationId,
                               const std::string& today) {
    WorkflowEdit out;
    out.document = doc;
    out.id = verificationId;
    const Verification* v = findById(doc.verifications, verificationId);
    if (!v) {
        out.error = "no verification with id \"" + verificationId + "\"";
        return out;
    }
    const VerificationResult r = evaluateVerification(doc, *v, today);
    if (r.status != "verified" && r.status != "regressed" && r.status != "no_change") {
        out.error = "cannot conclude yet: " + r.message;
        return out;
    }
    const Decision* d = findById(doc.decisions, v->decisionId);
    if (!d) {
        out.error = "verification \"" + verificationId + "\" names no known decision";
        return out;
    }
    for (auto& m : out.document.mismatches)
        if (m.id == d->mismatchId) {
            m.status = r.status == "verified" ? "verified" : "open";
            out.ok = true;
        }
    if (!out.ok) out.error = "decision \"" + d->id + "\" names no known mismatch";
    if (!out.ok) out.document = doc;
    return out;
}

}  // namespace sc
