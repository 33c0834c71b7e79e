// The overall alignment index, 0–100, shown with its formula (PRODUCT.md §4 "with its formula
// shown"). Each promise × channel (× pair) comparison scores 1 minus the severity of its open
// contradiction; comparisons are weighted by the leads of their pair, so a misaligned pair that
// carries most of the business pulls the index down most. Issue 13.6: the open mismatches of one
// comparison are the facets of ONE contradiction ("Try it now" vs a sales team that insists on a
// demo: buying motion, access, setup effort, service level), counted once with the worst
// facet's severity — four facets do not weigh four times.
//
//   index = 100 × Σ_c w_c × (1 − s_c) / Σ_c w_c
//   c = comparison with d_c ≥ 1 dimensions compared; s_c = the worst open facet's severity,
//   0.25/0.5/0.75/1 for low/medium/high/critical (0 when c has no open mismatch);
//   w_c = leads of c's pair; without a pair or leads, the average
//   leads of the pairs that have leads (1 when none has);
//   open = status "open" or "fixing" (dismissed, accepted trade-offs, fixed, verified excluded).
#pragma once

#include <string>
#include <vector>

#include "model/document.h"

namespace sc::engine {

struct AlignmentIndex {
    bool hasValue = false;    // false when nothing could be compared
    double value = 0;         // 0..100, one decimal
    std::string formula;      // the general formula, in words and symbols
    std::string computation;  // this document's numbers: "100 × 812.5 / 1000 = 81.3"
    int comparisons = 0;      // comparisons with at least one dimension compared
    int dimensionsCompared = 0;
    int openMismatchesCounted = 0;   // facets
    int contradictionsCounted = 0;   // comparisons with an open facet: each counted once
    std::vector<std::string> notes;  // e.g. manual mismatches outside any comparison
    // Fixed mismatches still in their two-sales-cycle verification (mismatch_state.h) do not
    // count as open, but the index says how much of it rests on them: the points it would lose
    // if they were still open ("index 100, of which 18 points await verification").
    int verifyingMismatches = 0;
    double pointsAwaitingVerification = 0;
    std::string verificationShare;  // that sentence; empty when nothing is verifying
};

// The formula text shown next to every index.
std::string alignmentIndexFormula();

// Computes the index from detection's comparisons and the document's mismatch statuses.
// Call it on a recomputed document (buildScoreReport does).
AlignmentIndex computeAlignmentIndex(const Document& doc);

// The index over the mismatches' states at `today` (mismatch_state.h: a fix with open
// touchpoints counts as open, a regressed verification reopens), with the share that rests
// on fixes still verifying. buildScoreReport uses this one.
AlignmentIndex computeAlignmentIndexAt(const Document& doc, const std::string& today);

}  // namespace sc::engine
