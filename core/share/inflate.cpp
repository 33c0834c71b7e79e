// Raw DEFLATE decompression (see inflate.h), after the structure of zlib's "puff" reference
// decoder: canonical Huffman codes decoded a bit at a time from per-length counts. Every
// refusal names the byte of the compressed data where it was found.
#include "share/inflate.h"

#include <array>
#include <cstdint>
#include <vector>

#include "share/deflate_tables.h"

namespace sc::share {
namespace {

// Thrown inside this file only; inflateRaw turns it into a result.
struct Refusal {
    std::string message;
    bool truncated = false;
    bool tooLarge = false;
};

struct Huffman {
    std::array<std::uint16_t, kMaxCodeBits + 1> count{};  // codes of each length
    std::vector<std::uint16_t> symbol;                    // symbols ordered by code
};

// Builds the decoding tables for `lengths`. Returns 0 for a complete code, > 0 for an
// incomplete one (codes left unused), < 0 for an over-subscribed one (not a prefix code).
int buildHuffman(Huffman& h, const std::uint8_t* lengths, int n) {
    h.count.fill(0);
    for (int s = 0; s < n; ++s) ++h.count[lengths[s]];
    if (h.count[0] == n) {
        h.symbol.clear();
        return 0;  // no codes: complete, though decoding any symbol then fails
    }
    int left = 1;
    for (int len = 1; len <= kMaxCodeBits; ++len) {
        left <<= 1;
        left -= h.count[len];
        if (left < 0) return left;
    }
    std::array<std::uint16_t, kMaxCodeBits + 1> offset{};
    for (int len = 1; len < kMaxCodeBits; ++len) offset[len + 1] = offset[len] + h.count[len];
    h.symbol.assign(static_cast<std::size_t>(n), 0);
    for (int s = 0; s < n; ++s)
        if (lengths[s] != 0) h.symbol[offset[lengths[s]]++] = static_cast<std::uint16_t>(s);
    return left;
}

class Inflater {
  public:
    Inflater(std::string_view in, std::size_t maxOutput) : m_in(in), m_max(maxOutput) {}

    std::string run() {
        bool last = false;
        while (!last) {
            last = bits(1) == 1;
            switch (bits(2)) {
                case 0:
                    stored();
                    break;
                case 1:
                    fixed();
                    break;
                case 2:
                    dynamic();
                    break;
                default:
                    corrupt("invalid block type 3");
            }
        }
        // Bits after the final block only pad its last byte; whole bytes after it are not ours.
        if (m_pos < m_in.size()) {
            m_bitCount = 0;  // name the first byte after the end, not the end's last byte
            corrupt("unexpected data after the end of the compressed document");
        }
        return std::move(m_out);
    }

  private:
    [[noreturn]] void corrupt(const std::string& why) const {
        throw Refusal{"corrupt compressed data at byte " + std::to_string(byteIndex()) + ": " + why};
    }
    [[noreturn]] void truncated() const {
        throw Refusal{"the compressed data ends after " + std::to_string(m_in.size()) +
                          " bytes, before the end of the document",
                      true};
    }
    // The byte of the input holding the next unread bit (1-based for messages).
    std::size_t byteIndex() const {
        return m_pos - static_cast<std::size_t>(m_bitCount / 8) + (m_bitCount % 8 ? 0 : 1);
    }

    std::uint32_t bits(int need) {
        while (m_bitCount < need) {
            if (m_pos >= m_in.size()) truncated();
            m_bitBuffer |= static_cast<std::uint32_t>(static_cast<unsigned char>(m_in[m_pos++]))
                           << m_bitCount;
            m_bitCount += 8;
        }
        const std::uint32_t value = m_bitBuffer & ((std::uint32_t{1} << need) - 1);
        m_bitBuffer >>= need;
        m_bitCount -= need;
        return value;
    }

    void room(std::size_t more) const {
        if (more > m_max - m_out.size())
            throw Refusal{"the data is larger than the limit of " + std::to_string(m_max) + " bytes", false,
                          true};
    }

    void stored() {
        m_bitBuffer = 0;  // the rest of the current byte is padding
        m_bitCount = 0;
        if (m_in.size() - m_pos < 4) truncated();
        const auto byte = [&](std::size_t i) {
            return static_cast<unsigned>(static_cast<unsigned char>(m_in[i]));
        };
        const unsigned len = byte(m_pos) | byte(m_pos + 1) << 8;
        const unsigned nlen = byte(m_pos + 2) | byte(m_pos + 3) << 8;
        if (len != (~nlen & 0xFFFFu)) corrupt("a stored block's length does not match its check value");
        m_pos += 4;
        if (m_in.size() - m_pos < len) truncated();
        room(len);
        m_out.append(m_in.data() + m_pos, len);
        m_pos += len;
    }

