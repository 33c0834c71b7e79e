// The generator's parts (generate_*.cpp) and the small helpers they share. Internal to
// core/generate.
#pragma once

#include <string>

#include "generate/generate.h"
#include "generate/rng.h"

namespace sc::generate {

// "<prefix><n>" with n zero-padded to `width` digits: ids sort in generation order.
inline std::string numberedId(const char* prefix, std::size_t n, std::size_t width = 4) {
    std::string digits = std::to_string(n);
    if (digits.size() < width) digits.insert(0, width - digits.size(), '0');
    return prefix + digits;
}

// Month k (0-based) of the generated range ending with kLastPeriod, as "YYYY-MM".
std::string periodAt(const Sizes& sizes, std::size_t k);
// "YYYY-MM-DD" of `day` (1..28) in `period`.
std::string dayIn(const std::string& period, std::int64_t day);
// The month after `period`.
std::string nextPeriod(const std::string& period);

void addMaps(Document& doc, const Sizes& sizes, Rng& rng, Planted& planted);       // generate_maps.cpp
void addPartners(Document& doc, const Sizes& sizes, Rng& rng, Planted& planted);   // generate_partners.cpp
void addProgramme(Document& doc, const Sizes& sizes, Rng& rng, Planted& planted);  // generate_programme.cpp
void addDeals(Document& doc, const Sizes& sizes, Rng& rng, Planted& planted);      // generate_deals.cpp
void addRowTables(Document& doc, const Sizes& sizes, Rng& rng, Planted& planted);  // generate_rows.cpp

}  // namespace sc::generate
