// The tables of RFC 1951 section 3.2.5 that the compressor and the inflater share: the base
// value and extra bits of each length code (257..285) and distance code (0..29).
#pragma once

#include <cstdint>

namespace sc::share {

inline constexpr int kLengthCodes = 29;
inline constexpr int kDistanceCodes = 30;
inline constexpr int kMinMatch = 3;
inline constexpr int kMaxMatch = 258;
inline constexpr int kWindowSize = 32768;
inline constexpr int kMaxCodeBits = 15;       // longest literal/length or distance code
inline constexpr int kMaxCodeLengthBits = 7;  // longest code of the code-length alphabet

inline constexpr std::uint16_t kLengthBase[kLengthCodes] = {3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                                            15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                                            67, 83, 99, 115, 131, 163, 195, 227, 258};
inline constexpr std::uint8_t kLengthExtra[kLengthCodes] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                                            2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
inline constexpr std::uint16_t kDistanceBase[kDistanceCodes] = {
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
inline constexpr std::uint8_t kDistanceExtra[kDistanceCodes] = {
    0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

// The order in which a dynamic block lists the code lengths of the code-length alphabet.
inline constexpr std::uint8_t kCodeLengthOrder[19] = {16, 17, 18, 0, 8,  7, 9,  6, 10, 5,
                                                      11, 4,  12, 3, 13, 2, 14, 1, 15};

// The fixed Huffman code of BTYPE 01: the code length of literal/length symbol `s`.
constexpr int fixedLiteralLength(int s) { return s < 144 ? 8 : s < 256 ? 9 : s < 280 ? 7 : 8; }
inline constexpr int kFixedDistanceLength = 5;

}  // namespace sc::share
