// Test-only: makes the wasm die the two ways a real failure does, so the browser tests can check
// the page's abort screen (shell/index.html, last script block): kind 0 aborts (what running out
// of memory or a failed assertion ends in: Module.onAbort), any other kind traps (a WebAssembly
// RuntimeError, as an out-of-bounds access would). Exported as _sc_test_abort; nothing in the
// app calls it.
#include <cstdlib>

extern "C" __attribute__((used)) void sc_test_abort(int kind) {
    if (kind == 0) std::abort();
    __builtin_trap();
}