    int decode(const Huffman& h) {
        int code = 0, first = 0, index = 0;
        for (int len = 1; len <= kMaxCodeBits; ++len) {
            code |= static_cast<int>(bits(1));
            const int count = h.count[len];
            if (code - count < first) return h.symbol[static_cast<std::size_t>(index + (code - first))];
            index += count;
            first += count;
            first <<= 1;
            code <<= 1;
        }
        corrupt("a code that is not in the block's Huffman table");
    }

    void codes(const Huffman& lit, const Huffman& dist) {
        for (;;) {
            const int symbol = decode(lit);
            if (symbol < 256) {
                room(1);
                m_out.push_back(static_cast<char>(symbol));
                continue;
            }
            if (symbol == 256) return;
            const int lc = symbol - 257;
            if (lc >= kLengthCodes) corrupt("invalid length code " + std::to_string(symbol));
            const std::size_t length = kLengthBase[lc] + bits(kLengthExtra[lc]);
            const int dc = decode(dist);
            if (dc >= kDistanceCodes) corrupt("invalid distance code " + std::to_string(dc));
            const std::size_t distance = kDistanceBase[dc] + bits(kDistanceExtra[dc]);
            if (distance > m_out.size()) corrupt("a back-reference before the start of the document");
            room(length);
            // Byte by byte: a copy may overlap what it writes (distance < length).
            const std::size_t from = m_out.size() - distance;
            for (std::size_t i = 0; i < length; ++i) m_out.push_back(m_out[from + i]);
        }
    }

    void fixed() {
        static const auto tables = [] {
            std::array<std::uint8_t, 288> lit{};
            for (int s = 0; s < 288; ++s) lit[s] = static_cast<std::uint8_t>(fixedLiteralLength(s));
            std::array<std::uint8_t, 30> dist{};
            dist.fill(kFixedDistanceLength);
            std::pair<Huffman, Huffman> t;
            buildHuffman(t.first, lit.data(), 288);
            buildHuffman(t.second, dist.data(), 30);
            return t;
        }();
        codes(tables.first, tables.second);
    }

    void dynamic() {
        const int nlen = static_cast<int>(bits(5)) + 257;
        const int ndist = static_cast<int>(bits(5)) + 1;
        const int ncode = static_cast<int>(bits(4)) + 4;
        if (nlen > 286 || ndist > 30) corrupt("too many literal/length or distance codes");
        std::array<std::uint8_t, 320> lengths{};
        for (int i = 0; i < ncode; ++i) lengths[kCodeLengthOrder[i]] = static_cast<std::uint8_t>(bits(3));
        Huffman lencode, distcode;
        if (buildHuffman(lencode, lengths.data(), 19) != 0) corrupt("an incomplete code-length table");
        for (int i = 0; i < nlen + ndist;) {
            int symbol = decode(lencode);
            if (symbol < 16) {
                lengths[static_cast<std::size_t>(i++)] = static_cast<std::uint8_t>(symbol);
                continue;
            }
            std::uint8_t value = 0;
            int repeat = 0;
            if (symbol == 16) {
                if (i == 0) corrupt("a repeated code length with no length before it");
                value = lengths[static_cast<std::size_t>(i - 1)];
                repeat = 3 + static_cast<int>(bits(2));
            } else if (symbol == 17) {
                repeat = 3 + static_cast<int>(bits(3));
            } else {
                repeat = 11 + static_cast<int>(bits(7));
            }
            if (i + repeat > nlen + ndist) corrupt("code lengths run past the end of the table");
            while (repeat-- > 0) lengths[static_cast<std::size_t>(i++)] = value;
        }
        if (lengths[256] == 0) corrupt("a block with no end-of-block code");
        // Incomplete codes are allowed only as a single code of length 1 (as zlib allows).
        int err = buildHuffman(lencode, lengths.data(), nlen);
        if (err < 0 || (err > 0 && nlen - lencode.count[0] != 1))
            corrupt("an invalid literal/length code table");
        err = buildHuffman(distcode, lengths.data() + nlen, ndist);
        if (err < 0 || (err > 0 && ndist - distcode.count[0] != 1)) corrupt("an invalid distance code table");
        codes(lencode, distcode);
    }

    std::string_view m_in;
    std::size_t m_max;
    std::size_t m_pos = 0;
    std::uint32_t m_bitBuffer = 0;
    int m_bitCount = 0;
    std::string m_out;
};

}  // namespace

InflateResult inflateRaw(std::string_view compressed, std::size_t maxOutput) {
    InflateResult result;
    try {
        result.data = Inflater(compressed, maxOutput).run();
        result.ok = true;
    } catch (const Refusal& r) {
        result.error = r.message;
        result.truncated = r.truncated;
        result.tooLarge = r.tooLarge;
    }
    return result;
}

}  // namespace sc::share
