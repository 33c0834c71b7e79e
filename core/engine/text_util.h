// Small text helpers the engine's explanations share, so every message names things the
// same way ("Promise 'Try it now'", "4.0%", "buying motion").
#pragma once

#include <cstdint>
#include <string>

#include "model/document.h"

namespace sc::engine {

// A basis-point rate as a percentage with one decimal: 400 -> "4.0%".
std::string formatBp(std::int64_t bp);

// A number without needless decimals: 30 -> "30", 2.5 -> "2.5".
std::string formatNumber(double value);

// A dimension's name as it reads inside a sentence: "Buying motion" -> "buying motion"
// (acronyms such as "SMB fit" are left alone).
std::string inSentence(const std::string& name);

// A number with exactly `decimals` digits after the point: (2.5, 2) -> "2.50".
std::string formatFixed(double value, int decimals);

// The label a person recognises: the entity's name, else its id.
template <class E>
std::string labelOf(const E& e) {
    return e.name.empty() ? e.id : e.name;
}

// Integer rate in basis points, 0 when the denominator is 0 (callers check that case first).
std::int64_t rateBp(std::int64_t part, std::int64_t whole);

}  // namespace sc::engine
