// Shared helpers of the libFuzzer targets (tests/fuzz/README.md): the fixed documents a target
// works on, splitting one input into several documents, and the cheap invariants every target
// checks. A broken invariant calls fuzzFail, which aborts: libFuzzer then keeps the input as a
// crash, exactly as for a sanitizer report.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "model/document.h"

namespace sc::fuzz {

// Prints the message and aborts (the fuzzer records the input).
[[noreturn]] void fuzzFail(const std::string& message);

// The input as text (bytes unchanged).
std::string_view asText(const std::uint8_t* data, std::size_t size);

// Splits at NUL bytes into at most `maxParts` pieces (the last piece keeps any further NULs).
// A document never contains a NUL (it is refused), so NUL is a natural separator.
std::vector<std::string_view> splitAtNul(std::string_view text, std::size_t maxParts);

// A file of the repository ("assets/samples/x.scorecard.json"), loaded once (aborts if it does
// not load: the checkout is broken).
const Document& sampleDocument(const std::string& relativePath);

// The small fixture most targets work on (tests/data/validation/base.scorecard.json, 12 KB:
// partners, rules, deals): a large sample would make every run slow.
inline const char* kBaseDocument = "tests/data/validation/base.scorecard.json";

// The invariant of a loaded document: its canonical text loads again, to the same text.
// Returns that canonical text.
std::string checkRoundTrip(const Document& doc, const char* what);

}  // namespace sc::fuzz
