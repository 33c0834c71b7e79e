// Matching partner copy: case, punctuation and spacing do not matter, whole words only, and
// hostile bytes (invalid UTF-8, NUL, truncated sequences) never crash or read out of range.
#include <gtest/gtest.h>

#include "partners/copy_text.h"

using namespace sc::partners;

namespace {

std::vector<std::string> found(const std::string& copy, const std::string& phrase) {
    std::vector<std::string> out;
    for (const auto& s : findPhrase(normaliseText(copy), normalisePhrase(phrase)))
        out.push_back(copy.substr(s.begin, s.end - s.begin));
    return out;
}

}  // namespace

TEST(partners_copy_text_test, case_punctuation_and_spacing_do_not_matter) {
    EXPECT_EQ(found("It PAYS  for\nitself!", "pays for itself"),
              std::vector<std::string>{"PAYS  for\nitself"});
    EXPECT_EQ(found("Totally risk free.", "risk-free"), std::vector<std::string>{"risk free"});
    EXPECT_EQ(found("It is 100 % accurate", "100% accurate"), std::vector<std::string>{"100 % accurate"});
    // Curly quotes, an em dash and a non-breaking space are punctuation too.
    EXPECT_EQ(found("\xE2\x80\x9C"
                    "Better\xC2\xA0than\xE2\x80\x94"
                    "anyone",
                    "better than"),
              std::vector<std::string>{"Better\xC2\xA0than"});
    // Latin-1 capitals fold: "ÉLITE" matches "élite".
    EXPECT_EQ(found("The \xC3\x89LITE sensor", "\xC3\xA9lite"), std::vector<std::string>{"\xC3\x89LITE"});
}

TEST(partners_copy_text_test, whole_words_only_and_every_occurrence) {
    EXPECT_TRUE(found("an abetter thanksgiving", "better than").empty());
    EXPECT_TRUE(found("unguaranteed", "guaranteed").empty());
    EXPECT_EQ(found("Guaranteed. guaranteed!", "guaranteed").size(), 2u);
    EXPECT_TRUE(found("anything", "!!!").empty()) << "a phrase without words matches nothing";
}

TEST(partners_copy_text_test, hostile_bytes_never_crash) {
    const std::string hostile[] = {std::string("\xFF\xFE guaranteed \xC3", 15),
                                   std::string("\0guaranteed\0", 12),
                                   "\xE2\x82",
                                   "\xF0\x9F\x98",
                                   "\xED\xA0\x80 surrogate",
                                   "\xC0\xAF overlong",
                                   std::string(10000, '\x80')};
    for (const auto& text : hostile) {
        const auto normal = normaliseText(text);
        ASSERT_EQ(normal.text.size(), normal.origin.size());
        for (const auto& span : findPhrase(normal, "guaranteed")) EXPECT_LE(span.end, text.size());
        for (const auto& span : splitSentences(text)) EXPECT_LE(span.end, text.size());
        positionOf(text, text.size() + 5);
    }
    EXPECT_EQ(found(std::string("\xFF\xFEguaranteed\xC3", 13), "guaranteed"),
              std::vector<std::string>{"guaranteed"});
}

TEST(partners_copy_text_test, sentences_split_at_stops_and_lines_not_at_decimals) {
    const std::string copy = "Now 499.00 only! Ask us why?\n- bullet one\n\n...\nLast one";
    std::vector<std::string> sentences;
    for (const auto& s : splitSentences(copy)) sentences.push_back(copy.substr(s.begin, s.end - s.begin));
    EXPECT_EQ(sentences,
              (std::vector<std::string>{"Now 499.00 only!", "Ask us why?", "- bullet one", "Last one"}));
}

TEST(partners_copy_text_test, positions_count_lines_and_characters) {
    const std::string copy = "caf\xC3\xA9 ok\nsecond line";
    EXPECT_EQ(positionOf(copy, 6).line, 1u);
    EXPECT_EQ(positionOf(copy, 6).column, 6u) << "é is one character, two bytes";
    EXPECT_EQ(positionOf(copy, 9).line, 2u);
    EXPECT_EQ(positionOf(copy, 9).column, 1u);
}

TEST(partners_copy_text_test, position_cursor_agrees_with_positionOf_in_any_order) {
    const std::string copy = "one\ntw\xC3\xB6\nthree four\n";
    PositionCursor cursor(copy);
    for (std::size_t offset : {0u, 5u, 9u, 14u, 2u, 20u, 7u}) {
        const auto a = cursor.at(offset), b = positionOf(copy, offset);
        EXPECT_EQ(a.line, b.line) << offset;
        EXPECT_EQ(a.column, b.column) << offset;
    }
    EXPECT_EQ(positionOf(copy, 14).line, 3u);
    EXPECT_EQ(positionOf(copy, 14).column, 6u);  // after "three"
}
