#include "engine/diagnosis.h"

#include <optional>

#include "engine/journey.h"
#include "model/saturating.h"
#include "engine/text_util.h"

namespace sc::engine {

namespace {

// Fills conversionRatioBp and its evidence; false when there is no conversion data.
bool measureConversion(const Document& doc, const ProductChannelPair& pair, Diagnosis& d) {
    PairJourney j = analyseJourney(pair);
    const StageResult* worst = nullptr;
    std::int64_t worstRatio = 0;
    // The journey's divergent stage when one falls short (the same stage the journey section
    // names, issue 13.10), else the lowest ratio of the stages at or above their benchmark.
    for (const auto& s : j.stages)
        if (!j.divergentStageId.empty() && s.stageId == j.divergentStageId) {
            worst = &s;
            worstRatio = rateBp(s.observedBp, s.benchmarkBp);
        }
    if (!worst)
        for (const auto& s : j.stages) {
            if (!s.hasData || s.benchmarkBp <= 0) continue;
            std::int64_t ratio = rateBp(s.observedBp, s.benchmarkBp);
            if (!worst || ratio < worstRatio) {
                worst = &s;
                worstRatio = ratio;
            }
        }
    if (worst) {
        d.conversionRatioBp = worstRatio;
        d.evidence.push_back("weakest stage " + worst->label + ": " + formatBp(worst->observedBp) +
                             " observed vs " + formatBp(worst->benchmarkBp) + " benchmark (" +
                             formatBp(worstRatio) + " of benchmark; low under " +
                             formatBp(kLowConversionRatioBp) + ")");
        return true;
    }
    if (pair.leads > 0) {
        std::int64_t observed = rateBp(pair.customers, pair.leads);
        const auto known = leadToCustomerBenchmark(doc);
        // [no silent default] Issue 13.7: without a benchmark of the document's own, a rate
        // says nothing about whether the channel converts well.
        if (!known) {
            d.evidence.push_back(
                "not enough data to tell: lead-to-customer " + formatBp(observed) + " (" +
                std::to_string(pair.customers) + "/" + std::to_string(pair.leads) +
                ") but no funnel stage with a benchmark and no lead_to_customer benchmark in "
                "the metric dictionary to compare it with");
            return false;
        }
        const std::int64_t benchmark = *known;
        d.conversionRatioBp = rateBp(observed, benchmark);
        d.evidence.push_back("lead-to-customer " + formatBp(observed) + " (" +
                             std::to_string(pair.customers) + "/" + std::to_string(pair.leads) + ") vs " +
                             formatBp(benchmark) + " benchmark (" + formatBp(d.conversionRatioBp) +
                             " of benchmark; low under " + formatBp(kLowConversionRatioBp) + ")");
        return true;
    }
    d.evidence.push_back("no conversion data (no funnel stage with entries, no leads)");
    return false;
}

}  // namespace

std::optional<std::int64_t> leadToCustomerBenchmark(const Document& doc) {
    for (const auto& m : doc.metrics)
        if (m.id == "lead_to_customer" && m.unit == "bp" && m.benchmark > 0) return m.benchmark;
    return std::nullopt;
}

Diagnosis diagnosePair(const Document& doc, const ProductChannelPair& pair) {
    Diagnosis d;
    d.pairId = pair.id;
    d.audienceShareBp = pair.targetAudienceShareBp;
    bool hasConversion = measureConversion(doc, pair, d);
    bool low = hasConversion && d.conversionRatioBp < kLowConversionRatioBp;
    bool audienceKnown = pair.targetAudienceShareBp > 0;
    bool right = pair.targetAudienceShareBp >= kRightAudienceBp;
    if (audienceKnown)
        d.evidence.push_back("target audience share " + formatBp(pair.targetAudienceShareBp) + " (" +
                             (right ? "right audience: at least " : "wrong audience: under ") +
                             formatBp(kRightAudienceBp) + ")");
    else d.evidence.push_back("target audience share not measured");
    if (const auto* c = findById(doc.channels, pair.channelId); c && c->free)
        d.evidence.push_back("channel '" + labelOf(*c) +
                             "' is free: a cheap reach that may attract another audience");

    if (!audienceKnown) {
        d.kind = "undetermined";
    } else if (right) {
        d.kind = !hasConversion ? "undetermined" : low ? "message" : "no_visible_problem";
    } else if (!low) {
        d.kind = "distribution";
    } else {
        std::int64_t rightRatio = mulDivSat(d.conversionRatioBp, 10000, pair.targetAudienceShareBp);
        d.evidence.push_back("conversion of the right people at most " + formatBp(rightRatio) +
                             " of benchmark (observed ratio / audience share)");
        d.kind = rightRatio < kLowConversionRatioBp ? "both" : "distribution";
    }
    return d;
}

std::vector<Diagnosis> diagnosePairs(const Document& doc) {
    std::vector<Diagnosis> out;
    for (const auto& pair : doc.pairs) out.push_back(diagnosePair(doc, pair));
    return out;
}

Diagnosis diagnoseMismatch(const Document& doc, const Mismatch& mismatch) {
    if (!mismatch.pairId.empty())
        if (const auto* pair = findById(doc.pairs, mismatch.pairId)) return diagnosePair(doc, *pair);
    const ProductChannelPair* only = nullptr;
    int count = 0;
    for (const auto& pair : doc.pairs)
        if (!mismatch.channelId.empty() && pair.channelId == mismatch.channelId) {
            only = &pair;
            ++count;
        }
    if (count == 1) return diagnosePair(doc, *only);
    Diagnosis d;
    d.evidence.push_back(count == 0
                             ? "no product-channel pair carries this channel: no audience or conversion data"
                             : "several pairs carry this channel: name the pair to diagnose");
    return d;
}

std::string diagnosisLabel(const std::string& kind) {
    if (kind == "message") return "message problem";
    if (kind == "distribution") return "distribution problem";
    if (kind == "both") return "message and distribution problem";
    if (kind == "no_visible_problem") return "no problem visible in the numbers yet";
    return "undetermined";
}

}  // namespace sc::engine
