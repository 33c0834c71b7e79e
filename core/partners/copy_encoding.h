// Which bytes the message consistency audit accepts as copy. Copy is hostile input (issue 12
// defect 9: UTF-16 and broken UTF-8 used to score 100 %), so the audit reads UTF-8 only and a
// copy file is decoded or refused here, with a message a person can act on, before it is
// audited: never scored as something it is not.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace sc::partners {

// Length of the well-formed UTF-8 sequence at `i` (1..4) with its code point in `cp`, or 0 when
// the bytes there are not one (stray continuation byte, overlong form, surrogate, truncated).
std::size_t decodeUtf8(const std::string& s, std::size_t i, std::uint32_t& cp);

// Why `text` is not UTF-8 — "byte 0xFF at byte offset 11 (line 2, column 5) is not UTF-8; save
// the copy as UTF-8 text" for its first ill-formed byte — or nullopt when it is.
std::optional<std::string> utf8Problem(const std::string& text);

// A copy file's bytes as the audit reads them.
struct DecodedCopy {
    std::string text;      // UTF-8, without a byte order mark
    std::string encoding;  // what the bytes were: "UTF-8" | "UTF-16LE" | "UTF-16BE"
    std::string error;     // why the bytes were refused (then `text` is empty); "" when read
};

// UTF-8 (a byte order mark is dropped) is taken as it is; UTF-16LE/BE with a byte order mark is
// decoded to UTF-8. Refused: UTF-16 without a byte order mark (recognised by its NUL bytes at
// every other position), UTF-32, a UTF-16 text with an odd length or an unpaired surrogate,
// and bytes that are not UTF-8. Offsets the audit reports are then bytes of `text`.
DecodedCopy decodeCopyBytes(const std::string& bytes);

}  // namespace sc::partners
