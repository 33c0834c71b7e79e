// Raw DEFLATE compressor (see deflate.h). The input is cut into blocks of at most
// kBlockTokens LZ77 tokens; each block is written in whichever of the three block types is
// smallest, so incompressible data costs at most 5 bytes per 64 KB over its size.
#include "share/deflate.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <numeric>
#include <queue>
#include <vector>

#include "share/deflate_tables.h"

namespace sc::share {
namespace {

constexpr int kHashBits = 15;
constexpr int kMaxChain = 128;  // candidates tried per position (speed vs ratio)
constexpr int kLazyBelow = 32;  // a match shorter than this is checked against the next position's
constexpr int kTooFar = 4096;   // a 3-byte match further back than this costs more than literals
constexpr std::size_t kBlockTokens = 1 << 15;
constexpr int kLiteralSymbols = 286;  // 0..255 literals, 256 end of block, 257..285 lengths
constexpr int kEndOfBlock = 256;

// One LZ77 token: a literal byte (distance 0) or a match of `length` bytes `distance` back.
struct Token {
    std::uint16_t length;  // the byte value for a literal
    std::uint16_t distance;
};

class BitWriter {
  public:
    void put(std::uint32_t bits, int count) {
        m_acc |= static_cast<std::uint64_t>(bits) << m_count;
        m_count += count;
        while (m_count >= 8) {
            m_out.push_back(static_cast<char>(m_acc & 0xFF));
            m_acc >>= 8;
            m_count -= 8;
        }
    }
    // Huffman codes go most significant bit first (RFC 1951 section 3.1.1).
    void putCode(std::uint32_t code, int length) {
        std::uint32_t reversed = 0;
        for (int i = 0; i < length; ++i) reversed |= ((code >> i) & 1u) << (length - 1 - i);
        put(reversed, length);
    }
    void alignToByte() {
        if (m_count > 0) put(0, 8 - m_count);
    }
    void putBytes(std::string_view bytes) { m_out.append(bytes.data(), bytes.size()); }  // aligned only
    std::string take() {
        alignToByte();
        return std::move(m_out);
    }

