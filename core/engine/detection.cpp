#include "engine/detection.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <set>

#include "engine/text_util.h"
#include "model/builtin_dimensions.h"

namespace sc::engine {

namespace {

// The index of a level id on an ordered dimension; nullopt when unknown.
std::optional<std::size_t> levelIndex(const Dimension& dim, const std::string& level) {
    for (std::size_t i = 0; i < dim.levels.size(); ++i)
        if (dim.levels[i].id == level) return i;
    return std::nullopt;
}

std::string levelName(const Dimension& dim, std::size_t index) {
    const auto& l = dim.levels[index];
    return l.name.empty() ? l.id : l.name;
}

// A channel's number on a numeric dimension: its own level value, else a constraint that
// names the dimension (e.g. the affiliate cookie window).
std::optional<double> channelNumber(const Channel& channel, const std::string& dimensionId) {
    auto it = channel.levels.find(dimensionId);
    if (it != channel.levels.end() && it->second.number) return it->second.number;
    for (const auto& c : channel.constraints)
        if (c.dimensionId == dimensionId && c.value) return c.value;
    return std::nullopt;
}

bool channelHasValue(const Channel& channel, const std::string& dimensionId) {
    if (channel.levels.count(dimensionId)) return true;
    for (const auto& c : channel.constraints)
        if (c.dimensionId == dimensionId && c.value) return true;
    return false;
}

// The constraint a channel's number on a dimension comes from, when not its own level.
const ChannelConstraint* constraintOn(const Channel& channel, const std::string& dimensionId) {
    if (auto it = channel.levels.find(dimensionId); it != channel.levels.end() && it->second.number)
        return nullptr;
    for (const auto& c : channel.constraints)
        if (c.dimensionId == dimensionId && c.value) return &c;
    return nullptr;
}

// "30 days", "1 day" (a plural unit loses its "s" for exactly one).
std::string withUnit(double v, const std::string& unit) {
    if (unit.empty()) return formatNumber(v);
    bool one = std::fabs(v - 1.0) < 1e-9;
    return formatNumber(v) + " " +
           (one && unit.size() > 1 && unit.back() == 's' ? unit.substr(0, unit.size() - 1) : unit);
}

std::string plural(double n, const std::string& one, const std::string& many) {
    return std::fabs(n - 1.0) < 1e-9 ? one : many;
}

struct Context {
    const Document& doc;
    DetectionResult& out;
};

void finishSeverity(Detection& d, double weight, const std::string& scale) {
    d.severityScore = std::min(1.0, d.relativeGap * static_cast<double>(weight) / 100.0);
    d.severity = severityForScore(d.severityScore);
    d.severityBasis = formatNumber(d.beyondTolerance) + " beyond tolerance out of " + scale + " = " +
                      formatNumber(std::round(d.relativeGap * 100) / 100) + "; × weight " +
                      std::to_string(static_cast<long long>(weight)) +
                      "% = " + formatNumber(std::round(d.severityScore * 100) / 100) + " → " + d.severity;
}

// Compares one promise with one channel on one ordered dimension.
// [direction] Issue 13.5: a channel that over-delivers on an "at least" scale (same-day
// delivery against a two-day promise) is no mismatch; only the direction the dimension allows
// is forgiven, the other counts as before.
std::optional<Detection> compareOrdered(const Dimension& dim, const Promise& p, const Channel& c,
                                        std::size_t pi, std::size_t ci) {
    const std::string direction = directionOf(dim);
    if (direction == "at_or_before" && ci <= pi) return std::nullopt;
    if (direction == "at_or_after" && ci >= pi) return std::nullopt;
    double gap = static_cast<double>(pi > ci ? pi - ci : ci - pi);
    double beyond = gap - dim.tolerance;
    if (beyond <= 0) return std::nullopt;
    Detection d;
    d.gap = gap;
    d.beyondTolerance = beyond;
    double span = dim.levels.size() > 1 ? static_cast<double>(dim.levels.size() - 1) : 1.0;
    d.relativeGap = std::min(1.0, beyond / span);
    d.explanation = "Promise '" + labelOf(p) + "' (" + levelName(dim, pi) + ") vs channel '" + labelOf(c) +
                    "' (" + levelName(dim, ci) + "): " + formatNumber(gap) + " " +
                    plural(gap, "step", "steps") + " apart on " + inSentence(labelOf(dim));
    if (dim.tolerance > 0) d.explanation += " (tolerance " + formatNumber(dim.tolerance) + ")";
    finishSeverity(d, static_cast<double>(dim.weight), "a " + formatNumber(span) + "-step scale");
    return d;
}

// Compares one promise with one channel on one numeric dimension, by its comparison rule.
std::optional<Detection> compareNumeric(const Dimension& dim, const Promise& p, const Channel& c, double pv,
                                        double cv, const std::string& pvSource = "") {
    const std::string& u = dim.unit;
    double tol = std::fabs(dim.tolerance);
    Detection d;
    std::string what;
    if (dim.comparison == "channel_at_most") {
        double limit = pv + tol;
        if (cv <= limit) return std::nullopt;
        d.gap = cv - pv;
        d.beyondTolerance = cv - limit;
        what = "channel is " + withUnit(d.gap, u) + " over on " + inSentence(labelOf(dim)) +
               " (allows at most " + withUnit(limit, u) +
               (tol > 0 ? ": " + withUnit(pv, u) + " + tolerance " + formatNumber(tol) : "") + ")";
    } else if (dim.comparison == "equal") {
        double diff = std::fabs(cv - pv);
        if (diff <= tol) return std::nullopt;
        d.gap = diff;
        d.beyondTolerance = diff - tol;
        what = withUnit(diff, u) + " apart on " + inSentence(labelOf(dim)) + " (must match" +
               (tol > 0 ? " within " + withUnit(tol, u) : "") + ")";
    } else {  // channel_at_least (the default)
        double limit = pv - tol;
        if (cv >= limit) return std::nullopt;
        d.gap = pv - cv;
        d.beyondTolerance = limit - cv;
        what = "channel is " + withUnit(d.gap, u) + " short on " + inSentence(labelOf(dim)) +
               " (needs at least " + withUnit(limit, u) +
               (tol > 0 ? ": " + withUnit(pv, u) + " − tolerance " + formatNumber(tol) : "") + ")";
    }
    double reference = std::max({std::fabs(pv), 1.0});
    d.relativeGap = std::min(1.0, d.beyondTolerance / reference);
    d.explanation = "Promise '" + labelOf(p) + "' (" + withUnit(pv, u) +
                    (pvSource.empty() ? "" : ", " + pvSource) + ") vs channel '" + labelOf(c) + "' (" +
                    withUnit(cv, u) + "): " + what;
    finishSeverity(d, static_cast<double>(dim.weight), "the promise's " + withUnit(reference, u));
    return d;
}

// [constraint facts] Issue 13.4: a channel's decision window (an affiliate cookie, a
// partner's registration window) must cover the sales cycle, which the document records on the
// pair (measured) or the segment (typical) even when the promise does not repeat it as a level.
struct FactNumber {
    double value = 0;
    std::string source;  // "the pair's sales cycle"
};
std::optional<FactNumber> salesCycleFact(const Document& doc, const Promise& p, const std::string& pairId) {
    if (const auto* pair = pairId.empty() ? nullptr : findById(doc.pairs, pairId);
        pair && pair->salesCycleDays > 0)
        return FactNumber{static_cast<double>(pair->salesCycleDays), "the pair's sales cycle"};
    if (const auto* s = findById(doc.segments, p.segmentId); s && s->salesCycleDays > 0)
        return FactNumber{static_cast<double>(s->salesCycleDays),
                          "the sales cycle of segment '" + labelOf(*s) + "'"};
    return std::nullopt;
}

// Compares one promise with one channel (within one pair, or none) on every dimension.
void compare(Context& ctx, const Promise& p, const Channel& c, const std::string& pairId) {
    Comparison cmp{p.id, c.id, pairId, {}};
    std::string where = "promise '" + labelOf(p) + "' × channel '" + labelOf(c) + "'" +
                        (pairId.empty() ? "" : " (pair " + pairId + ")");
    const auto record = [&](const Dimension& dim, std::optional<Detection> found) {
        if (!found) return;
        found->promiseId = p.id;
        found->channelId = c.id;
        found->pairId = pairId;
        found->dimensionId = dim.id;
        found->key = mismatchKey(p.id, c.id, pairId, dim.id);
        ctx.out.mismatches.push_back(std::move(*found));
    };
    for (const auto& dim : ctx.doc.dimensions) {
        auto pit = p.levels.find(dim.id);
        if (pit == p.levels.end() && dim.kind == "numeric" && channelHasValue(c, dim.id)) {
            // The promise does not state it: a channel constraint is still checked against the
            // fact it must satisfy, or listed as not checked — never silently skipped.
            const ChannelConstraint* constraint = constraintOn(c, dim.id);
            if (!constraint) continue;
            const auto fact =
                dim.id == kDecisionWindowDimension ? salesCycleFact(ctx.doc, p, pairId) : std::nullopt;
            if (!fact) {
                const auto* segment = findById(ctx.doc.segments, p.segmentId);
                ctx.out.notes.push_back(
                    where + ": not checked: " +
                    (dim.id == kDecisionWindowDimension
                         ? "no sales cycle recorded for " +
                               (pairId.empty() ? std::string() : "pair " + pairId + " or ") + "segment '" +
                               (segment ? labelOf(*segment) : p.segmentId) + "'"
                         : "the promise states no " + inSentence(labelOf(dim))) +
                    " to compare channel constraint '" + labelOf(*constraint) + "' (" +
                    withUnit(*constraint->value, dim.unit) + ") with");
                continue;
            }
            cmp.dimensionIds.push_back(dim.id);
            record(dim, compareNumeric(dim, p, c, fact->value, *constraint->value, fact->source));
            continue;
        }
        if (pit == p.levels.end() || !channelHasValue(c, dim.id)) continue;
        std::optional<Detection> found;
        if (dim.kind == "numeric") {
            auto cv = channelNumber(c, dim.id);
            if (!pit->second.number || !cv) {
                ctx.out.notes.push_back(where + ": skipped " + inSentence(labelOf(dim)) +
                                        " (a side has no number)");
                continue;
            }
            cmp.dimensionIds.push_back(dim.id);
            found = compareNumeric(dim, p, c, *pit->second.number, *cv);
        } else {
            auto pi = levelIndex(dim, pit->second.level);
            auto ci = levelIndex(dim, c.levels.at(dim.id).level);
            if (!pi || !ci) {
                ctx.out.notes.push_back(where + ": skipped " + inSentence(labelOf(dim)) +
                                        " (unknown level '" +
                                        (!pi ? pit->second.level : c.levels.at(dim.id).level) + "')");
                continue;
            }
            cmp.dimensionIds.push_back(dim.id);
            found = compareOrdered(dim, p, c, *pi, *ci);
        }
        record(dim, std::move(found));
    }
    if (cmp.dimensionIds.empty())
        ctx.out.notes.push_back(where + ": no dimension in common, nothing compared");
    ctx.out.comparisons.push_back(std::move(cmp));
}

// The promises a pair carries (see the header for the fallbacks).
std::vector<const Promise*> promisesOf(const Document& doc, const ProductChannelPair& pair) {
    std::vector<const Promise*> out;
    if (!pair.promiseIds.empty()) {
        for (const auto& id : pair.promiseIds)
            if (const auto* p = findById(doc.promises, id)) out.push_back(p);
        return out;
    }
    for (const auto& p : doc.promises)
        if (pair.segmentId.empty() || p.segmentId == pair.segmentId) out.push_back(&p);
    return out;
}

}  // namespace

std::string severityForScore(double score) {
    if (score >= 0.75) return "critical";
    if (score >= 0.5) return "high";
    if (score >= 0.25) return "medium";
    return "low";
}

std::string mismatchKey(const std::string& promiseId, const std::string& channelId, const std::string& pairId,
                        const std::string& dimensionId) {
    return promiseId + "|" + channelId + "|" + pairId + "|" + dimensionId;
}

DetectionResult detectMismatches(const Document& doc) {
    DetectionResult out;
    Context ctx{doc, out};
    std::set<std::string> pairedChannels;
    for (const auto& pair : doc.pairs) {
        const auto* channel = findById(doc.channels, pair.channelId);
        if (!channel) {
            out.notes.push_back("pair '" + labelOf(pair) + "': unknown channel '" + pair.channelId +
                                "', skipped");
            continue;
        }
        pairedChannels.insert(channel->id);
        auto promises = promisesOf(doc, pair);
        if (promises.empty())
            out.notes.push_back("pair '" + labelOf(pair) + "': no promise reaches customers through it");
        for (const auto* p : promises) compare(ctx, *p, *channel, pair.id);
    }
    for (const auto& channel : doc.channels) {
        if (pairedChannels.count(channel.id)) continue;
        for (const auto& p : doc.promises) compare(ctx, p, channel, "");
    }
    return out;
}

}  // namespace sc::engine
