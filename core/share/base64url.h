// base64url (RFC 4648 section 5: '-' and '_' instead of '+' and '/'), written without '='
// padding so it can stand in a URL fragment as it is.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace sc::share {

std::string base64UrlEncode(std::string_view bytes);

struct Base64Result {
    bool ok = false;
    std::string bytes;
    std::string error;         // "invalid base64url character '!' at character 17" (when !ok)
    std::size_t badIndex = 0;  // 0-based index into the input of the bad character
};

// Accepts the alphabet above, optionally with up to two '=' of padding at the end.
Base64Result base64UrlDecode(std::string_view text);

}  // namespace sc::share