  private:
    std::string m_out;
    std::uint64_t m_acc = 0;
    int m_count = 0;
};

int lengthCode(int length) {  // 0..28 (symbol 257 + code)
    int code = 0;
    while (code + 1 < kLengthCodes && kLengthBase[code + 1] <= length) ++code;
    return code;
}

int distanceCode(int distance) {  // 0..29
    int code = 0;
    while (code + 1 < kDistanceCodes && kDistanceBase[code + 1] <= distance) ++code;
    return code;
}

// Huffman code lengths for `freq`, none longer than maxBits. At least two symbols must be used
// (the caller sees to it), so the code is complete, as every inflater accepts.
std::vector<std::uint8_t> huffmanLengths(const std::vector<std::uint32_t>& freq, int maxBits) {
    std::vector<std::uint8_t> lengths(freq.size(), 0);
    std::vector<int> used;
    for (std::size_t i = 0; i < freq.size(); ++i)
        if (freq[i] > 0) used.push_back(static_cast<int>(i));
    if (used.empty()) return lengths;
    // The tree: leaves 0..n-1 (the used symbols), inner nodes after them; depth via parents.
    const std::size_t n = used.size();
    std::vector<int> parent(2 * n, -1);
    using Node = std::pair<std::uint64_t, int>;  // weight, node (ties broken by node for determinism)
    std::priority_queue<Node, std::vector<Node>, std::greater<Node>> queue;
    for (std::size_t i = 0; i < n; ++i) queue.push({freq[used[i]], static_cast<int>(i)});
    int next = static_cast<int>(n);
    while (queue.size() > 1) {
        const Node a = queue.top();
        queue.pop();
        const Node b = queue.top();
        queue.pop();
        parent[a.second] = parent[b.second] = next;
        queue.push({a.first + b.first, next++});
    }
    std::vector<int> countPerLength(static_cast<std::size_t>(maxBits) + 1, 0);
    for (std::size_t i = 0; i < n; ++i) {
        int depth = 0;
        for (int node = static_cast<int>(i); parent[node] >= 0; node = parent[node]) ++depth;
        ++countPerLength[static_cast<std::size_t>(std::clamp(depth, 1, maxBits))];
    }
    // Clamping made the code over-full: move codes down until the Kraft sum is exactly one again
    // (each step takes one code off the longest length and splits a shorter one in two).
    std::uint64_t kraft = 0;
    for (int len = 1; len <= maxBits; ++len)
        kraft += static_cast<std::uint64_t>(countPerLength[len]) << (maxBits - len);
    for (; kraft > (std::uint64_t{1} << maxBits); --kraft) {
        --countPerLength[maxBits];
        for (int len = maxBits - 1; len > 0; --len) {
            if (countPerLength[len] > 0) {
                --countPerLength[len];
                countPerLength[len + 1] += 2;
                break;
            }
        }
    }
    // The most frequent symbols get the shortest codes.
    std::stable_sort(used.begin(), used.end(), [&](int a, int b) { return freq[a] > freq[b]; });
    std::size_t k = 0;
    for (int len = 1; len <= maxBits; ++len)
        for (int c = 0; c < countPerLength[len]; ++c) lengths[used[k++]] = static_cast<std::uint8_t>(len);
    return lengths;
}

// Canonical codes for the lengths (RFC 1951 section 3.2.2).
std::vector<std::uint32_t> canonicalCodes(const std::vector<std::uint8_t>& lengths) {
    std::array<std::uint32_t, kMaxCodeBits + 2> count{}, next{};
    for (const auto l : lengths) ++count[l];
    count[0] = 0;
    std::uint32_t code = 0;
    for (int bits = 1; bits <= kMaxCodeBits + 1; ++bits) {
        code = (code + count[bits - 1]) << 1;
        next[bits] = code;
    }
    std::vector<std::uint32_t> codes(lengths.size(), 0);
    for (std::size_t i = 0; i < lengths.size(); ++i)
        if (lengths[i] != 0) codes[i] = next[lengths[i]]++;
    return codes;
}

// Every Huffman code we write has at least two symbols: a one-symbol code is incomplete, which
// zlib accepts only in some places.
void useAtLeastTwo(std::vector<std::uint32_t>& freq) {
    int used = 0;
    for (const auto f : freq) used += f > 0 ? 1 : 0;
    for (std::size_t i = 0; used < 2 && i < freq.size(); ++i)
        if (freq[i] == 0) {
            freq[i] = 1;
            ++used;
        }
}

struct CodeLengthSymbol {
    std::uint8_t symbol;  // 0..15 a length, 16 repeat previous, 17/18 repeat zero
    std::uint8_t extra;   // the repeat count's extra bits
};

// The literal/length and distance code lengths, run-length coded with symbols 16, 17 and 18.
std::vector<CodeLengthSymbol> runLengths(const std::vector<std::uint8_t>& lengths) {
    std::vector<CodeLengthSymbol> out;
    for (std::size_t i = 0; i < lengths.size();) {
        const std::uint8_t value = lengths[i];
        std::size_t run = 1;
        while (i + run < lengths.size() && lengths[i + run] == value) ++run;
        i += run;
        if (value == 0) {
            while (run >= 11) {
                const std::size_t r = std::min<std::size_t>(run, 138);
                out.push_back({18, static_cast<std::uint8_t>(r - 11)});
                run -= r;
            }
            if (run >= 3) {
                out.push_back({17, static_cast<std::uint8_t>(run - 3)});
                run = 0;
            }
        } else {
            out.push_back({value, 0});
            --run;
            while (run >= 3) {
                const std::size_t r = std::min<std::size_t>(run, 6);
                out.push_back({16, static_cast<std::uint8_t>(r - 3)});
                run -= r;
            }
        }
        for (; run > 0; --run) out.push_back({value, 0});
    }
    return out;
}

int codeLengthExtraBits(int symbol) { return symbol == 16 ? 2 : symbol == 17 ? 3 : symbol == 18 ? 7 : 0; }

class BlockWriter {
  public:
    explicit BlockWriter(BitWriter& out) : m_out(out) {}

