#include "partners/copy_encoding.h"

#include "model/utf8.h"

namespace sc::partners {

namespace {

std::string hexByte(unsigned char b) {
    const char* digits = "0123456789ABCDEF";
    return std::string("0x") + digits[b >> 4] + digits[b & 0xF];
}

bool startsWith(const std::string& s, const char* prefix, std::size_t length) {
    return s.size() >= length && s.compare(0, length, prefix, length) == 0;
}

// UTF-16 without a byte order mark: plain text in it has a NUL byte beside nearly every Latin
// letter, digit or space, which UTF-8 text never has. A few NULs (an evasion inside a word:
// "Guaran\0teed") are not UTF-16, they are audited; a third of the byte pairs or more is.
std::optional<std::string> unmarkedUtf16(const std::string& bytes) {
    std::size_t evenNul = 0, oddNul = 0;
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2) {
        evenNul += bytes[i] == '\0';
        oddNul += bytes[i + 1] == '\0';
    }
    const std::size_t pairs = bytes.size() / 2, nul = evenNul > oddNul ? evenNul : oddNul;
    if (nul < 2 || nul * 3 < pairs) return std::nullopt;
    return oddNul >= evenNul ? "UTF-16LE" : "UTF-16BE";
}

DecodedCopy refused(const std::string& error) {
    DecodedCopy out;
    out.error = error;
    return out;
}

// utf8Problem for the bytes from `start` on (after a byte order mark): the offset is the
// file's, line and column are the text's.
std::optional<std::string> utf8ProblemFrom(const std::string& bytes, std::size_t start) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = start; i < bytes.size();) {
        std::uint32_t cp = 0;
        const std::size_t length = decodeUtf8(bytes, i, cp);
        if (length == 0)
            return "byte " + hexByte(static_cast<unsigned char>(bytes[i])) + " at byte offset " +
                   std::to_string(i) + " (line " + std::to_string(line) + ", column " +
                   std::to_string(column) + ") is not UTF-8; save the copy as UTF-8 text";
        if (cp == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
        i += length;
    }
    return std::nullopt;
}

DecodedCopy decodeUtf16(const std::string& bytes, bool littleEndian) {
    const std::string name = littleEndian ? "UTF-16LE" : "UTF-16BE";
    if (bytes.size() % 2 != 0)
        return refused("the copy is " + name + " text with an odd number of bytes (" +
                       std::to_string(bytes.size()) + "): it is cut short; save it again as UTF-8 text");
    DecodedCopy out;
    out.encoding = name;
    const auto unitAt = [&](std::size_t i) {
        const auto a = static_cast<unsigned char>(bytes[i]), b = static_cast<unsigned char>(bytes[i + 1]);
        return littleEndian ? static_cast<std::uint32_t>(a | (b << 8))
                            : static_cast<std::uint32_t>((a << 8) | b);
    };
    for (std::size_t i = 2; i < bytes.size(); i += 2) {  // after the byte order mark
        std::uint32_t cp = unitAt(i);
        if (cp >= 0xD800 && cp <= 0xDFFF) {
            const std::uint32_t low = i + 3 < bytes.size() ? unitAt(i + 2) : 0;
            if (cp > 0xDBFF || low < 0xDC00 || low > 0xDFFF)
                return refused("the copy is " + name + " text with an unpaired surrogate " +
                               hexByte(cp >> 8) + hexByte(cp & 0xFF).substr(2) + " at byte offset " +
                               std::to_string(i) + "; save it again as UTF-8 text");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 2;
        }
        appendUtf8(out.text, cp);
    }
    return out;
}

}  // namespace

std::size_t decodeUtf8(const std::string& s, std::size_t i, std::uint32_t& cp) {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b0 = byte(i);
    if (b0 < 0x80) {
        cp = b0;
        return 1;
    }
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        length = 2;
        cp = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        length = 3;
        cp = b0 & 0x0F;
        if (b0 == 0xE0) low = 0xA0;
        if (b0 == 0xED) high = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        length = 4;
        cp = b0 & 0x07;
        if (b0 == 0xF0) low = 0x90;
        if (b0 == 0xF4) high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > s.size()) return 0;
    for (std::size_t k = 1; k < length; ++k) {
        const unsigned char b = byte(i + k);
        if (b < (k == 1 ? low : 0x80) || b > (k == 1 ? high : 0xBF)) return 0;
        cp = (cp << 6) | (b & 0x3F);
    }
    return length;
}

std::optional<std::string> utf8Problem(const std::string& text) { return utf8ProblemFrom(text, 0); }

DecodedCopy decodeCopyBytes(const std::string& bytes) {
    // UTF-32's byte order marks first: FF FE 00 00 also starts like UTF-16LE's.
    if (startsWith(bytes, "\xFF\xFE\x00\x00", 4) || startsWith(bytes, "\x00\x00\xFE\xFF", 4))
        return refused(
            "the copy is UTF-32 text (it starts with a UTF-32 byte order mark); save it as UTF-8 text");
    if (startsWith(bytes, "\xFF\xFE", 2)) return decodeUtf16(bytes, true);
    if (startsWith(bytes, "\xFE\xFF", 2)) return decodeUtf16(bytes, false);
    if (const auto utf16 = unmarkedUtf16(bytes))
        return refused("the copy looks like " + *utf16 +
                       " text without a byte order mark (NUL bytes at every other position); save it as "
                       "UTF-8 text");
    const std::size_t bom = startsWith(bytes, "\xEF\xBB\xBF", 3) ? 3 : 0;
    if (const auto problem = utf8ProblemFrom(bytes, bom)) return refused(*problem);
    DecodedCopy out;
    out.encoding = "UTF-8";
    out.text = bytes.substr(bom);
    return out;
}

}  // namespace sc::partners
