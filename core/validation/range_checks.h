// Small checks on numbers shared by ranges.cpp and table_rules.cpp: counts are not negative,
// shares in basis points lie in 0..10000 (0–100%). Messages name the owner and the value.
#pragma once

#include <cstdint>
#include <string>

#include "validation/rule_context.h"

namespace sc::rules {

// "12.5%" from 1250 bp.
std::string percentText(std::int64_t bp);

// Error when `value` < 0: counts, amounts and durations cannot be negative.
void nonNegative(FindingSink& sink, const std::string& pointer, const std::string& owner,
                 const std::string& what, std::int64_t value);

// Error when a share in basis points is outside 0..10000.
void shareBp(FindingSink& sink, const std::string& pointer, const std::string& owner, const std::string& what,
             std::int64_t bp);

}  // namespace sc::rules
