// File > Copy share link and opening a link in the app (web/logic/share_link): the offer's
// link, size and wording, the refusal over 64 KB, and what a page address at start means.
#include <gtest/gtest.h>

#include <random>

#include "format/document_io.h"
#include "logic/share_link.h"
#include "share/share_link.h"
#include "test_util.h"

using sc::web::readShareLink;
using sc::web::SharedOpen;
using sc::web::shareLinkOffer;

namespace {

std::string sampleText() {
    return sc::test::readText(sc::test::sourcePath("assets/samples/saas-self-serve.scorecard.json"));
}

}  // namespace

TEST(share_link_test, offer_is_the_page_address_plus_the_fragment) {
    const std::string text = sampleText();
    const auto offer = shareLinkOffer(text, "file:///C:/Users/a/alignment-scorecard.html#scorecard=v1.old");
    ASSERT_FALSE(offer.tooLong);
    EXPECT_EQ(offer.link, "file:///C:/Users/a/alignment-scorecard.html" + sc::shareFragment(text));
    EXPECT_EQ(offer.fragmentBytes, sc::shareFragment(text).size());
    EXPECT_EQ(
        offer.message.rfind(
            "Copied a share link (" + sc::shareLinkSizeText(offer.fragmentBytes) + ") to the clipboard.", 0),
        0u)
        << offer.message;
    EXPECT_EQ(shareLinkOffer(text, "http://127.0.0.1:8080/").link,
              "http://127.0.0.1:8080/" + sc::shareFragment(text));
}

TEST(share_link_test, over_64_kb_nothing_is_offered_and_the_message_says_why) {
    sc::LoadResult loaded = sc::loadDocument(sampleText());
    ASSERT_TRUE(loaded.ok);
    std::mt19937 rng(1);
    std::string noise;
    for (int i = 0; i < 100000; ++i) noise += static_cast<char>('a' + rng() % 26);
    loaded.document.promises.at(0).text = noise;
    const auto offer = shareLinkOffer(sc::saveDocument(loaded.document), "http://h/");
    EXPECT_TRUE(offer.tooLong);
    EXPECT_EQ(offer.link, "");
    EXPECT_GT(offer.fragmentBytes, sc::kMaxShareFragmentBytes);
    EXPECT_EQ(offer.message, sc::shareLinkTooLongMessage(offer.fragmentBytes));
    EXPECT_NE(
        offer.message.find("links over 64 KB break in mail and chat. Save the file and send that instead."),
        std::string::npos);
}

TEST(share_link_test, a_page_without_a_share_link_opens_nothing) {
    EXPECT_EQ(readShareLink("http://127.0.0.1:8080/").kind, SharedOpen::Kind::None);
    EXPECT_EQ(readShareLink("http://127.0.0.1:8080/#top").kind, SharedOpen::Kind::None);
    EXPECT_EQ(readShareLink("file:///x/alignment-scorecard.html").kind, SharedOpen::Kind::None);
}

TEST(share_link_test, a_link_opens_the_same_document) {
    const std::string text = sampleText();
    const SharedOpen opened = readShareLink(shareLinkOffer(text, "http://h/index.html").link);
    ASSERT_EQ(opened.kind, SharedOpen::Kind::Open) << opened.error;
    ASSERT_TRUE(opened.loaded.ok);
    EXPECT_TRUE(sc::saveDocument(opened.loaded.document) == text);
}

TEST(share_link_test, a_broken_link_is_refused_with_the_cores_message) {
    std::string link = shareLinkOffer(sampleText(), "http://h/").link;
    link[40] = '!';
    const SharedOpen broken = readShareLink(link);
    EXPECT_EQ(broken.kind, SharedOpen::Kind::Refused);
    EXPECT_EQ(broken.error,
              "the share link is damaged: invalid base64url character '!' at character 41 of the link");
    EXPECT_EQ(readShareLink("http://h/#scorecard=v7.AAAA").kind, SharedOpen::Kind::Refused);
}

TEST(share_link_test, a_link_holding_something_else_than_a_scorecard_is_refused) {
    const SharedOpen other = readShareLink("http://h/" + sc::shareFragment("not json"));
    EXPECT_EQ(other.kind, SharedOpen::Kind::Refused);
    EXPECT_EQ(other.error.rfind("the link holds no scorecard the app can open: ", 0), 0u) << other.error;
}
