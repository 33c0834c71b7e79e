// Our deflate and inflate against each other: every kind of input comes back byte for byte,
// and the compressor really compresses (the link size depends on it).
#include <gtest/gtest.h>

#include "format/limits.h"
#include "share/base64url.h"
#include "share/deflate.h"
#include "share/inflate.h"
#include "share_fixtures.h"

namespace sc::test {
namespace {

void expectRoundTrip(const std::string& data) {
    const std::string compressed = share::deflateRaw(data);
    const share::InflateResult back = share::inflateRaw(compressed, kMaxFileBytes);
    ASSERT_TRUE(back.ok) << back.error;
    EXPECT_TRUE(back.data == data) << "size " << data.size() << " came back as " << back.data.size();
}

TEST(ShareDeflate, EmptyInputRoundTrips) {
    expectRoundTrip("");
    EXPECT_LE(share::deflateRaw("").size(), 2u);
}

TEST(ShareDeflate, ShortInputsRoundTrip) {
    for (const char* s : {"a", "ab", "abc", "aaaa", "abcabcabc", "\n", "{}\n"}) expectRoundTrip(s);
}

TEST(ShareDeflate, EveryByteValueRoundTrips) {
    expectRoundTrip(allByteValues(1));
    expectRoundTrip(allByteValues(300));
}

TEST(ShareDeflate, RandomBytesRoundTripAndStayCloseToTheirSize) {
    for (std::uint32_t seed = 1; seed <= 5; ++seed) {
        const std::string data = randomBytes(1000 * seed * seed * 7, seed);
        expectRoundTrip(data);
        // Incompressible data falls back to stored blocks: 5 bytes per block of 32K tokens.
        EXPECT_LE(share::deflateRaw(data).size(), data.size() + 5 * (data.size() / 32768 + 1) + 1);
    }
}

TEST(ShareDeflate, RandomTextOfManySizesRoundTrips) {
    for (std::size_t n : {10u, 100u, 1000u, 40000u, 70000u, 300000u}) expectRoundTrip(randomWords(n, 7));
}

TEST(ShareDeflate, HugeRepetitiveTextRoundTripsAndShrinks) {
    std::string text;
    while (text.size() < (std::size_t{8} << 20))
        text += "{\"id\": \"seg-1\", \"name\": \"Self-serve SaaS\"},\n";
    expectRoundTrip(text);
    EXPECT_LT(share::deflateRaw(text).size(), text.size() / 100);
}

TEST(ShareDeflate, SamplesRoundTripAndCompressWell) {
    for (const auto& file : listedSamples()) {
        const std::string text = sampleText(file);
        expectRoundTrip(text);
        EXPECT_LT(share::deflateRaw(text).size(), text.size() / 4) << file;
    }
}

// Match lengths and distances at the edges of their codes (3, 258, 32768 back).
TEST(ShareDeflate, MatchesAtTheLimitsRoundTrip) {
    const std::string block = randomBytes(32768, 3);
    expectRoundTrip(block + block);        // distance exactly 32768
    expectRoundTrip(block + "x" + block);  // just out of reach
    expectRoundTrip(std::string(259, 'q') + "abc" + "xyz" + "abc");
    expectRoundTrip(std::string(100000, '\0'));
}

TEST(ShareBase64Url, RoundTripsEveryLength) {
    const std::string bytes = allByteValues(2);
    for (std::size_t n = 0; n < 40; ++n) {
        const std::string enc = share::base64UrlEncode(bytes.substr(0, n));
        EXPECT_EQ(enc.find_first_of("+/="), std::string::npos);
        const auto dec = share::base64UrlDecode(enc);
        ASSERT_TRUE(dec.ok) << dec.error;
        EXPECT_EQ(dec.bytes, bytes.substr(0, n));
    }
}

TEST(ShareBase64Url, KnownValuesAndPadding) {
    EXPECT_EQ(share::base64UrlEncode("\xFB\xFF"), "-_8");
    EXPECT_EQ(share::base64UrlEncode("foobar"), "Zm9vYmFy");
    EXPECT_EQ(share::base64UrlDecode("Zm9vYg==").bytes, "foob");
    EXPECT_EQ(share::base64UrlDecode("Zm9vYg").bytes, "foob");
}

TEST(ShareBase64Url, RefusesCharactersOutsideTheAlphabetNamingWhere) {
    const auto dec = share::base64UrlDecode("Zm9v+mFy");
    EXPECT_FALSE(dec.ok);
    EXPECT_EQ(dec.badIndex, 4u);
    EXPECT_EQ(dec.error, "invalid base64url character '+' at character 5");
    EXPECT_FALSE(share::base64UrlDecode("Zm9vY").ok);  // 5 characters cannot be whole bytes
}

}  // namespace
}  // namespace sc::test
