// Share links (core/share/share_link.h): the document survives the link byte for byte, the
// link reads back from a whole URL or its fragment, and the samples fit the size limit.
#include <gtest/gtest.h>

#include "format/document_io.h"
#include "share/share_link.h"
#include "share_fixtures.h"

namespace sc::test {
namespace {

TEST(ShareLink, SamplesRoundTripByteForByte) {
    for (const auto& file : listedSamples()) {
        const auto loaded = loadDocument(sampleText(file));
        ASSERT_TRUE(loaded.ok) << file;
        const std::string canonical = saveDocument(loaded.document);
        const std::string link = encodeShareLink(canonical, "https://team.example/scorecard/index.html");
        const auto decoded = decodeShareLink(link);
        ASSERT_TRUE(decoded.ok) << file << ": " << decoded.error;
        EXPECT_TRUE(decoded.text == canonical) << file;
        // ... and it is the same document: loading it and saving again gives the same bytes.
        const auto reloaded = loadDocument(decoded.text);
        ASSERT_TRUE(reloaded.ok) << reloaded.error;
        EXPECT_TRUE(saveDocument(reloaded.document) == canonical) << file;
    }
}

TEST(ShareLink, ArbitraryBytesRoundTrip) {
    for (const std::string& data : {std::string(), std::string("{}"), allByteValues(3), randomBytes(50000, 9),
                                    randomWords(500000, 2)}) {
        const auto decoded = decodeShareLink(shareFragment(data));
        ASSERT_TRUE(decoded.ok) << decoded.error;
        EXPECT_TRUE(decoded.text == data);
    }
}

TEST(ShareLink, FormatIsScorecardV1AndBase64Url) {
    const std::string fragment = shareFragment("hello");
    ASSERT_EQ(fragment.rfind("#scorecard=v1.", 0), 0u);
    EXPECT_EQ(
        fragment.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_", 14),
        std::string::npos);
}

TEST(ShareLink, BaseLosesItsOwnFragment) {
    EXPECT_EQ(encodeShareLink("x", "file:///home/a/alignment-scorecard.html#scorecard=v1.old"),
              "file:///home/a/alignment-scorecard.html" + shareFragment("x"));
    EXPECT_EQ(encodeShareLink("x", "http://127.0.0.1:8080/"), "http://127.0.0.1:8080/" + shareFragment("x"));
    EXPECT_EQ(encodeShareLink("x"), shareFragment("x"));
}

TEST(ShareLink, ReadsAWholeUrlAHashOrTheFragmentAlone) {
    const std::string fragment = shareFragment("the document");
    for (const std::string& given : {fragment, fragment.substr(1), "http://h/p?q=1" + fragment,
                                     "  file:///C:/x/alignment-scorecard.html" + fragment + "\n"}) {
        const auto decoded = decodeShareLink(given);
        ASSERT_TRUE(decoded.ok) << given << ": " << decoded.error;
        EXPECT_EQ(decoded.text, "the document");
    }
}

TEST(ShareLink, IsShareLinkLooksOnlyAtTheFragmentKey) {
    EXPECT_TRUE(isShareLink("#scorecard=v1.AAAA"));
    EXPECT_TRUE(isShareLink("http://h/#scorecard=v9.zzz"));  // meant as one, even if it will not open
    EXPECT_TRUE(isShareLink("scorecard=garbage"));
    EXPECT_FALSE(isShareLink("http://h/"));
    EXPECT_FALSE(isShareLink("http://h/#section-2"));
    EXPECT_FALSE(isShareLink(""));
}

// The measurement behind kMaxShareFragmentBytes (docs/SHARE_LINK.md): every sample makes a
// link well under the limit.
TEST(ShareLink, SamplesFitTheLimit) {
    for (const auto& file : listedSamples()) {
        const std::size_t size = shareFragment(sampleText(file)).size();
        EXPECT_LT(size, kMaxShareFragmentBytes / 2) << file << " makes a " << size << "-byte fragment";
    }
}

TEST(ShareLink, TooLongMessageNamesTheSizeAndTheLimit) {
    EXPECT_EQ(shareLinkTooLongMessage(80 * 1024 + 100),
              "This scorecard is 80 KB as a link; links over 64 KB break in mail and chat. Save the file and "
              "send that instead.");
    EXPECT_EQ(shareLinkSizeText(5 * 1024 + 300), "5.3 KB");
    EXPECT_EQ(shareLinkSizeText(12), "0.0 KB");
}

}  // namespace
}  // namespace sc::test
