#include "engine/alignment_index.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <unordered_map>

#include "engine/detection.h"
#include "engine/mismatch_state.h"
#include "engine/priority.h"
#include "engine/text_util.h"

namespace sc::engine {

std::string alignmentIndexFormula() {
    return "index = 100 × Σc wc × (1 − sc) / Σc wc, where c is each promise × channel (× pair) comparison "
           "with a dimension compared, sc the severity of its open contradiction counted once (its worst "
           "open "
           "facet: 0.25 low / 0.5 medium / 0.75 high / 1 critical; 0 when aligned), wc the pair's leads "
           "(without leads or pair: the average leads of the pairs that have "
           "leads, or 1); "
           "open = open or fixing";
}

AlignmentIndex computeAlignmentIndex(const Document& doc) {
    AlignmentIndex idx;
    idx.formula = alignmentIndexFormula();
    DetectionResult det = detectMismatches(doc);
    // A comparison that cannot be sized (no pair, or a pair without leads) weighs as an average
    // sized pair: neither drowned by the big pairs nor louder than them.
    double sizedLeads = 0, sizedPairs = 0;
    for (const auto& p : doc.pairs)
        if (p.leads > 0) {
            sizedLeads += static_cast<double>(p.leads);
            ++sizedPairs;
        }
    const double unsizedWeight = sizedPairs > 0 ? sizedLeads / sizedPairs : 1.0;
    // The active mismatches of each promise × channel × pair, in document order (so penalties
    // add up in the same order as a scan would): one lookup per comparison instead of a scan
    // of every mismatch, which made a 1000-comparison document quadratic.
    std::unordered_map<std::string, std::vector<std::size_t>> activeByComparison;
    const auto comparisonKey = [](const std::string& promise, const std::string& channel,
                                  const std::string& pair) {
        // length-prefixed, so no two different triples of ids share a key
        return std::to_string(promise.size()) + ':' + promise + std::to_string(channel.size()) + ':' +
               channel + pair;
    };
    for (std::size_t i = 0; i < doc.mismatches.size(); ++i) {
        const Mismatch& m = doc.mismatches[i];
        if (isActiveStatus(m.status))
            activeByComparison[comparisonKey(m.promiseId, m.channelId, m.pairId)].push_back(i);
    }
    static const std::vector<std::size_t> none;
    double num = 0, den = 0;
    std::set<std::size_t> counted;
    for (const auto& c : det.comparisons) {
        if (c.dimensionIds.empty()) continue;
        double penalty = 0;
        const auto found = activeByComparison.find(comparisonKey(c.promiseId, c.channelId, c.pairId));
        for (std::size_t i : found == activeByComparison.end() ? none : found->second) {
            const Mismatch& m = doc.mismatches[i];
            bool inDims = std::find(c.dimensionIds.begin(), c.dimensionIds.end(), m.dimensionId) !=
                          c.dimensionIds.end();
            if (m.origin == "detected" && !inDims) continue;
            penalty = std::max(penalty, severityWeight(m.severity));  // one contradiction, worst facet
            counted.insert(i);
        }
        double w = unsizedWeight;
        if (const auto* pair = findById(doc.pairs, c.pairId); pair && pair->leads > 0)
            w = static_cast<double>(pair->leads);
        if (penalty > 0) ++idx.contradictionsCounted;
        double a = std::max(0.0, 1.0 - penalty);
        num += w * a;
        den += w;
        ++idx.comparisons;
        idx.dimensionsCompared += static_cast<int>(c.dimensionIds.size());
    }
    idx.openMismatchesCounted = static_cast<int>(counted.size());
    for (std::size_t i = 0; i < doc.mismatches.size(); ++i)
        if (isActiveStatus(doc.mismatches[i].status) && !counted.count(i))
            idx.notes.push_back("mismatch '" + labelOf(doc.mismatches[i]) +
                                "' is outside every comparison and does not count in the index");
    if (den <= 0) {
        idx.computation = "nothing compared: no promise and channel share a dimension";
        return idx;
    }
    idx.hasValue = true;
    idx.value = std::round(1000.0 * num / den) / 10.0;
    idx.computation = "100 × " + formatNumber(std::round(num * 100) / 100) + " / " + formatNumber(den) +
                      " = " + formatNumber(idx.value) + " (" + std::to_string(idx.comparisons) +
                      " comparisons, " + std::to_string(idx.dimensionsCompared) + " dimensions, " +
                      std::to_string(idx.contradictionsCounted) + " open contradiction" +
                      (idx.contradictionsCounted == 1 ? "" : "s") + " from " +
                      std::to_string(idx.openMismatchesCounted) + " open mismatches)";
    return idx;
}

AlignmentIndex computeAlignmentIndexAt(const Document& doc, const std::string& today) {
    Document scored = withMismatchStates(doc, today);
    AlignmentIndex idx = computeAlignmentIndex(scored);
    int verifying = 0;
    for (auto& m : scored.mismatches)
        if (m.status == "verifying") {
            m.status = "fixing";  // as if the fix had not been made
            ++verifying;
        }
    if (verifying == 0 || !idx.hasValue) return idx;
    const AlignmentIndex unfixed = computeAlignmentIndex(scored);
    idx.verifyingMismatches = verifying;
    idx.pointsAwaitingVerification = std::round(10.0 * (idx.value - unfixed.value)) / 10.0;
    idx.verificationShare = "index " + formatNumber(idx.value) + ", of which " +
                            formatNumber(idx.pointsAwaitingVerification) + " points await verification (" +
                            std::to_string(verifying) + " fixed mismatch" + (verifying == 1 ? "" : "es") +
                            " not yet verified over two sales cycles)";
    return idx;
}

}  // namespace sc::engine