    void write(const std::vector<Token>& tokens, std::string_view raw, bool final) {
        std::vector<std::uint32_t> litFreq(kLiteralSymbols, 0), distFreq(kDistanceCodes, 0);
        for (const Token& t : tokens) {
            if (t.distance == 0) {
                ++litFreq[t.length];
            } else {
                ++litFreq[257 + lengthCode(t.length)];
                ++distFreq[distanceCode(t.distance)];
            }
        }
        litFreq[kEndOfBlock] = 1;
        useAtLeastTwo(litFreq);
        useAtLeastTwo(distFreq);
        const auto litLengths = huffmanLengths(litFreq, kMaxCodeBits);
        const auto distLengths = huffmanLengths(distFreq, kMaxCodeBits);

        std::size_t litCount = kLiteralSymbols, distCount = kDistanceCodes;
        while (litCount > 257 && litLengths[litCount - 1] == 0) --litCount;
        while (distCount > 1 && distLengths[distCount - 1] == 0) --distCount;
        std::vector<std::uint8_t> all(litLengths.begin(), litLengths.begin() + static_cast<long>(litCount));
        all.insert(all.end(), distLengths.begin(), distLengths.begin() + static_cast<long>(distCount));
        const auto rle = runLengths(all);
        std::vector<std::uint32_t> clFreq(19, 0);
        for (const auto& s : rle) ++clFreq[s.symbol];
        useAtLeastTwo(clFreq);
        const auto clLengths = huffmanLengths(clFreq, kMaxCodeLengthBits);
        std::size_t clCount = 19;
        while (clCount > 4 && clLengths[kCodeLengthOrder[clCount - 1]] == 0) --clCount;

        // Sizes in bits of the three ways to write this block.
        std::uint64_t dynamicBits = 3 + 5 + 5 + 4 + 3 * clCount;
        for (const auto& s : rle) dynamicBits += clLengths[s.symbol] + codeLengthExtraBits(s.symbol);
        std::uint64_t fixedBits = 3;
        for (const Token& t : tokens) {
            if (t.distance == 0) {
                dynamicBits += litLengths[t.length];
                fixedBits += fixedLiteralLength(t.length);
            } else {
                const int lc = lengthCode(t.length), dc = distanceCode(t.distance);
                const std::uint64_t extra = kLengthExtra[lc] + kDistanceExtra[dc];
                dynamicBits += litLengths[257 + lc] + distLengths[dc] + extra;
                fixedBits += fixedLiteralLength(257 + lc) + kFixedDistanceLength + extra;
            }
        }
        dynamicBits += litLengths[kEndOfBlock];
        fixedBits += fixedLiteralLength(kEndOfBlock);
        const std::uint64_t storedBits = (raw.size() / 65535 + 1) * (5 * 8 + 7) + raw.size() * 8;

        if (storedBits < fixedBits && storedBits < dynamicBits) return writeStored(raw, final);
        if (fixedBits <= dynamicBits) {
            m_out.put(final ? 1 : 0, 1);
            m_out.put(1, 2);
            std::vector<std::uint8_t> fixedLit(288), fixedDist(kDistanceCodes, kFixedDistanceLength);
            for (int s = 0; s < 288; ++s) fixedLit[s] = static_cast<std::uint8_t>(fixedLiteralLength(s));
            return writeTokens(tokens, fixedLit, fixedDist);
        }
        m_out.put(final ? 1 : 0, 1);
        m_out.put(2, 2);
        m_out.put(static_cast<std::uint32_t>(litCount - 257), 5);
        m_out.put(static_cast<std::uint32_t>(distCount - 1), 5);
        m_out.put(static_cast<std::uint32_t>(clCount - 4), 4);
        for (std::size_t i = 0; i < clCount; ++i) m_out.put(clLengths[kCodeLengthOrder[i]], 3);
        const auto clCodes = canonicalCodes(clLengths);
        for (const auto& s : rle) {
            m_out.putCode(clCodes[s.symbol], clLengths[s.symbol]);
            if (const int bits = codeLengthExtraBits(s.symbol)) m_out.put(s.extra, bits);
        }
        writeTokens(tokens, litLengths, distLengths);
    }

  private:
    void writeStored(std::string_view raw, bool final) {
        do {
            const std::size_t n = std::min<std::size_t>(raw.size(), 65535);
            m_out.put(final && n == raw.size() ? 1 : 0, 1);
            m_out.put(0, 2);
            m_out.alignToByte();
            m_out.put(static_cast<std::uint32_t>(n), 16);
            m_out.put(static_cast<std::uint32_t>(~n & 0xFFFF), 16);
            m_out.putBytes(raw.substr(0, n));
            raw.remove_prefix(n);
        } while (!raw.empty());
    }

