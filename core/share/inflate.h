// Raw DEFLATE decompression (RFC 1951): stored, fixed and dynamic Huffman blocks, so data made
// by any deflate implementation (ours, zlib, a browser's CompressionStream) reads back.
// Corrupt or truncated data is refused with where it went wrong, and the output never grows
// past `maxOutput` bytes: a deflate bomb is refused when it reaches the cap, not allocated.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sc::share {

struct InflateResult {
    bool ok = false;
    std::string data;        // the decompressed bytes (when ok)
    std::string error;       // what went wrong and at which byte of the input (when !ok)
    bool truncated = false;  // !ok because the input ended before the last block did
    bool tooLarge = false;   // !ok because the output would pass maxOutput
};

InflateResult inflateRaw(std::string_view compressed, std::size_t maxOutput);

}  // namespace sc::share
