// Interoperability with zlib (the deflate of Chromium's DecompressionStream and of most other
// software): what we write, zlib reads; what zlib writes at any level and strategy (stored,
// fixed and dynamic blocks), we read. tests/browser/share_link.test.mjs checks the browser's own
// CompressionStream/DecompressionStream in both directions too.
#include <gtest/gtest.h>
#include <zlib.h>

#include "format/limits.h"
#include "share/base64url.h"
#include "share/deflate.h"
#include "share/inflate.h"
#include "share/share_link.h"
#include "share_fixtures.h"

namespace sc::test {
namespace {

// zlib's raw inflate (windowBits -15); "" and a failure when zlib refuses the data.
std::string zlibInflateRaw(const std::string& compressed, std::size_t expectedSize) {
    z_stream s{};
    EXPECT_EQ(inflateInit2(&s, -15), Z_OK);
    std::string out(expectedSize + 1, '\0');  // one spare byte: more output than expected shows
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    s.avail_in = static_cast<uInt>(compressed.size());
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = static_cast<uInt>(out.size());
    const int rc = inflate(&s, Z_FINISH);
    EXPECT_EQ(rc, Z_STREAM_END) << (s.msg ? s.msg : "");
    EXPECT_EQ(s.avail_in, 0u) << "zlib left input unread";
    out.resize(s.total_out);
    inflateEnd(&s);
    return out;
}

std::string zlibDeflateRaw(const std::string& data, int level, int strategy) {
    z_stream s{};
    EXPECT_EQ(deflateInit2(&s, level, Z_DEFLATED, -15, 8, strategy), Z_OK);
    std::string out(deflateBound(&s, static_cast<uLong>(data.size())), '\0');
    s.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
    s.avail_in = static_cast<uInt>(data.size());
    s.next_out = reinterpret_cast<Bytef*>(out.data());
    s.avail_out = static_cast<uInt>(out.size());
    EXPECT_EQ(deflate(&s, Z_FINISH), Z_STREAM_END);
    out.resize(s.total_out);
    deflateEnd(&s);
    return out;
}

std::vector<std::string> inputs() {
    std::vector<std::string> all = {
        "", "a", std::string(1000, 'z'), allByteValues(40), randomBytes(100000, 11), randomWords(200000, 5)};
    std::string repetitive;
    while (repetitive.size() < (std::size_t{3} << 20)) repetitive += "\"severity\": \"high\",\n";
    all.push_back(repetitive);
    for (const auto& file : listedSamples()) all.push_back(sampleText(file));
    return all;
}

TEST(ShareInterop, ZlibReadsWhatWeWrite) {
    for (const auto& data : inputs()) {
        const std::string ours = share::deflateRaw(data);
        EXPECT_TRUE(zlibInflateRaw(ours, data.size()) == data) << "input of " << data.size() << " bytes";
    }
}

TEST(ShareInterop, WeReadWhatZlibWritesAtEveryLevelAndStrategy) {
    const struct {
        int level, strategy;
    } settings[] = {{0, Z_DEFAULT_STRATEGY},
                    {1, Z_DEFAULT_STRATEGY},
                    {6, Z_DEFAULT_STRATEGY},
                    {9, Z_DEFAULT_STRATEGY},
                    {6, Z_FIXED},
                    {6, Z_HUFFMAN_ONLY},
                    {6, Z_RLE},
                    {9, Z_FILTERED}};
    for (const auto& data : inputs()) {
        for (const auto& s : settings) {
            const auto back = share::inflateRaw(zlibDeflateRaw(data, s.level, s.strategy), kMaxFileBytes);
            ASSERT_TRUE(back.ok) << back.error << " (level " << s.level << ", strategy " << s.strategy << ")";
            EXPECT_TRUE(back.data == data)
                << data.size() << " bytes, level " << s.level << ", strategy " << s.strategy;
        }
    }
}

// A link whose data another deflate wrote (a browser's CompressionStream, zlib) opens too.
TEST(ShareInterop, LinksWrittenWithZlibDecode) {
    for (const auto& file : listedSamples()) {
        const std::string text = sampleText(file);
        const std::string link = "https://example.org/app/#scorecard=v1." +
                                 share::base64UrlEncode(zlibDeflateRaw(text, 9, Z_DEFAULT_STRATEGY));
        const auto decoded = decodeShareLink(link);
        ASSERT_TRUE(decoded.ok) << decoded.error;
        EXPECT_EQ(decoded.text, text);
    }
}

}  // namespace
}  // namespace sc::test