    void writeTokens(const std::vector<Token>& tokens, const std::vector<std::uint8_t>& litLengths,
                     const std::vector<std::uint8_t>& distLengths) {
        const auto litCodes = canonicalCodes(litLengths);
        const auto distCodes = canonicalCodes(distLengths);
        for (const Token& t : tokens) {
            if (t.distance == 0) {
                m_out.putCode(litCodes[t.length], litLengths[t.length]);
                continue;
            }
            const int lc = lengthCode(t.length), dc = distanceCode(t.distance);
            m_out.putCode(litCodes[257 + lc], litLengths[257 + lc]);
            if (kLengthExtra[lc])
                m_out.put(static_cast<std::uint32_t>(t.length - kLengthBase[lc]), kLengthExtra[lc]);
            m_out.putCode(distCodes[dc], distLengths[dc]);
            if (kDistanceExtra[dc])
                m_out.put(static_cast<std::uint32_t>(t.distance - kDistanceBase[dc]), kDistanceExtra[dc]);
        }
        m_out.putCode(litCodes[kEndOfBlock], litLengths[kEndOfBlock]);
    }

    BitWriter& m_out;
};

// LZ77 over a 32 KB window: head[hash] is the last position with that 3-byte hash, prev[] links
// each position to the previous one with the same hash.
class Matcher {
  public:
    explicit Matcher(std::string_view data)
        : m_data(reinterpret_cast<const unsigned char*>(data.data())),
          m_size(data.size()),
          m_head(std::size_t{1} << kHashBits, -1),
          m_prev(kWindowSize, -1) {}

    struct Match {
        int length = 0;
        int distance = 0;
    };

    void insert(std::size_t pos) {
        if (pos + kMinMatch > m_size) return;
        const std::uint32_t h = hash(pos);
        m_prev[pos & (kWindowSize - 1)] = m_head[h];
        m_head[h] = static_cast<std::int64_t>(pos);
    }

    Match find(std::size_t pos) const {
        Match best;
        if (pos + kMinMatch > m_size) return best;
        const int maxLength = static_cast<int>(std::min<std::size_t>(kMaxMatch, m_size - pos));
        std::int64_t candidate = m_head[hash(pos)];
        for (int chain = kMaxChain; candidate >= 0 && chain > 0; --chain) {
            const std::size_t distance = pos - static_cast<std::size_t>(candidate);
            if (distance > static_cast<std::size_t>(kWindowSize)) break;
            const unsigned char* a = m_data + candidate;
            const unsigned char* b = m_data + pos;
            if (a[best.length] == b[best.length]) {
                int length = 0;
                while (length < maxLength && a[length] == b[length]) ++length;
                if (length > best.length && (length > kMinMatch || distance <= kTooFar)) {
                    best = {length, static_cast<int>(distance)};
                    if (length == maxLength) break;
                }
            }
            candidate = m_prev[static_cast<std::size_t>(candidate) & (kWindowSize - 1)];
        }
        if (best.length < kMinMatch) best = {};
        return best;
    }

  private:
    std::uint32_t hash(std::size_t pos) const {
        const std::uint32_t v = m_data[pos] | (m_data[pos + 1] << 8) | (m_data[pos + 2] << 16);
        return (v * 2654435761u) >> (32 - kHashBits);
    }

    const unsigned char* m_data;
    std::size_t m_size;
    std::vector<std::int64_t> m_head;
    std::vector<std::int64_t> m_prev;
};

}  // namespace

std::string deflateRaw(std::string_view data) {
    BitWriter out;
    BlockWriter blocks(out);
    Matcher matcher(data);
    std::vector<Token> tokens;
    tokens.reserve(kBlockTokens);
    std::size_t blockStart = 0, pos = 0;
    const auto literal = [&](std::size_t at) { tokens.push_back({static_cast<unsigned char>(data[at]), 0}); };
    while (pos < data.size()) {
        Matcher::Match match = matcher.find(pos);
        matcher.insert(pos);
        // Lazy matching: when the next position starts a longer match, this byte is a literal.
        if (match.length > 0 && match.length < kLazyBelow && matcher.find(pos + 1).length > match.length) {
            match = {};
        }
        if (match.length > 0) {
            tokens.push_back(
                {static_cast<std::uint16_t>(match.length), static_cast<std::uint16_t>(match.distance)});
            for (int k = 1; k < match.length; ++k) matcher.insert(pos + static_cast<std::size_t>(k));
            pos += static_cast<std::size_t>(match.length);
        } else {
            literal(pos);
            ++pos;
        }
        if (tokens.size() >= kBlockTokens && pos < data.size()) {
            blocks.write(tokens, data.substr(blockStart, pos - blockStart), /*final=*/false);
            tokens.clear();
            blockStart = pos;
        }
    }
    blocks.write(tokens, data.substr(blockStart), /*final=*/true);
    return out.take();
}

}  // namespace sc::share
