// A small raw DEFLATE compressor (RFC 1951, no zlib or gzip wrapper) for share links: LZ77 over
// a 32 KB window with hash chains and one step of lazy matching, then per block whichever of
// stored, fixed Huffman or dynamic Huffman is smallest. The output is standard: zlib's
// inflateRaw and browsers' DecompressionStream('deflate-raw') read it (tests/core/share_*).
// Our own because the core has no zlib (the wasm build has none) and the format is small.
#pragma once

#include <string>
#include <string_view>

namespace sc::share {

std::string deflateRaw(std::string_view data);

}  // namespace sc::share
