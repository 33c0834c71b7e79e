// Every way a share link is refused, each with a message saying what is wrong and where:
// prefix, version, base64url character, corrupt deflate data, truncation, and a document over
// the file limit (a deflate bomb refused at the cap, never inflated to its full size).
#include <gtest/gtest.h>
#include <zlib.h>

#include "format/limits.h"
#include "share/base64url.h"
#include "share/inflate.h"
#include "share/share_link.h"
#include "share_fixtures.h"

namespace sc::test {
namespace {

// Bits written least significant first, as deflate packs them, for hand-made streams.
struct Bits {
    std::string bytes;
    int used = 0;
    void put(unsigned value, int count, bool huffman = false) {
        for (int i = 0; i < count; ++i) {
            const unsigned bit = huffman ? (value >> (count - 1 - i)) & 1u : (value >> i) & 1u;
            if (used % 8 == 0) bytes.push_back('\0');
            bytes.back() = static_cast<char>(bytes.back() | (bit << (used % 8)));
            ++used;
        }
    }
};

std::string linkOf(const std::string& deflated) {
    return "#scorecard=v1." + share::base64UrlEncode(deflated);
}

std::string errorOf(const std::string& link, std::size_t cap = 0) {
    const auto decoded = decodeShareLink(link, cap);
    EXPECT_FALSE(decoded.ok) << link.substr(0, 80);
    EXPECT_TRUE(decoded.text.empty());
    return decoded.error;
}

TEST(ShareRefusal, WrongPrefix) {
    EXPECT_EQ(errorOf("http://h/#section"),
              "not a scorecard share link: it should start with #scorecard=v1. but starts with \"section\"");
    EXPECT_EQ(errorOf("http://h/"), "not a scorecard share link: it has no #scorecard=v1. part");
    EXPECT_EQ(errorOf(""), "not a scorecard share link: it has no #scorecard=v1. part");
}

TEST(ShareRefusal, WrongOrMissingVersion) {
    EXPECT_EQ(errorOf("#scorecard=v2.AAAA"),
              "the share link is version \"v2\"; this Alignment Scorecard reads version v1 links (a newer "
              "version of the app made it?)");
    EXPECT_EQ(errorOf("#scorecard=AAAA"), "the share link has no version (expected #scorecard=v1.)");
}

TEST(ShareRefusal, CharacterOutsideBase64UrlNamesItsPosition) {
    std::string link = shareFragment("some document text");
    link[20] = '+';  // standard base64's character, not base64url's
    EXPECT_EQ(errorOf(link),
              "the share link is damaged: invalid base64url character '+' at character 21 of the link");
    // Counted from the start of a whole URL too ("http://h/" is 9 characters more).
    EXPECT_EQ(errorOf("http://h/" + link),
              "the share link is damaged: invalid base64url character '+' at character 30 of the link");
    link[20] = ' ';
    EXPECT_EQ(errorOf(link),
              "the share link is damaged: invalid base64url character byte 0x20 at character 21 of the link");
}

TEST(ShareRefusal, InvalidBlockType) {
    Bits b;
    b.put(1, 1);
    b.put(3, 2);
    EXPECT_EQ(errorOf(linkOf(b.bytes)),
              "the share link is damaged: corrupt compressed data at byte 1: invalid block type 3");
}

TEST(ShareRefusal, StoredBlockLengthCheckFails) {
    EXPECT_EQ(
        errorOf(linkOf(std::string("\x01\x05\x00\x00\x00hello", 10))),
        "the share link is damaged: corrupt compressed data at byte 2: a stored block's length does not "
        "match its check value");
}

TEST(ShareRefusal, BackReferenceBeforeTheStart) {
    Bits b;
    b.put(1, 1);
    b.put(1, 2);                // fixed Huffman
    b.put(0b0000001, 7, true);  // length symbol 257: 3 bytes
    b.put(0, 5, true);          // distance 1, with nothing written yet
    b.put(0, 7, true);          // end of block
    EXPECT_NE(errorOf(linkOf(b.bytes))
                  .find("corrupt compressed data at byte 2: a back-reference before the "
                        "start of the document"),
              std::string::npos);
}

TEST(ShareRefusal, OverSubscribedCodeTable) {
    Bits b;
    b.put(1, 1);
    b.put(2, 2);                               // dynamic
    b.put(0, 5);                               // 257 literal/length codes
    b.put(0, 5);                               // 1 distance code
    b.put(15, 4);                              // all 19 code-length code lengths
    for (int i = 0; i < 19; ++i) b.put(1, 3);  // 19 codes of length 1: over-subscribed
    EXPECT_EQ(
        errorOf(linkOf(b.bytes)),
        "the share link is damaged: corrupt compressed data at byte 10: an incomplete code-length table");
}

TEST(ShareRefusal, DataAfterTheEnd) {
    const std::string good("\x03\x00", 2);  // the empty document, fixed Huffman
    ASSERT_TRUE(decodeShareLink(linkOf(good)).ok);
    EXPECT_EQ(
        errorOf(linkOf(good + "x")),
        "the share link is damaged: corrupt compressed data at byte 3: unexpected data after the end of the "
        "compressed document");
}

// Cutting a link anywhere (a mail client wrapping it, a half copy) is reported as truncated.
TEST(ShareRefusal, TruncatedAnywhere) {
    const std::string link = shareFragment(sampleText(listedSamples().front()));
    for (std::size_t keep = 14; keep < link.size(); keep += 97) {
        const std::string error = errorOf(link.substr(0, keep));
        EXPECT_NE(error.find("the share link is truncated"), std::string::npos) << keep << ": " << error;
    }
    EXPECT_EQ(errorOf(link.substr(0, 14)),
              "the share link is truncated: the compressed data ends after 0 bytes, before the end of the "
              "document");
}

std::string zerosDeflated(std::size_t n) {
    z_stream s{};
    EXPECT_EQ(deflateInit2(&s, 9, Z_DEFLATED, -15, 9, Z_DEFAULT_STRATEGY), Z_OK);
    const std::string chunk(1 << 20, '\0');
    std::string out;
    std::string buffer(1 << 16, '\0');
    for (std::size_t done = 0; done < n;) {
        const std::size_t take = std::min(chunk.size(), n - done);
        done += take;
        s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(chunk.data()));
        s.avail_in = static_cast<uInt>(take);
        do {
            s.next_out = reinterpret_cast<Bytef*>(buffer.data());
            s.avail_out = static_cast<uInt>(buffer.size());
            deflate(&s, done == n ? Z_FINISH : Z_NO_FLUSH);
            out.append(buffer.data(), buffer.size() - s.avail_out);
        } while (s.avail_out == 0);
    }
    deflateEnd(&s);
    return out;
}

// A deflate bomb: ~65 KB of link that would inflate to 64 MB and one byte.
TEST(ShareRefusal, DocumentOverTheFileLimit) {
    const std::string bomb = zerosDeflated(kMaxFileBytes + 1);
    EXPECT_LT(bomb.size(), std::size_t{100} << 10);
    EXPECT_EQ(errorOf(linkOf(bomb)),
              "the document in the share link is larger than the limit of 64 MB; it was not opened");
    // Exactly at the limit is fine.
    const auto atLimit = share::inflateRaw(zerosDeflated(kMaxFileBytes), kMaxFileBytes);
    EXPECT_TRUE(atLimit.ok) << atLimit.error;
}

// The cap stops inflating as soon as it is reached: a bomb of 256 MB against a 1 MB cap is
// refused, and nothing of it is kept.
TEST(ShareRefusal, BombStopsAtTheCap) {
    const std::string bomb = zerosDeflated(std::size_t{256} << 20);
    const auto result = share::inflateRaw(bomb, std::size_t{1} << 20);
    EXPECT_FALSE(result.ok);
    EXPECT_TRUE(result.data.empty());
    EXPECT_TRUE(result.tooLarge);
    EXPECT_EQ(result.error, "the data is larger than the limit of 1048576 bytes");
}

TEST(ShareRefusal, LinkTooLongForAnyDocumentIsRefusedBeforeDecoding) {
    const std::string link = "#scorecard=v1." + std::string(std::size_t{2} << 20, 'A');
    EXPECT_EQ(errorOf(link, std::size_t{1} << 20),
              "the share link is longer than any document of at most 1 MB could make; it was not opened");
}

}  // namespace
}  // namespace sc::test
