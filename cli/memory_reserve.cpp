#include "memory_reserve.h"

namespace sc::cli {
namespace {

char* g_reserve = nullptr;

void releaseReserveAndFail() {
    if (g_reserve) {
        delete[] g_reserve;
        g_reserve = nullptr;
    }
    throw std::bad_alloc();  // the allocation still fails: the reserve is for the unwinding
}

}  // namespace

MemoryReserve::MemoryReserve(std::size_t bytes) {
    // Under a tight memory limit take what there is: a smaller reserve still helps.
    for (; bytes >= (std::size_t{1} << 20) && !g_reserve; bytes /= 2)
        g_reserve = new (std::nothrow) char[bytes];
    m_previous = std::set_new_handler(releaseReserveAndFail);
}

MemoryReserve::~MemoryReserve() {
    std::set_new_handler(m_previous);
    delete[] g_reserve;
    g_reserve = nullptr;
}

}  // namespace sc::cli
