// Integer arithmetic that saturates instead of overflowing. A user's file may hold any int64
// (a pasted 19-digit count, INT64_MIN as a rate); validation reports such values, but the
// engine still scores the file, and signed overflow would be undefined behaviour (the sanitizer
// run of the hostile-values tests found it). Saturated sums keep the report finite and ordered.
#pragma once

#include <cstdint>
#include <limits>

namespace sc {

// 128-bit integers: a GCC/Clang extension (also in wasm32); __extension__ keeps -Wpedantic quiet.
__extension__ typedef __int128 Int128;

inline std::int64_t satAdd(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (!__builtin_add_overflow(a, b, &r)) return r;
    return b > 0 ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
}

inline std::int64_t satSub(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (!__builtin_sub_overflow(a, b, &r)) return r;
    return b < 0 ? std::numeric_limits<std::int64_t>::max() : std::numeric_limits<std::int64_t>::min();
}

inline std::int64_t satMul(std::int64_t a, std::int64_t b) {
    std::int64_t r;
    if (!__builtin_mul_overflow(a, b, &r)) return r;
    return (a < 0) != (b < 0) ? std::numeric_limits<std::int64_t>::min()
                              : std::numeric_limits<std::int64_t>::max();
}

// a * b / c (truncated toward zero, as plain integer division) computed in 128 bits and clamped
// to int64; c must not be 0.
inline std::int64_t mulDivSat(std::int64_t a, std::int64_t b, std::int64_t c) {
    const Int128 r = static_cast<Int128>(a) * b / c;
    if (r > std::numeric_limits<std::int64_t>::max()) return std::numeric_limits<std::int64_t>::max();
    if (r < std::numeric_limits<std::int64_t>::min()) return std::numeric_limits<std::int64_t>::min();
    return static_cast<std::int64_t>(r);
}

}  // namespace sc
