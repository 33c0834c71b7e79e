// Deterministic synthetic scorecards for benchmarks and tests (`scorecard generate`): maps,
// pairs, partners, rules of engagement and years of rows, with mismatches and partner
// violations planted at known places so tests can check the engine and the audits find them.
// Pure: the same preset and seed give the same Document (and the same saved bytes) natively
// and in WebAssembly.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "model/document.h"

namespace sc::generate {

struct Sizes {
    std::size_t segments = 0;
    std::size_t promises = 0;  // a multiple of channels: promise j is carried by channel j % channels
    std::size_t channels = 0;
    std::size_t pairs = 0;  // pair i: channel i % channels, promise i % promises
    std::size_t partners = 0;
    std::size_t skus = 0;
    std::size_t territories = 0;
    std::size_t periods = 0;  // months of KPI records, ending with kLastPeriod
    std::size_t deals = 0;
    std::size_t registrations = 0;
};

// The last month of generated data; the first is `periods - 1` months before it.
inline constexpr const char* kLastPeriod = "2026-10";

// "small" (a few of each, every audit exercised) or "enterprise" (50 segments, 200 promises,
// 40 channels, 400 pairs, 1,000 partners, 36 months, 1,000,000 deals, 200,000 registrations);
// nullopt for another name.
std::optional<Sizes> presetSizes(const std::string& preset);

// What was planted, by id, for the tests (and for anyone checking a benchmark's findings).
struct Planted {
    std::vector<std::string> mismatchedPromises;  // promises their channel contradicts
    std::vector<std::string> dealsOverBand;       // discount above the tier's maximum
    std::vector<std::string> dealsUnderFloor;     // quoted below the floor price
    std::vector<std::string> dealsUnapproved;     // above the approval level, not approved
    std::vector<std::string> conflictAccounts;    // registered by two partners
    std::vector<std::string> outsideTerritory;    // registration ids outside the partner's territory
    std::vector<std::string> lateReports;         // report submission ids submitted after due
    std::vector<std::string> missingReports;      // report submission ids never submitted
    std::vector<std::string> unansweredFeedback;  // feedback ids still "new"
    std::vector<std::string> misfitIncidents;     // incident ids whose response does not fit
    std::vector<std::string> outdatedCopy;        // copy sample ids citing an old material version
    std::vector<std::string> forbiddenCopy;       // copy sample ids with a forbidden phrase
};

struct Generated {
    Document document;
    Planted planted;
};

Generated generateDocument(const Sizes& sizes, std::uint64_t seed, const std::string& title);

// "Generated small scorecard (seed 1)": the title `scorecard generate` and the benchmarks give.
std::string presetTitle(const std::string& preset, std::uint64_t seed);

}  // namespace sc::generate
