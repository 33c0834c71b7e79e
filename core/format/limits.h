// Hard limits on what a scorecard file may hold, checked before the expensive work so a hostile
// file is refused with a message instead of exhausting memory or time. docs/FORMAT.md ("Limits")
// lists each one with its message; a real scorecard stays far below all of them.
#pragma once

#include <cstddef>

namespace sc {

// Largest file the app opens (shell/index.html asks the wasm for it) and the CLI's default
// (`--max-size` raises it there).
inline constexpr std::size_t kMaxFileBytes = std::size_t{64} << 20;  // 64 MiB

// Deepest nesting accepted; deeper input is refused before parsing (no recursion blow-up).
inline constexpr int kMaxNestingDepth = 128;

// Keys in one object. Objects are kept in file order (nlohmann::ordered_map), where inserting a
// key looks through the keys before it, so this also caps that cost per object. A real object
// has a few dozen keys (known fields, one per dimension in a level map, a newer version's keys).
inline constexpr std::size_t kMaxKeysPerObject = 1000;

// Columns of one row table besides its own (at most 16): a newer version's or an import's.
inline constexpr std::size_t kMaxColumnsPerTable = 1000;

// Objects and lists together: at most this many plus one per kMinBytesPerContainer bytes of the
// file. Each one costs ~80 bytes in memory however small it is written, so `[[],[],...]` (one per
// 3 bytes) would take ~30x the file. The smallest real entity or row, `{"id":"a"}` or
// `["d1","p1"]`, is 10 bytes, and real files average well over 50.
inline constexpr std::size_t kMinBytesPerContainer = 8;
inline constexpr std::size_t kContainerAllowance = 4096;

}  // namespace sc
