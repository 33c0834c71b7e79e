// A block of memory held back while a command runs and given up at the first failed allocation,
// so the program can still unwind and print "out of memory" instead of aborting.
#pragma once

#include <cstddef>
#include <new>

namespace sc::cli {

// While it lives, the first allocation that fails frees the reserve and throws std::bad_alloc.
// Why: unwinding frees a JSON tree, and nlohmann's destructor allocates a stack to free a large
// list without recursion; with no memory left that throws inside a destructor and aborts
// (SIGABRT, exit 134). The reserve is allocated but never written, so it costs address space,
// not resident memory.
class MemoryReserve {
  public:
    explicit MemoryReserve(std::size_t bytes);
    ~MemoryReserve();
    MemoryReserve(const MemoryReserve&) = delete;
    MemoryReserve& operator=(const MemoryReserve&) = delete;

  private:
    std::new_handler m_previous = nullptr;
};

}  // namespace sc::cli
