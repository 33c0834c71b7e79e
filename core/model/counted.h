// "1 conflict", "3 conflicts": a count with the word that goes with it, for messages.
#pragma once

#include <cstddef>
#include <string>

namespace sc {

inline std::string counted(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + " " + (n == 1 ? one : many);
}

}  // namespace sc
