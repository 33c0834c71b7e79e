// Inputs for the share link tests: deterministic random bytes, every byte value, the samples.
#pragma once

#include <cstdint>
#include <random>
#include <string>

#include "test_util.h"

namespace sc::test {

inline std::string randomBytes(std::size_t n, std::uint32_t seed) {
    std::mt19937 rng(seed);
    std::string out(n, '\0');
    for (auto& c : out) c = static_cast<char>(rng() & 0xFF);
    return out;
}

// Random text from a small alphabet: compressible, with matches of every length and distance.
inline std::string randomWords(std::size_t n, std::uint32_t seed) {
    std::mt19937 rng(seed);
    static const char* words[] = {
        "promise", "channel", "segment", " ", "\n", "\"id\": ", "demo",       "partner",
        "{",       "}",       "0",       "1", "2",  "sales",    "self-serve", "touchpoint"};
    std::string out;
    while (out.size() < n) out += words[rng() % 16];
    out.resize(n);
    return out;
}

inline std::string allByteValues(int repeats) {
    std::string out;
    for (int r = 0; r < repeats; ++r)
        for (int b = 0; b < 256; ++b) out += static_cast<char>(r % 2 ? 255 - b : b);
    return out;
}

inline std::string sampleText(const std::string& file) {
    return readText(sourcePath("assets/samples/" + file));
}

}  // namespace sc::test
