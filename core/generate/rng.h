// The generator's random numbers: splitmix64 and integer arithmetic only, so one seed gives the
// same values (and the same file bytes) with every standard library and in the WebAssembly
// build — <random>'s distributions are not specified exactly enough for that. Draw each value
// in a statement of its own: the order in which a call's arguments (or the operands of +) are
// evaluated is unspecified, and g++ and clang (the wasm build) differ.
#pragma once

#include <cstdint>
#include <vector>

namespace sc::generate {

class Rng {
  public:
    explicit Rng(std::uint64_t seed) : m_state(seed) {}

    std::uint64_t next() {
        std::uint64_t z = (m_state += 0x9e3779b97f4a7c15ULL);
        z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
        z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
        return z ^ (z >> 31);
    }

    // Inclusive; the modulo bias (< 2^-40 for these ranges) does not matter for test data.
    std::int64_t between(std::int64_t lo, std::int64_t hi) {
        return lo + static_cast<std::int64_t>(next() % static_cast<std::uint64_t>(hi - lo + 1));
    }

    std::size_t index(std::size_t size) { return static_cast<std::size_t>(next() % size); }

    template <class T>
    const T& pick(const std::vector<T>& items) {
        return items[index(items.size())];
    }

  private:
    std::uint64_t m_state;
};

}  // namespace sc::generate
