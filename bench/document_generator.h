// Documents of realistic shape and any size, for the benchmarks: the partner-programme sample
// with its row tables grown to N rows, or its maps grown to P promises × C channels. Rows and
// levels are varied by a seeded generator, so the same seed gives the same document (and the
// same file bytes) on every machine, and every generated value is valid: a grown document
// has exactly the findings its template has.
#pragma once

#include <cstddef>
#include <cstdint>

#include "model/document.h"

namespace sc::bench {

// Rows per table. A table whose count is 0 keeps the template's rows unchanged.
struct TableSizes {
    std::size_t deals = 0;
    std::size_t dealRegistrations = 0;
    std::size_t reportSubmissions = 0;
    std::size_t kpiRecords = 0;
    std::size_t pulseAnswers = 0;
};

// The template with its tables grown (or shrunk) to `sizes`. Each row starts as a copy of a
// template row (cycling through them) and gets a unique id and varied values.
Document withTables(const Document& templ, const TableSizes& sizes, std::uint64_t seed);

// The template with `promises` promises and `channels` channels. The template's own promises
// and channels come first (so its pairs and mismatches still resolve); the added ones are
// described on the same dimensions with seeded levels and belong to no pair, so detection
// compares each added channel with every promise.
Document withMaps(const Document& templ, std::size_t promises, std::size_t channels, std::uint64_t seed);

// Rows in all row tables of a document (what the benchmarks count as items).
std::size_t tableRows(const Document& doc);

}  // namespace sc::bench
