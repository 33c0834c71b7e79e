// base64url without padding (see base64url.h).
#include "share/base64url.h"

#include <array>
#include <cstdint>

namespace sc::share {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// The 6-bit value of each character, -1 when it is not in the alphabet.
constexpr std::array<std::int8_t, 256> decodeTable() {
    std::array<std::int8_t, 256> table{};
    for (auto& v : table) v = -1;
    for (int i = 0; i < 64; ++i)
        table[static_cast<unsigned char>(kAlphabet[i])] = static_cast<std::int8_t>(i);
    return table;
}

// A character for a message: printable ASCII as it is, anything else as its code.
std::string shown(unsigned char c) {
    if (c >= 0x21 && c < 0x7F) return std::string("'") + static_cast<char>(c) + "'";
    static const char* hex = "0123456789ABCDEF";
    return std::string("byte 0x") + hex[c >> 4] + hex[c & 15];
}

}  // namespace

std::string base64UrlEncode(std::string_view bytes) {
    std::string out;
    out.reserve((bytes.size() + 2) / 3 * 4);
    std::size_t i = 0;
    const auto at = [&](std::size_t k) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(bytes[k]));
    };
    for (; i + 3 <= bytes.size(); i += 3) {
        const std::uint32_t v = at(i) << 16 | at(i + 1) << 8 | at(i + 2);
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
        out += kAlphabet[v & 63];
    }
    if (bytes.size() - i == 1) {
        const std::uint32_t v = at(i) << 16;
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
    } else if (bytes.size() - i == 2) {
        const std::uint32_t v = at(i) << 16 | at(i + 1) << 8;
        out += kAlphabet[v >> 18];
        out += kAlphabet[(v >> 12) & 63];
        out += kAlphabet[(v >> 6) & 63];
    }
    return out;
}

Base64Result base64UrlDecode(std::string_view text) {
    static constexpr auto table = decodeTable();
    Base64Result result;
    std::size_t end = text.size();
    for (int pad = 0; pad < 2 && end > 0 && text[end - 1] == '='; ++pad) --end;
    result.bytes.reserve(end / 4 * 3 + 3);
    std::uint32_t acc = 0;
    int bits = 0;
    for (std::size_t i = 0; i < end; ++i) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const int v = table[c];
        if (v < 0) {
            result.bytes.clear();
            result.badIndex = i;
            result.error =
                "invalid base64url character " + shown(c) + " at character " + std::to_string(i + 1);
            return result;
        }
        acc = (acc << 6) | static_cast<std::uint32_t>(v);
        bits += 6;
        if (bits >= 8) {
            bits -= 8;
            result.bytes.push_back(static_cast<char>((acc >> bits) & 0xFF));
        }
    }
    // 1 character left over carries only 6 bits: no whole byte, so characters are missing.
    if (end % 4 == 1) {
        result.bytes.clear();
        result.badIndex = end;
        result.error =
            "the base64url data is cut off (" + std::to_string(end) + " characters cannot be whole bytes)";
        return result;
    }
    result.ok = true;
    return result;
}

}  // namespace sc::share
